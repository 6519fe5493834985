using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

public static partial class DualMath<TDual, TChunk, T>
{
    /// <summary>The square root; derivative <c>1 / (2 sqrt x)</c> (infinite at 0, so strong zero applies).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Sqrt(TDual x)
    {
        T v = T.Sqrt(x.Value);
        return Chain(x, v, T.One / (v + v));
    }

    /// <summary>The cube root; derivative <c>1 / (3 cbrt² x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Cbrt(TDual x)
    {
        T v = PrimalMath<T>.Cbrt(x.Value);
        return Chain(x, v, T.One / (Three * v * v));
    }

    /// <summary>The n-th root <c>x^(1/n)</c>; derivative <c>root / (n x)</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual RootN(TDual x, int n)
    {
        T v = T.RootN(x.Value, n);
        T derivative = n == 1 ? T.One
            : T.IsZero(x.Value) ? (n > 1 ? T.PositiveInfinity : T.NaN)
            : v / (T.CreateTruncating(n) * x.Value);
        return Chain(x, v, derivative);
    }

    /// <summary>
    /// <c>x^y</c> with both arguments active: partials <c>x' y x^(y-1) + y' x^y ln x</c>. At
    /// <c>x = 0</c> the second coefficient takes its limit 0 for <c>y &gt; 0</c>; for <c>x &lt; 0</c>
    /// it is NaN (strong zero keeps lanes that do not move <c>y</c> finite).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Pow(TDual x, TDual y)
    {
        T xv = x.Value, yv = y.Value;
        T v = PrimalMath<T>.Pow(xv, yv);
        T coefficient = BaseCoefficient(xv, yv, v), exponent = ExponentCoefficient(xv, yv, v);
        // Where y x^(y-1) overflowed, it is the ratio y v / x (at x = 0, the coefficient itself).
        bool atZero = T.IsZero(xv);
        return Chain(x, y, v, coefficient, exponent, atZero ? coefficient : yv * v, atZero ? T.One : xv, exponent, T.One);
    }

    /// <summary><c>x^c</c> for a constant exponent: partials <c>x' c x^(c-1)</c> (zero for <c>c = 0</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Pow(TDual x, T c)
    {
        T v = PrimalMath<T>.Pow(x.Value, c);
        T coefficient = BaseCoefficient(x.Value, c, v);
        bool atZero = T.IsZero(x.Value);
        return Chain(x, v, coefficient, atZero ? coefficient : c * v, atZero ? T.One : x.Value);
    }

    /// <summary><c>c^y</c> for a constant base: partials <c>y' c^y ln c</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Pow(T c, TDual y)
    {
        T v = PrimalMath<T>.Pow(c, y.Value);
        return Chain(y, v, ExponentCoefficient(c, y.Value, v));
    }

    /// <summary>
    /// <c>sqrt(x² + y²)</c> without overflow: partials <c>(x' x + y' y) / h</c>; at the origin the
    /// zero subgradient.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Hypot(TDual x, TDual y)
    {
        T h = T.Hypot(x.Value, y.Value);
        return T.IsZero(h)
            ? Constant(h)
            : Chain(x, y, h, x.Value / h, y.Value / h);
    }

    private static T Three => T.CreateTruncating(3);

    // d(x^y)/dx = y x^(y-1), computed as y v / x when that is exact and safe, and directly
    // where v has underflowed, overflowed or x is zero. y = 0 gives the constant 1.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T BaseCoefficient(T x, T y, T v)
    {
        if (T.IsZero(y))
        {
            return T.Zero;
        }

        return !T.IsZero(x) && !T.IsZero(v) && T.IsFinite(v)
            ? y * (v / x)
            : y * PrimalMath<T>.Pow(x, y - T.One);
    }

    // d(x^y)/dy = x^y ln x, with the limit 0 at x = 0 for y > 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T ExponentCoefficient(T x, T y, T v) =>
        T.IsZero(x) && y > T.Zero ? T.Zero : v * PrimalMath<T>.Log(x);
}
