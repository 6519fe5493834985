using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>
/// Helpers for chunked gradients and Jacobians: a function of n inputs is differentiated in
/// <c>ceil(n / Width)</c> passes, pass p seeding inputs [p Width, p Width + Width) with the
/// identity (the last pass may be partial) and reading back Width gradient entries or Jacobian
/// columns. Reseeding touches only the lanes that change, O(Width) per pass.
/// </summary>
public static class ChunkSeeding
{
    /// <summary>The number of passes of width <paramref name="width"/> that cover <paramref name="inputs"/> inputs.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="inputs"/> is negative or <paramref name="width"/> is not positive.</exception>
    public static int PassCount(int inputs, int width)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        return (int)(((long)inputs + width - 1) / width);
    }

    /// <summary>How many lanes a pass starting at input <paramref name="start"/> uses: <c>min(width, inputs - start)</c>.</summary>
    public static int LanesAt(int inputs, int start, int width) => Math.Clamp(inputs - start, 0, width);

    /// <summary>
    /// Writes the partials of a scalar output of the pass seeded at <paramref name="start"/> into
    /// <c>gradient[start .. start + lanes)</c>.
    /// </summary>
    /// <returns>The number of entries written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in [0, gradient.Length).</exception>
    public static int ExtractGradient<TChunk, T>(in TChunk partials, int start, Span<T> gradient)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if ((uint)start >= (uint)gradient.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"The pass start {start} is outside a gradient of {gradient.Length} entries.");
        }

        int lanes = LanesAt(gradient.Length, start, TChunk.Width);
        ChunkLanes.AsSpan<TChunk, T>(in partials)[..lanes].CopyTo(gradient.Slice(start, lanes));
        return lanes;
    }

    /// <summary>
    /// Fills <paramref name="duals"/> with the inputs <paramref name="x"/>, seeded for the pass
    /// starting at <paramref name="start"/>: input <c>start + k</c> has partial 1 in lane k, every
    /// other partial is zero.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in [0, x.Length).</exception>
    public static void SeedDuals<TChunk>(ReadOnlySpan<double> x, Span<Dual<TChunk>> duals, int start)
        where TChunk : struct, IChunk<TChunk, double>
    {
        if (x.Length != duals.Length)
        {
            throw new ArgumentException($"{x.Length} inputs cannot be seeded into {duals.Length} duals.", nameof(duals));
        }

        for (int i = 0; i < x.Length; i++)
        {
            duals[i] = new Dual<TChunk>(x[i]);
        }

        WriteIdentity(duals, start, 1.0);
    }

    /// <summary>
    /// Moves the seed of <paramref name="duals"/> from the pass starting at
    /// <paramref name="previousStart"/> to the pass starting at <paramref name="start"/>, in O(Width).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A start is not in [0, duals.Length).</exception>
    public static void ReseedDuals<TChunk>(Span<Dual<TChunk>> duals, int previousStart, int start)
        where TChunk : struct, IChunk<TChunk, double>
    {
        WriteIdentity(duals, previousStart, 0.0);
        WriteIdentity(duals, start, 1.0);
    }

    private static void WriteIdentity<TChunk>(Span<Dual<TChunk>> duals, int start, double value)
        where TChunk : struct, IChunk<TChunk, double>
    {
        if ((uint)start >= (uint)duals.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"The pass start {start} is outside the {duals.Length} inputs.");
        }

        int lanes = LanesAt(duals.Length, start, TChunk.Width);
        for (int k = 0; k < lanes; k++)
        {
            Dual<TChunk> d = duals[start + k];
            duals[start + k] = new Dual<TChunk>(d.Value, d.Partials.WithLane(k, value));
        }
    }
}
