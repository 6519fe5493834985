using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

public static partial class DualMath<TDual, TChunk, T>
{
    /// <summary>The largest integer not above x; piecewise constant, so zero partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Floor(TDual x) => Constant(T.Floor(x.Value));

    /// <summary>The smallest integer not below x; zero partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Ceiling(TDual x) => Constant(T.Ceiling(x.Value));

    /// <summary>x rounded toward zero; zero partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Truncate(TDual x) => Constant(T.Truncate(x.Value));

    /// <summary>x rounded to <paramref name="digits"/> fractional digits with <paramref name="mode"/>; zero partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Round(TDual x, int digits, MidpointRounding mode) => Constant(T.Round(x.Value, digits, mode));
}
