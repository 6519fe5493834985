using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>The rule of <see cref="LinearAlgebra.Dot"/> on two vectors of 1024 elements.</summary>
/// <typeparam name="TChunk">The width-8 chunk type.</typeparam>
[GenericTypeArguments(typeof(Chunk8))]
[GenericTypeArguments(typeof(Chunk8V512))]
public class DotRuleBenchmark<TChunk> : ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private const int Length = 1024;
    private Dual<double[], ArrayTangent<TChunk, double>> _x, _y;
    private Dual<double[], ArrayTangent<Chunk1, double>>[] _xs = [], _ys = [];

    /// <summary>Eight width-1 calls, one per lane.</summary>
    [Benchmark(Baseline = true)]
    public double EightWidthOneCalls()
    {
        double sum = 0;
        for (int k = 0; k < Lanes; k++)
        {
            sum += LinearAlgebraRules.Dot(_xs[k], _ys[k]).Partials[0];
        }

        return sum;
    }

    /// <summary>One width-8 call.</summary>
    [Benchmark]
    public Dual<TChunk> WidthEight() => LinearAlgebraRules.Dot(_x, _y);

    /// <inheritdoc/>
    protected override void Prepare()
    {
        (_x, _xs) = Seeded(Vector(Length));
        (_y, _ys) = Seeded(Vector(Length));
    }

    /// <inheritdoc/>
    protected override void Check() => RequireSameLanes(WidthEight().Partials, k => LinearAlgebraRules.Dot(_xs[k], _ys[k]).Partials[0]);
}
