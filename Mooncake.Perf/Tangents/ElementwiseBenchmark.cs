namespace Mooncake.Perf.Tangents;

/// <summary>
/// Base of the workloads that map a scalar function over an array of duals: the inputs are
/// <see cref="TangentBenchmark{TOps, TDual}.Length"/> duals with primals in [-1, 1) and random
/// partials, and each run writes one dual per input to <see cref="Outputs"/>.
/// </summary>
/// <typeparam name="TOps">The operations witness of <typeparamref name="TDual"/>.</typeparam>
/// <typeparam name="TDual">The dual type under test.</typeparam>
public abstract class ElementwiseBenchmark<TOps, TDual> : TangentBenchmark<TOps, TDual>
    where TOps : IDualOps<TDual>
    where TDual : struct
{
    /// <summary>The input duals.</summary>
    protected TDual[] Inputs { get; private set; } = [];

    /// <summary>Where each run writes its results.</summary>
    protected TDual[] Outputs { get; private set; } = [];

    /// <inheritdoc/>
    protected override ReadOnlySpan<TDual> Results => Outputs;

    /// <inheritdoc/>
    protected override void Prepare(Random random)
    {
        double[] primals = Uniform(random, Length, -1.0, 1.0);
        double[] block = TangentBlock(random);
        Inputs = new TDual[Length];
        for (int i = 0; i < Length; i++)
        {
            TOps.Load(primals[i], in block[i * TOps.Width], out Inputs[i]);
        }

        Outputs = new TDual[Length];
    }
}
