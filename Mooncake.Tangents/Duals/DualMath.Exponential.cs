using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

public static partial class DualMath<TDual, TChunk, T>
{
    // Static readonly fields of a generic class instantiated over value types are constants to
    // the optimising JIT, so these cost nothing per call.
    private static readonly T Ln2 = PrimalMath<T>.Log(T.CreateTruncating(2));
    private static readonly T Ln10 = PrimalMath<T>.Log(T.CreateTruncating(10));

    /// <summary><c>e^x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Exp(TDual x)
    {
        T v = PrimalMath<T>.Exp(x.Value);
        return Chain(x, v, v);
    }

    /// <summary><c>e^x - 1</c>; derivative <c>e^x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual ExpM1(TDual x)
    {
        T v = T.ExpM1(x.Value);
        return Chain(x, v, v + T.One);
    }

    /// <summary><c>2^x</c>; derivative <c>2^x ln 2</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Exp2(TDual x)
    {
        T v = T.Exp2(x.Value);
        return Chain(x, v, v * Ln2);
    }

    /// <summary><c>2^x - 1</c>; derivative <c>2^x ln 2</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Exp2M1(TDual x)
    {
        T v = T.Exp2M1(x.Value);
        return Chain(x, v, (v + T.One) * Ln2);
    }

    /// <summary><c>10^x</c>; derivative <c>10^x ln 10</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Exp10(TDual x)
    {
        T v = T.Exp10(x.Value);
        return Chain(x, v, v * Ln10);
    }

    /// <summary><c>10^x - 1</c>; derivative <c>10^x ln 10</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Exp10M1(TDual x)
    {
        T v = T.Exp10M1(x.Value);
        return Chain(x, v, (v + T.One) * Ln10);
    }

    /// <summary>The natural logarithm; derivative <c>1 / x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Log(TDual x) => Chain(x, PrimalMath<T>.Log(x.Value), T.One / x.Value, T.One, x.Value);

    /// <summary>
    /// The logarithm of <paramref name="x"/> in base <paramref name="newBase"/>, <c>ln x / ln b</c>:
    /// partials <c>x' / (x ln b) - b' ln x / (b ln² b)</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Log(TDual x, TDual newBase)
    {
        T lnB = PrimalMath<T>.Log(newBase.Value);
        T v = PrimalMath<T>.Log(x.Value, newBase.Value);
        return Chain(x, newBase, v, T.One / (x.Value * lnB), -v / (newBase.Value * lnB));
    }

    /// <summary>The logarithm in a constant base; derivative <c>1 / (x ln b)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Log(TDual x, T newBase) => Chain(x, PrimalMath<T>.Log(x.Value, newBase), T.One / (x.Value * PrimalMath<T>.Log(newBase)), T.One / PrimalMath<T>.Log(newBase), x.Value);

    /// <summary><c>ln(1 + x)</c>; derivative <c>1 / (1 + x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual LogP1(TDual x) => Chain(x, T.LogP1(x.Value), T.One / (T.One + x.Value));

    /// <summary>The base-2 logarithm; derivative <c>1 / (x ln 2)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Log2(TDual x) => Chain(x, PrimalMath<T>.Log2(x.Value), T.One / (x.Value * Ln2), T.One / Ln2, x.Value);

    /// <summary><c>log2(1 + x)</c>; derivative <c>1 / ((1 + x) ln 2)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Log2P1(TDual x) => Chain(x, T.Log2P1(x.Value), T.One / ((T.One + x.Value) * Ln2));

    /// <summary>The base-10 logarithm; derivative <c>1 / (x ln 10)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Log10(TDual x) => Chain(x, PrimalMath<T>.Log10(x.Value), T.One / (x.Value * Ln10), T.One / Ln10, x.Value);

    /// <summary><c>log10(1 + x)</c>; derivative <c>1 / ((1 + x) ln 10)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Log10P1(TDual x) => Chain(x, T.Log10P1(x.Value), T.One / ((T.One + x.Value) * Ln10));
}
