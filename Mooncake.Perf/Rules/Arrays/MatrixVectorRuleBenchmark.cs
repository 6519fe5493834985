using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>The rule of <see cref="LinearAlgebra.Multiply(double[,], double[], bool)"/>: <c>A x</c> for a 128×128 matrix.</summary>
/// <typeparam name="TChunk">The width-8 chunk type.</typeparam>
[GenericTypeArguments(typeof(Chunk8))]
[GenericTypeArguments(typeof(Chunk8V512))]
public class MatrixVectorRuleBenchmark<TChunk> : ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private const int Size = 128;
    private Dual<double[,], MatrixTangent<TChunk, double>> _a;
    private Dual<double[], ArrayTangent<TChunk, double>> _x;
    private Dual<double[,], MatrixTangent<Chunk1, double>>[] _as = [];
    private Dual<double[], ArrayTangent<Chunk1, double>>[] _xs = [];

    /// <inheritdoc/>
    protected override void Prepare()
    {
        (_a, _as) = Seeded(Matrix(Size, Size));
        (_x, _xs) = Seeded(Vector(Size));
    }

    /// <inheritdoc/>
    protected override object Wide() => LinearAlgebraRules.Multiply(_a, _x, false).Tangent;

    /// <inheritdoc/>
    protected override object Lane(int lane) => LinearAlgebraRules.Multiply(_as[lane], _xs[lane], false).Tangent;
}
