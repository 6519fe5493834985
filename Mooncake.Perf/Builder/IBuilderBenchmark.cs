namespace Mooncake.Perf.Builder;

/// <summary>
/// A builder benchmark class seen without its type arguments: what it measures (for the ratio
/// table) and a way to run each of its implementations once (for the agreement check).
/// </summary>
public interface IBuilderBenchmark
{
    /// <summary>The workload's name.</summary>
    string Workload { get; }

    /// <summary>The directions per pass.</summary>
    int Width { get; }

    /// <summary>The chunk type the derived rule and the hand-written dual code run on.</summary>
    Type Chunk { get; }

    /// <summary>The chunk type of the Vector256 variants, if the class has them.</summary>
    Type? Vector256Chunk { get; }

    /// <summary>Builds the inputs, the plans and the rules.</summary>
    void Setup();

    /// <summary>
    /// Runs every implementation but the primal once and returns, per benchmark method name, the
    /// function's value followed by every derivative it computed.
    /// </summary>
    IReadOnlyList<(string Method, double[] Output)> RunEach();
}
