using System.Runtime.Intrinsics;
using Mooncake.Perf.Baseline;
using Mooncake.Perf.Builder;
using Mooncake.Perf.Tangents;
using Mooncake.Tangents;

namespace Mooncake.Perf.Suite;

/// <summary>The suite row of <see cref="SmallMlp"/>: one pass carrying 8 directions over x, by the derived rule, by hand on <see cref="Dual{TChunk}"/>, by the baseline and by central differences.</summary>
public static class SmallMlpWorkload
{
    private const int Width = 8;

    /// <summary>Builds the row.</summary>
    public static SuiteWorkload Create()
    {
        var mlp = new SmallMlp();
        double[] x = BuilderInputs.Uniform(SmallMlp.Inputs, 4);
        return PushforwardWorkload.Create("small MLP", mlp.Evaluate, x, [Width], Width, directions =>
        [
            HandWritten(mlp, x, directions),
            Baseline(mlp, x, directions),
        ]);
    }

    /// <summary>
    /// The hand-written cell: <see cref="SmallMlp.HandWritten{TChunk}"/> at <paramref name="x"/>
    /// along <paramref name="directions"/> (8 of them), on the chunk a pushforward plan picks for
    /// 8 lanes, so that the hand-written code runs on the same vectors as the derived rule.
    /// </summary>
    public static SuiteMethod HandWritten(SmallMlp mlp, double[] x, double[][] directions) =>
        Vector512.IsHardwareAccelerated ? HandWritten<Chunk8V512>(mlp, x, directions) : HandWritten<Chunk8>(mlp, x, directions);

    /// <summary>The name of the chunk <see cref="HandWritten(SmallMlp, double[], double[][])"/> runs on.</summary>
    public static string HandWrittenChunk => Vector512.IsHardwareAccelerated ? nameof(Chunk8V512) : nameof(Chunk8);

    private static SuiteMethod HandWritten<TChunk>(SmallMlp mlp, double[] x, double[][] directions)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var duals = new Dual<TChunk>[x.Length];
        double[] result = new double[directions.Length];
        double Run()
        {
            DirectionSeeding.Seed<ChunkDualOps<TChunk>, Dual<TChunk>>(x, directions, duals);
            Dual<TChunk> y = mlp.HandWritten(duals);
            DirectionSeeding.Extract<ChunkDualOps<TChunk>, Dual<TChunk>>(in y, result);
            return y.Value;
        }

        return SuiteMethod.Of(SuiteColumn.HandWritten, Run, () => [Run(), .. result]);
    }

    private static SuiteMethod Baseline(SmallMlp mlp, double[] x, double[][] directions)
    {
        var duals = new BaselineDual<Partials8>[x.Length];
        double[] result = new double[directions.Length];
        double Run()
        {
            DirectionSeeding.Seed<BaselineDualOps<Partials8>, BaselineDual<Partials8>>(x, directions, duals);
            mlp.Baseline(duals, out BaselineDual<Partials8> y);
            DirectionSeeding.Extract<BaselineDualOps<Partials8>, BaselineDual<Partials8>>(in y, result);
            return y.Value;
        }

        return SuiteMethod.Of(SuiteColumn.Baseline, Run, () => [Run(), .. result]);
    }
}
