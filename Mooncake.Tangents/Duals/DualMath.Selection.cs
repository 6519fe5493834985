using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

public static partial class DualMath<TDual, TChunk, T>
{
    /// <summary>The absolute value; at ±0 the right derivative (+1), so the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Abs(TDual x) =>
        TDual.Create(T.Abs(x.Value), x.Value < T.Zero ? TChunk.Negate(x.Partials) : x.Partials);

    /// <summary>The larger value (IEEE 754-2019 maximum, NaN propagating); partials of the argument returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Max(TDual x, TDual y) => Select(T.Max(x.Value, y.Value), x, y);

    /// <summary>The smaller value (NaN propagating); partials of the argument returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Min(TDual x, TDual y) => Select(T.Min(x.Value, y.Value), x, y);

    /// <summary>The larger value, ignoring a NaN argument; partials of the argument returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual MaxNumber(TDual x, TDual y) => Select(T.MaxNumber(x.Value, y.Value), x, y);

    /// <summary>The smaller value, ignoring a NaN argument; partials of the argument returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual MinNumber(TDual x, TDual y) => Select(T.MinNumber(x.Value, y.Value), x, y);

    /// <summary>The argument of larger magnitude; its partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual MaxMagnitude(TDual x, TDual y) => Select(T.MaxMagnitude(x.Value, y.Value), x, y);

    /// <summary>The argument of smaller magnitude; its partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual MinMagnitude(TDual x, TDual y) => Select(T.MinMagnitude(x.Value, y.Value), x, y);

    /// <summary>The argument of larger magnitude, ignoring a NaN argument; its partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual MaxMagnitudeNumber(TDual x, TDual y) => Select(T.MaxMagnitudeNumber(x.Value, y.Value), x, y);

    /// <summary>The argument of smaller magnitude, ignoring a NaN argument; its partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual MinMagnitudeNumber(TDual x, TDual y) => Select(T.MinMagnitudeNumber(x.Value, y.Value), x, y);

    /// <summary>
    /// <paramref name="x"/> clamped to [<paramref name="min"/>, <paramref name="max"/>]: the
    /// partials of <paramref name="x"/> inside the closed interval, of the bound it is clamped to outside.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="min"/> is greater than <paramref name="max"/>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Clamp(TDual x, TDual min, TDual max) => Clamped(T.Clamp(x.Value, min.Value, max.Value), x, min, max);

    /// <summary>The larger value as the hardware computes it (NaN and ±0 handling platform-specific); partials of the argument returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual MaxNative(TDual x, TDual y) => Select(T.MaxNative(x.Value, y.Value), x, y);

    /// <summary>The smaller value as the hardware computes it; partials of the argument returned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual MinNative(TDual x, TDual y) => Select(T.MinNative(x.Value, y.Value), x, y);

    /// <summary>
    /// <paramref name="x"/> clamped as the hardware computes it (no check that
    /// <paramref name="min"/> ≤ <paramref name="max"/>): the partials as for <see cref="Clamp"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual ClampNative(TDual x, TDual min, TDual max) => Clamped(T.ClampNative(x.Value, min.Value, max.Value), x, min, max);

    /// <summary>
    /// The magnitude of <paramref name="x"/> with the sign of <paramref name="sign"/>: the partials
    /// of <paramref name="x"/>, negated when the sign flips; the sign argument has zero derivative.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual CopySign(TDual x, T sign)
    {
        T v = T.CopySign(x.Value, sign);
        return TDual.Create(v, T.IsNegative(v) == T.IsNegative(x.Value) ? x.Partials : TChunk.Negate(x.Partials));
    }

    // The partials of a clamp that returned v: x's while x is returned (inside the closed
    // interval), else those of the bound returned.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TDual Clamped(T v, TDual x, TDual min, TDual max) => SameValue(v, x.Value) ? WithPartialsOf(v, x) : Select(v, min, max);

    // The dual among x and y whose value the primal function returned; x on ties and when x is
    // the NaN returned.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TDual Select(T result, TDual x, TDual y) =>
        SameValue(result, x.Value) || !SameValue(result, y.Value) ? WithPartialsOf(result, x) : WithPartialsOf(result, y);

    // A new dual with source's partials, passed through a vector operation rather than copied:
    // scaling by one is exact in every lane (-0, infinities and NaN included), and it keeps the
    // JIT from copying a chunk it cannot promote (Chunk16's four vectors) through stack
    // temporaries in pieces that straddle each other, which cost a store-forwarding stall each
    // (Max over 16 lanes ran 8x slower). Returning the input dual whole is slower still at
    // every width.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TDual WithPartialsOf(T value, TDual source) => TDual.Create(value, TChunk.Scale(source.Partials, T.One));

    // Equal values with equal signs (so +0 and -0 differ), or both NaN.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool SameValue(T a, T b) =>
        (a == b && T.IsNegative(a) == T.IsNegative(b)) || (T.IsNaN(a) && T.IsNaN(b));
}
