using Mooncake.Perf.Baseline;
using Mooncake.Tangents;

namespace Mooncake.Perf.Builder;

/// <summary>
/// The ForwardDiff-style baseline's gradient: the workload on <see cref="BaselineDual{TPartials}"/>
/// inputs in chunked passes, reseeding only the inputs whose seed changes (as
/// <see cref="ChunkSeeding.ReseedDuals{TChunk}(Span{Dual{TChunk}}, int, int)"/> does for the SIMD dual).
/// Allocates nothing per call.
/// </summary>
/// <typeparam name="TWorkload">The function.</typeparam>
/// <typeparam name="TPartials">The partials buffer; its width is the number of directions per pass.</typeparam>
public sealed class BaselineGradient<TWorkload, TPartials>
    where TWorkload : IGradientWorkload
    where TPartials : struct, IPartials<TPartials>
{
    // Row k is the one-hot lanes of lane k; row Width is all zeros.
    private static readonly double[] Seeds = IdentityRows();

    private readonly BaselineDual<TPartials>[] _duals;

    /// <summary>A gradient for inputs of <paramref name="length"/> elements.</summary>
    public BaselineGradient(int length)
    {
        _duals = new BaselineDual<TPartials>[length];
    }

    private static int Width => TPartials.Width;

    /// <summary>Returns <c>f(x)</c> and writes its gradient into <paramref name="gradient"/>.</summary>
    public double ValueAndGradient(double[] x, double[] gradient)
    {
        BaselineDual<TPartials>[] duals = _duals;
        for (int i = 0; i < x.Length; i++)
        {
            BaselineDual<TPartials>.Load(x[i], in Seeds[Width * Width], out duals[i]);
        }

        double value = 0.0;
        for (int start = 0; start < x.Length; start += Width)
        {
            if (start > 0)
            {
                Seed(x, start - Width, seeded: false);
            }

            Seed(x, start, seeded: true);
            TWorkload.Baseline(duals, out BaselineDual<TPartials> y);
            for (int k = 0; k < ChunkSeeding.LanesAt(x.Length, start, Width); k++)
            {
                gradient[start + k] = y[k];
            }

            value = y.Value;
        }

        return value;
    }

    private void Seed(double[] x, int start, bool seeded)
    {
        for (int k = 0; k < ChunkSeeding.LanesAt(x.Length, start, Width); k++)
        {
            BaselineDual<TPartials>.Load(x[start + k], in Seeds[(seeded ? k : Width) * Width], out _duals[start + k]);
        }
    }

    private static double[] IdentityRows()
    {
        var rows = new double[(Width + 1) * Width];
        for (int k = 0; k < Width; k++)
        {
            rows[(k * Width) + k] = 1.0;
        }

        return rows;
    }
}
