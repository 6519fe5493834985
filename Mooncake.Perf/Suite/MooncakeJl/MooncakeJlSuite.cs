using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Suite.MooncakeJl;

/// <summary>
/// Workload 6: Mooncake.jl's inter-framework benchmark suite in forward mode, each function
/// differentiated through a prepared <see cref="Mooncake.PushforwardPlan"/> in one pass carrying 1
/// or 8 directions over all its inputs (no hand-written or baseline versions; central differences
/// along the 8 directions are the reference). The directions are the same on every call, so they
/// are seeded into the plan's block once (<see cref="Mooncake.PushforwardPlan.PrepareDirections"/>),
/// outside the timed region, as a caller evaluating fixed directions at new points does.
/// </summary>
public static class MooncakeJlSuite
{
    /// <summary>The widths measured.</summary>
    public static readonly int[] Widths = [1, 8];

    private const int ReferenceWidth = 8;

    /// <summary>The rows, in Mooncake.jl's order, each built when called.</summary>
    public static IEnumerable<Func<SuiteWorkload>> Rows()
    {
        yield return Row("sum_1000", Sums.Sum, BuilderInputs.Uniform(1000, 10));
        yield return Row("_sum_1000", Sums.WhileSum, BuilderInputs.Uniform(1000, 10));
        yield return Row("sum_sin_1000", Sums.SumSin, BuilderInputs.Uniform(1000, 11));
        yield return Row("_sum_sin_1000", Sums.WhileSumSin, BuilderInputs.Uniform(1000, 11));
        yield return Row("kron_sum", KronSum.Evaluate, BuilderInputs.Uniform(KronSum.Length, 12));
        yield return Row("naive_map_sin_cos_exp (loop)", SinCosExpMaps.Loop, BuilderInputs.Uniform(SinCosExpMaps.Length, 13));
        yield return Row("map_sin_cos_exp (LINQ Select)", SinCosExpMaps.Select, BuilderInputs.Uniform(SinCosExpMaps.Length, 13));
        yield return Row("broadcast_sin_cos_exp (Array.ConvertAll)", SinCosExpMaps.ArrayMap, BuilderInputs.Uniform(SinCosExpMaps.Length, 13));
        yield return Row("simple_mlp", SimpleMlp.Evaluate, BuilderInputs.Uniform(SimpleMlp.Length, 14));

        // x2 near 1, so that x2^400 stays of order 1 (about 1.2).
        yield return Row("large_single_block", LargeSingleBlock.Evaluate, [0.7, 1.0005]);
    }

    // Deferred, so that each row's rules are built when the suite reaches it.
    private static Func<SuiteWorkload> Row(string name, Func<double[], double> f, double[] x) =>
        () => PushforwardWorkload.Create(name, f, x, Widths, ReferenceWidth, prepareDirections: true);
}
