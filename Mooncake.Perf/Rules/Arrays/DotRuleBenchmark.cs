using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>
/// The rule of <see cref="LinearAlgebra.Dot"/> on two vectors of 1024 elements. (The partials
/// are returned boxed: one small allocation per call on both sides.)
/// </summary>
/// <typeparam name="TChunk">The width-8 chunk type.</typeparam>
[GenericTypeArguments(typeof(Chunk8))]
[GenericTypeArguments(typeof(Chunk8V512))]
public class DotRuleBenchmark<TChunk> : ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private const int Length = 1024;
    private Dual<double[], ArrayTangent<TChunk, double>> _x, _y;
    private Dual<double[], ArrayTangent<Chunk1, double>>[] _xs = [], _ys = [];

    /// <inheritdoc/>
    protected override void Prepare()
    {
        (_x, _xs) = Seeded(Vector(Length));
        (_y, _ys) = Seeded(Vector(Length));
    }

    /// <inheritdoc/>
    protected override object Wide() => LinearAlgebraRules.Dot(_x, _y).Partials;

    /// <inheritdoc/>
    protected override object Lane(int lane) => LinearAlgebraRules.Dot(_xs[lane], _ys[lane]).Partials;
}
