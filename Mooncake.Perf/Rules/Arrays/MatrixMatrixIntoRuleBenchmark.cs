using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>
/// The rule of <see cref="LinearAlgebra.Multiply(double[,], double[,], double[,], bool, bool)"/>:
/// <c>A B</c> for 64×64 matrices written into a preallocated result, so neither side allocates.
/// It measures the product kernels apart from the cost of returning a fresh 256 KB tangent, which
/// at width 8 is a large-object allocation (see MatrixMatrixRuleBenchmark).
/// </summary>
/// <typeparam name="TChunk">The width-8 chunk type.</typeparam>
[GenericTypeArguments(typeof(Chunk8))]
[GenericTypeArguments(typeof(Chunk8V512))]
public class MatrixMatrixIntoRuleBenchmark<TChunk> : ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private const int Size = 64;
    private Dual<double[,], MatrixTangent<TChunk, double>> _a, _b, _c;
    private Dual<double[,], MatrixTangent<Chunk1, double>>[] _as = [], _bs = [], _cs = [];

    /// <inheritdoc/>
    protected override void Prepare()
    {
        (_a, _as) = Seeded(Matrix(Size, Size));
        (_b, _bs) = Seeded(Matrix(Size, Size));
        _c = new(new double[Size, Size], new MatrixTangent<TChunk, double>(Size, Size));
        _cs = [.. Enumerable.Range(0, Lanes).Select(_ => new Dual<double[,], MatrixTangent<Chunk1, double>>(new double[Size, Size], new MatrixTangent<Chunk1, double>(Size, Size)))];
    }

    /// <inheritdoc/>
    protected override object Wide()
    {
        LinearAlgebraRules.Multiply(_a, _b, _c, false, false);
        return _c.Tangent;
    }

    /// <inheritdoc/>
    protected override object Lane(int lane)
    {
        LinearAlgebraRules.Multiply(_as[lane], _bs[lane], _cs[lane], false, false);
        return _cs[lane].Tangent;
    }
}
