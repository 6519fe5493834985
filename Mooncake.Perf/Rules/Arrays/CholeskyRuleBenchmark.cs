using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>The rule of <see cref="LinearAlgebra.Cholesky"/> for a 64×64 symmetric positive definite matrix.</summary>
/// <typeparam name="TChunk">The width-8 chunk type.</typeparam>
[GenericTypeArguments(typeof(Chunk8))]
[GenericTypeArguments(typeof(Chunk8V512))]
public class CholeskyRuleBenchmark<TChunk> : ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private const int Size = 64;
    private Dual<double[,], MatrixTangent<TChunk, double>> _a;
    private Dual<double[,], MatrixTangent<Chunk1, double>>[] _as = [];

    /// <inheritdoc/>
    protected override void Prepare()
    {
        double[,] r = Matrix(Size, Size);
        (_a, _as) = Seeded(Shift(LinearAlgebra.Multiply(r, r, transposeA: false, transposeB: true), Size));
    }

    /// <inheritdoc/>
    protected override object Wide() => LinearAlgebraRules.Cholesky(_a).Tangent;

    /// <inheritdoc/>
    protected override object Lane(int lane) => LinearAlgebraRules.Cholesky(_as[lane]).Tangent;

    // R Rᵀ + n I: comfortably positive definite.
    private static double[,] Shift(double[,] a, double amount)
    {
        for (int i = 0; i < a.GetLength(0); i++)
        {
            a[i, i] += amount;
        }

        return a;
    }
}
