using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>The rule of <see cref="LinearAlgebra.Inverse"/> for a 64×64 matrix.</summary>
/// <typeparam name="TChunk">The width-8 chunk type.</typeparam>
[GenericTypeArguments(typeof(Chunk8))]
[GenericTypeArguments(typeof(Chunk8V512))]
public class InverseRuleBenchmark<TChunk> : ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private const int Size = 64;
    private Dual<double[,], MatrixTangent<TChunk, double>> _a;
    private Dual<double[,], MatrixTangent<Chunk1, double>>[] _as = [];

    /// <inheritdoc/>
    protected override void Prepare() => (_a, _as) = Seeded(Matrix(Size, Size, diagonal: 4.0));

    /// <inheritdoc/>
    protected override object Wide() => LinearAlgebraRules.Inverse(_a).Tangent;

    /// <inheritdoc/>
    protected override object Lane(int lane) => LinearAlgebraRules.Inverse(_as[lane]).Tangent;
}
