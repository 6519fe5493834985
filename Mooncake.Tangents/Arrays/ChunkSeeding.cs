using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>
/// Helpers for chunked gradients and Jacobians: a function of n inputs is differentiated in
/// <c>ceil(n / Width)</c> passes, pass p seeding inputs [p Width, p Width + Width) with the
/// identity (the last pass may be partial) and reading back Width gradient entries or Jacobian
/// columns. Reseeding touches only the lanes that change, O(Width) per pass.
/// </summary>
/// <remarks>
/// A pass may use fewer lanes than its chunk has, for a requested width below the chunk's (3 on
/// the 4-lane chunk): the overloads with a <c>lanes</c> argument step by that width and leave the
/// spare lanes zero. The others use every lane.
/// </remarks>
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
    /// <c>gradient[start .. start + Width)</c> (clipped to the gradient).
    /// </summary>
    /// <returns>The number of entries written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in [0, gradient.Length).</exception>
    public static int ExtractGradient<TChunk, T>(in TChunk partials, int start, Span<T> gradient)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
        => ExtractGradient(in partials, start, gradient, TChunk.Width);

    /// <summary>
    /// Writes the first <paramref name="lanes"/> partials of a scalar output of the pass seeded at
    /// <paramref name="start"/> into <c>gradient[start .. start + lanes)</c> (clipped to the gradient).
    /// </summary>
    /// <returns>The number of entries written.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in [0, gradient.Length), or <paramref name="lanes"/> not in [1, Width].</exception>
    public static int ExtractGradient<TChunk, T>(in TChunk partials, int start, Span<T> gradient, int lanes)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if ((uint)start >= (uint)gradient.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"The pass start {start} is outside a gradient of {gradient.Length} entries.");
        }

        CheckPassLanes(lanes, TChunk.Width);
        int written = LanesAt(gradient.Length, start, lanes);
        ChunkLanes.AsSpan<TChunk, T>(in partials)[..written].CopyTo(gradient.Slice(start, written));
        return written;
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
        => SeedDuals(x, duals, start, TChunk.Width);

    /// <summary>
    /// As <see cref="SeedDuals{TChunk}(ReadOnlySpan{double}, Span{Dual{TChunk}}, int)"/> for a pass
    /// that uses the first <paramref name="lanes"/> lanes: the spare lanes stay zero.
    /// </summary>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in [0, x.Length), or <paramref name="lanes"/> not in [1, Width].</exception>
    public static void SeedDuals<TChunk>(ReadOnlySpan<double> x, Span<Dual<TChunk>> duals, int start, int lanes)
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

        WriteIdentity(duals, start, lanes, 1.0);
    }

    /// <summary>
    /// Moves the seed of <paramref name="duals"/> from the pass starting at
    /// <paramref name="previousStart"/> to the pass starting at <paramref name="start"/>, in O(Width).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A start is not in [0, duals.Length).</exception>
    public static void ReseedDuals<TChunk>(Span<Dual<TChunk>> duals, int previousStart, int start)
        where TChunk : struct, IChunk<TChunk, double>
        => ReseedDuals(duals, previousStart, start, TChunk.Width);

    /// <summary>
    /// As <see cref="ReseedDuals{TChunk}(Span{Dual{TChunk}}, int, int)"/> for passes that use the
    /// first <paramref name="lanes"/> lanes, in O(lanes).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A start is not in [0, duals.Length), or <paramref name="lanes"/> not in [1, Width].</exception>
    public static void ReseedDuals<TChunk>(Span<Dual<TChunk>> duals, int previousStart, int start, int lanes)
        where TChunk : struct, IChunk<TChunk, double>
    {
        WriteIdentity(duals, previousStart, lanes, 0.0);
        WriteIdentity(duals, start, lanes, 1.0);
    }

    /// <summary>Throws unless a pass of <paramref name="lanes"/> lanes fits a chunk of <paramref name="width"/> lanes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lanes"/> is not in [1, width].</exception>
    internal static void CheckPassLanes(int lanes, int width)
    {
        if (lanes < 1 || lanes > width)
        {
            throw new ArgumentOutOfRangeException(nameof(lanes), lanes, $"A pass on a chunk of {width} lanes uses between 1 and {width} of them, not {lanes}.");
        }
    }

    private static void WriteIdentity<TChunk>(Span<Dual<TChunk>> duals, int start, int passLanes, double value)
        where TChunk : struct, IChunk<TChunk, double>
    {
        if ((uint)start >= (uint)duals.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"The pass start {start} is outside the {duals.Length} inputs.");
        }

        CheckPassLanes(passLanes, TChunk.Width);
        int lanes = LanesAt(duals.Length, start, passLanes);
        for (int k = 0; k < lanes; k++)
        {
            Dual<TChunk> d = duals[start + k];
            duals[start + k] = new Dual<TChunk>(d.Value, d.Partials.WithLane(k, value));
        }
    }
}
