using BenchmarkDotNet.Attributes;

namespace Mooncake.Perf.Builder;

/// <summary>
/// Base of the builder benchmark classes: what a class measures (for the tables), its benchmark
/// methods as a list (for the agreement check and the interleaved measurement), and where its
/// implementations write their derivatives. Every benchmark method returns the function's value.
/// </summary>
public abstract class BuilderBenchmark
{
    /// <summary>The workload's name.</summary>
    public abstract string Workload { get; }

    /// <summary>The directions per pass.</summary>
    public abstract int Width { get; }

    /// <summary>The chunk type the derived rule and the hand-written dual code run on.</summary>
    public abstract Type Chunk { get; }

    /// <summary>The chunk type of the Vector256 variants, if the class has them.</summary>
    public virtual Type? Vector256Chunk => null;

    /// <summary>Builds the inputs, the plans and the rules.</summary>
    [GlobalSetup]
    public void Setup() => Prepare();

    /// <summary>Every benchmark method by name (<see cref="Implementation"/>), the primal first.</summary>
    public abstract IReadOnlyList<(string Method, Func<double> Run)> Methods();

    /// <summary>Runs every implementation that computes derivatives once; per method, the function's value and every derivative it computed (or, for a function of a scalar, every value and derivative).</summary>
    public IReadOnlyList<(string Method, double[] Output)> RunEach() =>
        [.. Methods().Where(m => Implementation.ComputesDerivatives(m.Method)).Select(m => (m.Method, Output(m.Method)))];

    /// <summary>Runs the benchmark method <paramref name="method"/> once on cleared outputs and returns what it computed, as <see cref="RunEach"/> does.</summary>
    public double[] Output(string method)
    {
        ClearOutputs();
        return Outputs(Methods().Single(m => m.Method == method).Run());
    }

    /// <summary>Builds the inputs, the plans and the rules.</summary>
    protected abstract void Prepare();

    /// <summary>Overwrites the derivative outputs with NaN, so that a result not written shows.</summary>
    protected abstract void ClearOutputs();

    /// <summary>The outputs of the last run, given the value it returned.</summary>
    protected abstract double[] Outputs(double value);
}
