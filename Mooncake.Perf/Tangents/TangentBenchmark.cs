using BenchmarkDotNet.Attributes;

namespace Mooncake.Perf.Tangents;

/// <summary>
/// Base of the tangent workloads: one benchmark class per workload, instantiated once per
/// (witness, dual) pair listed in <see cref="TangentVariant"/>, so each workload is written once
/// and the JIT specialises it for every dual type and width.
/// </summary>
/// <remarks>
/// Inputs come from a fixed seed and are drawn in the same order whatever the dual type, so the
/// SIMD dual and the baseline of one width see identical numbers. Results are stored in fields
/// the benchmark class owns, so the JIT cannot drop the work.
/// </remarks>
/// <typeparam name="TOps">The operations witness of <typeparamref name="TDual"/>.</typeparam>
/// <typeparam name="TDual">The dual type under test.</typeparam>
public abstract class TangentBenchmark<TOps, TDual> : ITangentBenchmark
    where TOps : IDualOps<TDual>
    where TDual : struct
{
    /// <summary>The number of elements every workload runs over.</summary>
    public const int Length = 1024;

    private const int Seed = 2026;

    /// <inheritdoc/>
    [GlobalSetup]
    public void Setup() => Prepare(new Random(Seed));

    /// <inheritdoc/>
    public abstract void Run();

    /// <inheritdoc/>
    public double[] ResultLanes()
    {
        ReadOnlySpan<TDual> results = Results;
        var lanes = new double[results.Length * (TOps.Width + 1)];
        int k = 0;
        foreach (ref readonly TDual result in results)
        {
            lanes[k++] = TOps.Value(in result);
            for (int lane = 0; lane < TOps.Width; lane++)
            {
                lanes[k++] = TOps.Lane(in result, lane);
            }
        }

        return lanes;
    }

    /// <summary>The results of the last run.</summary>
    protected abstract ReadOnlySpan<TDual> Results { get; }

    /// <summary>Builds the inputs from <paramref name="random"/>.</summary>
    protected abstract void Prepare(Random random);

    /// <summary><paramref name="count"/> values drawn uniformly from [<paramref name="min"/>, <paramref name="max"/>).</summary>
    protected static double[] Uniform(Random random, int count, double min, double max)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = min + ((max - min) * random.NextDouble());
        }

        return values;
    }

    /// <summary>
    /// A chunk-major tangent block for <see cref="Length"/> elements (the layout of
    /// <see cref="Mooncake.Tangents.ArrayTangent{TChunk, T}"/>: element i's lanes at
    /// <c>i * Width .. i * Width + Width - 1</c>), with lanes drawn from [-1, 1).
    /// </summary>
    protected static double[] TangentBlock(Random random) => Uniform(random, Length * TOps.Width, -1.0, 1.0);
}
