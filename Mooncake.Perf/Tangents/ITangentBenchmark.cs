namespace Mooncake.Perf.Tangents;

/// <summary>
/// A tangent workload seen without its type arguments, so that the SIMD and the baseline
/// instantiation of one workload can be run side by side and their results compared.
/// </summary>
public interface ITangentBenchmark
{
    /// <summary>Builds the inputs (the same ones for every dual type of one width).</summary>
    void Setup();

    /// <summary>Runs the workload once.</summary>
    void Run();

    /// <summary>The value and every partial of each result, in order, as computed by the last <see cref="Run"/>.</summary>
    double[] ResultLanes();
}
