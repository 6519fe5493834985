using Mooncake.Perf.Baseline;
using Mooncake.Tangents;

namespace Mooncake.Perf.Tangents;

/// <summary>How a dual type processes its lanes.</summary>
public enum DualKind
{
    /// <summary>The library's <see cref="Dual{TChunk}"/> on <see cref="System.Runtime.Intrinsics.Vector256{T}"/> chunks.</summary>
    Simd,

    /// <summary>The library's <see cref="Dual{TChunk}"/> on the opt-in <see cref="System.Runtime.Intrinsics.Vector512{T}"/> chunks.</summary>
    SimdV512,

    /// <summary>The ForwardDiff-style <see cref="BaselineDual{TPartials}"/> with scalar loops.</summary>
    Baseline,
}

/// <summary>
/// One dual type the tangent workloads run on: its kind, width and the two type arguments
/// (witness, dual) that close a workload class. <see cref="All"/> is the one list of variants;
/// <see cref="Workloads"/> the one list of workloads.
/// </summary>
/// <param name="Kind">How the dual processes its lanes.</param>
/// <param name="Width">The number of lanes.</param>
/// <param name="Ops">The <see cref="IDualOps{TDual}"/> witness type.</param>
/// <param name="Dual">The dual type.</param>
public sealed record TangentVariant(DualKind Kind, int Width, Type Ops, Type Dual)
{
    /// <summary>
    /// Every variant: SIMD and baseline at widths 1, 4, 8, 16, and the Vector512 chunks at 8 and
    /// 16. Benchmarks run in this order, so the variants of one width run back to back and a
    /// change of load on a shared machine skews their ratio as little as it can.
    /// </summary>
    public static IReadOnlyList<TangentVariant> All { get; } =
    [
        Simd<Chunk1>(DualKind.Simd), Baseline<Partials1>(),
        Simd<Chunk4>(DualKind.Simd), Baseline<Partials4>(),
        Simd<Chunk8>(DualKind.Simd), Simd<Chunk8V512>(DualKind.SimdV512), Baseline<Partials8>(),
        Simd<Chunk16>(DualKind.Simd), Simd<Chunk16V512>(DualKind.SimdV512), Baseline<Partials16>(),
    ];

    /// <summary>The open workload classes, each taking (witness, dual) type arguments.</summary>
    public static IReadOnlyList<Type> Workloads { get; } = [typeof(HornerBenchmark<,>), typeof(TranscendentalBenchmark<,>), typeof(DotBenchmark<,>)];

    /// <summary>Every workload closed over every variant, in the order of the lists.</summary>
    public static Type[] BenchmarkTypes() => [.. Workloads.SelectMany(workload => All.Select(variant => variant.Close(workload)))];

    /// <summary>The variant whose witness is <paramref name="ops"/>, if any.</summary>
    public static TangentVariant? ForOps(Type ops) => All.FirstOrDefault(variant => variant.Ops == ops);

    /// <summary>A short name for an open workload class: <c>Horner</c> for <c>HornerBenchmark`2</c>.</summary>
    public static string WorkloadName(Type workload) => workload.Name[..workload.Name.IndexOf("Benchmark`", StringComparison.Ordinal)];

    /// <summary>The name of the dual's chunk or partials type, e.g. <c>Chunk8V512</c>.</summary>
    public string LaneType => Dual.GetGenericArguments()[0].Name;

    /// <summary>The workload class <paramref name="workload"/> closed over this variant.</summary>
    public Type Close(Type workload) => workload.MakeGenericType(Ops, Dual);

    private static TangentVariant Simd<TChunk>(DualKind kind)
        where TChunk : struct, IChunk<TChunk, double> =>
        new(kind, TChunk.Width, typeof(ChunkDualOps<TChunk>), typeof(Dual<TChunk>));

    private static TangentVariant Baseline<TPartials>()
        where TPartials : struct, IPartials<TPartials> =>
        new(DualKind.Baseline, TPartials.Width, typeof(BaselineDualOps<TPartials>), typeof(BaselineDual<TPartials>));
}
