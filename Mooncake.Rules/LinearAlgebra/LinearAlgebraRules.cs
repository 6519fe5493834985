using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Forward rules of <see cref="LinearAlgebra"/>: each works on whole chunk-major tangent blocks.</summary>
public static partial class LinearAlgebraRules
{
    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Dot"/>: <c>d(x·y) = dx·y + x·dy</c>, one pass over
    /// both blocks accumulating every lane at once.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Dot), typeof(double[]), typeof(double[]))]
    public static Dual<TChunk> Dot<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> x, Dual<double[], ArrayTangent<TChunk, double>> y)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double value = LinearAlgebra.Dot(x.Primal, y.Primal);
        double[] xs = x.Primal, ys = y.Primal;
        ArrayTangent<TChunk, double> dx = x.Tangent, dy = y.Tangent;
        TChunk partials = TChunk.Zero;
        for (int i = 0; i < xs.Length; i++)
        {
            partials = TChunk.MulAdd(TChunk.LoadUnsafe(in dx.ChunkStart(i)), ys[i], partials);
            partials = TChunk.MulAdd(TChunk.LoadUnsafe(in dy.ChunkStart(i)), xs[i], partials);
        }

        return new Dual<TChunk>(value, partials);
    }
}
