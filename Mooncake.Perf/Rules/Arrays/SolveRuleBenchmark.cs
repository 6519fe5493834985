using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>
/// The rule of <see cref="LinearAlgebra.Solve(double[,], double[])"/>: <c>A x = b</c> for a
/// 64×64 matrix, factorisation included, with tangents on <c>A</c> and <c>b</c>.
/// </summary>
/// <typeparam name="TChunk">The width-8 chunk type.</typeparam>
[GenericTypeArguments(typeof(Chunk8))]
[GenericTypeArguments(typeof(Chunk8V512))]
public class SolveRuleBenchmark<TChunk> : ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private const int Size = 64;
    private Dual<double[,], MatrixTangent<TChunk, double>> _a;
    private Dual<double[], ArrayTangent<TChunk, double>> _b;
    private Dual<double[,], MatrixTangent<Chunk1, double>>[] _as = [];
    private Dual<double[], ArrayTangent<Chunk1, double>>[] _bs = [];

    /// <inheritdoc/>
    protected override void Prepare()
    {
        (_a, _as) = Seeded(Matrix(Size, Size, diagonal: 4.0));
        (_b, _bs) = Seeded(Vector(Size));
    }

    /// <inheritdoc/>
    protected override object Wide() => LinearAlgebraRules.Solve(_a, _b).Tangent;

    /// <inheritdoc/>
    protected override object Lane(int lane) => LinearAlgebraRules.Solve(_as[lane], _bs[lane]).Tangent;
}
