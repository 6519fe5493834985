using System.Runtime.Intrinsics;
using Mooncake.Perf.Baseline;
using Mooncake.Tangents;

namespace Mooncake.Perf.Builder;

/// <summary>
/// The one list of builder benchmark classes, in the order they run and appear in the table.
/// Each class measures the derived rule on the chunk <see cref="ChunkWidth.Resolve(int)"/> picks
/// on this machine (the Vector512 chunks at 8 and 16 lanes where AVX-512 is accelerated), and
/// the hand-written dual code on that chunk and, where there is one, on the Vector256 chunk.
/// </summary>
public static class BuilderBenchmarks
{
    /// <summary>The benchmark classes.</summary>
    public static Type[] Types() =>
        [.. Gradient<Rosenbrock>(), .. Gradient<Ackley>(), SinCosExpSum(), typeof(ScalarChainBenchmark)];

    private static bool Wide => Vector512.IsHardwareAccelerated;

    /// <summary>The gradient benchmark classes of <typeparamref name="TWorkload"/>, at widths 1, 4, 8 and 16 in that order.</summary>
    public static IEnumerable<Type> Gradient<TWorkload>()
        where TWorkload : IGradientWorkload =>
    [
        typeof(GradientBenchmark<TWorkload, Chunk1, Partials1>),
        typeof(GradientBenchmark<TWorkload, Chunk4, Partials4>),
        Wide ? typeof(WideGradientBenchmark<TWorkload, Chunk8V512, Chunk8, Partials8>) : typeof(GradientBenchmark<TWorkload, Chunk8, Partials8>),
        Wide ? typeof(WideGradientBenchmark<TWorkload, Chunk16V512, Chunk16, Partials16>) : typeof(GradientBenchmark<TWorkload, Chunk16, Partials16>),
    ];

    /// <summary>The sin·cos·exp pushforward benchmark class on this machine's 8-lane chunk.</summary>
    public static Type SinCosExpSum() =>
        Wide ? typeof(SinCosExpSumBenchmark<Chunk8V512, Chunk8>) : typeof(SinCosExpSumBenchmark<Chunk8, Chunk8>);
}
