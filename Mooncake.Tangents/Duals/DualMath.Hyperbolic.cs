using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

public static partial class DualMath<TDual, TChunk, T>
{
    /// <summary>
    /// The hyperbolic sine; derivative <c>cosh = sqrt(1 + sinh²)</c>, formed from the value (one
    /// fused rounding and a square root, far cheaper than a second transcendental call), or by
    /// <c>cosh</c> itself where <c>sinh²</c> overflows (|x| &gt; 355).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Sinh(TDual x)
    {
        T v = PrimalMath<T>.Sinh(x.Value);
        T cosh = T.Sqrt(T.FusedMultiplyAdd(v, v, T.One));
        return Chain(x, v, T.IsFinite(cosh) ? cosh : PrimalMath<T>.Cosh(x.Value));
    }

    /// <summary>The hyperbolic cosine; derivative <c>sinh</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Cosh(TDual x) => Chain(x, PrimalMath<T>.Cosh(x.Value), PrimalMath<T>.Sinh(x.Value));

    /// <summary>The hyperbolic tangent; derivative <c>1 - tanh²</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Tanh(TDual x)
    {
        T v = PrimalMath<T>.Tanh(x.Value);
        return Chain(x, v, T.FusedMultiplyAdd(-v, v, T.One));
    }

    /// <summary>The inverse hyperbolic sine; derivative <c>1 / sqrt(x² + 1)</c>, formed with <c>hypot</c> so large x do not overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Asinh(TDual x) => Chain(x, PrimalMath<T>.Asinh(x.Value), T.One / T.Hypot(x.Value, T.One));

    /// <summary>The inverse hyperbolic cosine; derivative <c>1 / sqrt(x² - 1)</c>, infinite at 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Acosh(TDual x) => Chain(x, PrimalMath<T>.Acosh(x.Value), T.One / (T.Sqrt(x.Value - T.One) * T.Sqrt(x.Value + T.One)));

    /// <summary>The inverse hyperbolic tangent; derivative <c>1 / (1 - x²)</c>, infinite at ±1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Atanh(TDual x) => Chain(x, PrimalMath<T>.Atanh(x.Value), T.One / ((T.One - x.Value) * (T.One + x.Value)));
}
