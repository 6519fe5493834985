using Mooncake.Tangents;

namespace Mooncake.Perf.Builder;

/// <summary>
/// The hand-written dual code's gradient: the generic-math function run on
/// <see cref="Dual{TChunk}"/> inputs in chunked passes, seeded and read back with
/// <see cref="ChunkSeeding"/> as the README shows. Allocates nothing per call.
/// </summary>
/// <typeparam name="TWorkload">The function.</typeparam>
/// <typeparam name="TChunk">The chunk type; its width is the number of directions per pass.</typeparam>
public sealed class DualGradient<TWorkload, TChunk>
    where TWorkload : IGradientWorkload
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly Dual<TChunk>[] _duals;

    /// <summary>A gradient for inputs of <paramref name="length"/> elements.</summary>
    public DualGradient(int length)
    {
        _duals = new Dual<TChunk>[length];
    }

    /// <summary>Returns <c>f(x)</c> and writes its gradient into <paramref name="gradient"/>.</summary>
    public double ValueAndGradient(double[] x, double[] gradient)
    {
        Dual<TChunk>[] duals = _duals;
        double value = 0.0;
        ChunkSeeding.SeedDuals<TChunk>(x, duals, 0);
        for (int start = 0; start < x.Length; start += TChunk.Width)
        {
            if (start > 0)
            {
                ChunkSeeding.ReseedDuals<TChunk>(duals, start - TChunk.Width, start);
            }

            Dual<TChunk> y = TWorkload.Generic(duals);
            ChunkSeeding.ExtractGradient(y.Partials, start, gradient.AsSpan());
            value = y.Value;
        }

        return value;
    }
}
