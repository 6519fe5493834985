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

    /// <inheritdoc/>
    protected override void Prepare()
    {
        (_a, _as) = Seeded(Matrix(Size, Size));
        (_b, _bs) = Seeded(Matrix(Size, Size));
    }

    /// <inheritdoc/>
    protected override object Wide() => LinearAlgebraRules.Multiply(_a, _b, false, false).Tangent;

    /// <inheritdoc/>
    protected override object Lane(int lane) => LinearAlgebraRules.Multiply(_as[lane], _bs[lane], false, false).Tangent;
}
