using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>
/// The rule of <see cref="LinearAlgebra.LUSolve(double[,], int[], double[])"/>: <c>A x = b</c>
/// for a 64×64 matrix given its LU factors, with tangents on the factors and on <c>b</c>.
/// </summary>
/// <typeparam name="TChunk">The width-8 chunk type.</typeparam>
[GenericTypeArguments(typeof(Chunk8))]
[GenericTypeArguments(typeof(Chunk8V512))]
public class LUSolveRuleBenchmark<TChunk> : ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private const int Size = 64;
    private Dual<double[,], MatrixTangent<TChunk, double>> _factors;
    private Dual<double[], ArrayTangent<TChunk, double>> _b;
    private Dual<double[,], MatrixTangent<Chunk1, double>>[] _factorsLanes = [];
    private Dual<double[], ArrayTangent<Chunk1, double>>[] _bs = [];
    private int[] _permutation = [];

    /// <inheritdoc/>
    protected override void Prepare()
    {
        (double[,] factors, _permutation) = LinearAlgebra.LU(Matrix(Size, Size, diagonal: 4.0));
        (_factors, _factorsLanes) = Seeded(factors);
        (_b, _bs) = Seeded(Vector(Size));
    }

    /// <inheritdoc/>
    protected override object Wide() => LinearAlgebraRules.LUSolve(_factors, _permutation, _b).Tangent;

    /// <inheritdoc/>
    protected override object Lane(int lane) => LinearAlgebraRules.LUSolve(_factorsLanes[lane], _permutation, _bs[lane]).Tangent;
}
