using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>The rule of <see cref="LinearAlgebra.Multiply(double[,], double[,], bool, bool)"/>: <c>A B</c> for 64×64 matrices.</summary>
/// <typeparam name="TChunk">The width-8 chunk type.</typeparam>
[GenericTypeArguments(typeof(Chunk8))]
[GenericTypeArguments(typeof(Chunk8V512))]
public class MatrixMatrixRuleBenchmark<TChunk> : ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private const int Size = 64;
    private Dual<double[,], MatrixTangent<TChunk, double>> _a, _b;
    private Dual<double[,], MatrixTangent<Chunk1, double>>[] _as = [], _bs = [];

    /// <summary>Eight width-1 calls, one per lane.</summary>
    [Benchmark(Baseline = true)]
    public object EightWidthOneCalls()
    {
        object last = null!;
        for (int k = 0; k < Lanes; k++)
        {
            last = LinearAlgebraRules.Multiply(_as[k], _bs[k], false, false).Tangent;
        }

        return last;
    }

    /// <summary>One width-8 call.</summary>
    [Benchmark]
    public object WidthEight() => LinearAlgebraRules.Multiply(_a, _b, false, false).Tangent;

    /// <inheritdoc/>
    protected override void Prepare()
    {
        (_a, _as) = Seeded(Matrix(Size, Size));
        (_b, _bs) = Seeded(Matrix(Size, Size));
    }

    /// <inheritdoc/>
    protected override void Check() =>
        RequireSameLanes(LinearAlgebraRules.Multiply(_a, _b, false, false).Tangent, k => LinearAlgebraRules.Multiply(_as[k], _bs[k], false, false).Tangent);
}
