using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

public static partial class DualMath<TDual, TChunk, T>
{
    /// <summary><c>x + y</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Add(TDual x, TDual y) => TDual.Create(x.Value + y.Value, TChunk.Add(x.Partials, y.Partials));

    /// <summary><c>x + c</c> for a constant: the partials pass through untouched.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Add(TDual x, T c) => TDual.Create(x.Value + c, x.Partials);

    /// <summary><c>c + x</c> for a constant (the primal keeps the operand order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Add(T c, TDual x) => TDual.Create(c + x.Value, x.Partials);

    /// <summary><c>x - y</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Subtract(TDual x, TDual y) => TDual.Create(x.Value - y.Value, TChunk.Subtract(x.Partials, y.Partials));

    /// <summary><c>x - c</c> for a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Subtract(TDual x, T c) => TDual.Create(x.Value - c, x.Partials);

    /// <summary><c>c - x</c> for a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Subtract(T c, TDual x) => TDual.Create(c - x.Value, TChunk.Negate(x.Partials));

    /// <summary><c>-x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Negate(TDual x) => TDual.Create(-x.Value, TChunk.Negate(x.Partials));

    /// <summary><c>x * y</c>: partials <c>x' y + y' x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Multiply(TDual x, TDual y)
    {
        T xv = x.Value, yv = y.Value;
        return TDual.Create(xv * yv, TChunk.Combine(x.Partials, yv, y.Partials, xv));
    }

    /// <summary><c>x * c</c> for a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Multiply(TDual x, T c) => TDual.Create(x.Value * c, TChunk.Scale(x.Partials, c));

    /// <summary><c>c * x</c> for a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Multiply(T c, TDual x) => TDual.Create(c * x.Value, TChunk.Scale(x.Partials, c));

    /// <summary><c>x / y</c>: partials <c>x' / y - y' x / y²</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Divide(TDual x, TDual y)
    {
        T q = x.Value / y.Value;
        T inverse = T.One / y.Value;
        return Chain(x, y, q, inverse, -q * inverse, T.One, y.Value, -q, y.Value);
    }

    /// <summary><c>x / c</c> for a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Divide(TDual x, T c) => Chain(x, x.Value / c, T.One / c, T.One, c);

    /// <summary><c>c / x</c> for a constant: partials <c>-x' c / x²</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Divide(T c, TDual x)
    {
        T q = c / x.Value;
        return Chain(x, q, -q / x.Value, -q, x.Value);
    }

    /// <summary>
    /// The truncated remainder <c>x % y</c> (C#'s <c>%</c>), which is <c>x - n y</c> with
    /// <c>n = trunc(x / y)</c> locally constant: partials <c>x' - n y'</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Remainder(TDual x, TDual y)
    {
        T r = x.Value % y.Value;
        return Chain(x, y, r, T.One, -Quotient(x.Value, y.Value, r));
    }

    /// <summary><c>x % c</c> for a constant divisor.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Remainder(TDual x, T c) => TDual.Create(x.Value % c, x.Partials);

    /// <summary><c>c % x</c> for a constant dividend.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Remainder(T c, TDual x)
    {
        T r = c % x.Value;
        return Chain(x, r, -Quotient(c, x.Value, r));
    }

    /// <summary>
    /// The IEEE remainder <c>x - n y</c> with <c>n</c> the integer nearest <c>x / y</c>
    /// (<see cref="Math.IEEERemainder(double, double)"/>): partials <c>x' - n y'</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Ieee754Remainder(TDual x, TDual y)
    {
        T r = T.Ieee754Remainder(x.Value, y.Value);
        return Chain(x, y, r, T.One, -Quotient(x.Value, y.Value, r));
    }

    /// <summary><c>x + 1</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Increment(TDual x) => TDual.Create(x.Value + T.One, x.Partials);

    /// <summary><c>x - 1</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Decrement(TDual x) => TDual.Create(x.Value - T.One, x.Partials);

    /// <summary>The fused <c>x * y + z</c>, rounded once: partials <c>x' y + y' x + z'</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual FusedMultiplyAdd(TDual x, TDual y, TDual z) =>
        TDual.Create(T.FusedMultiplyAdd(x.Value, y.Value, z.Value), MultiplyAddPartials(x, y, z));

    /// <summary>
    /// The estimate of <c>x * y + z</c> (fused where the hardware has FMA, else two roundings):
    /// the value exactly as <c>T.MultiplyAddEstimate</c> gives it, the partials of the exact
    /// <c>x y + z</c>, <c>x' y + y' x + z'</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual MultiplyAddEstimate(TDual x, TDual y, TDual z) =>
        TDual.Create(T.MultiplyAddEstimate(x.Value, y.Value, z.Value), MultiplyAddPartials(x, y, z));

    /// <summary>
    /// Linear interpolation <c>x (1 - t) + y t</c> as <see cref="double.Lerp(double, double, double)"/>
    /// computes it: partials <c>x' (1 - t) + y' t + t' (y - x)</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Lerp(TDual x, TDual y, TDual t)
    {
        T tv = t.Value;
        TChunk partials = TChunk.MulAdd(t.Partials, y.Value - x.Value, TChunk.Combine(x.Partials, T.One - tv, y.Partials, tv));
        return TDual.Create(T.Lerp(x.Value, y.Value, tv), partials);
    }

    /// <summary><c>x * 2^n</c>: partials scaled by the exact power of two.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual ScaleB(TDual x, int n) => Chain(x, T.ScaleB(x.Value, n), T.ScaleB(T.One, n));

    /// <summary>The next value up: locally the identity, so the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual BitIncrement(TDual x) => TDual.Create(T.BitIncrement(x.Value), x.Partials);

    /// <summary>The next value down: locally the identity, so the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual BitDecrement(TDual x) => TDual.Create(T.BitDecrement(x.Value), x.Partials);

    /// <summary>The estimate of <c>1 / x</c>; partials <c>-x' v²</c> from the estimate <c>v</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual ReciprocalEstimate(TDual x)
    {
        T v = T.ReciprocalEstimate(x.Value);
        return Chain(x, v, -v * v, -v, x.Value);
    }

    /// <summary>The estimate of <c>1 / sqrt(x)</c>; partials <c>-x' v³ / 2</c> from the estimate <c>v</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual ReciprocalSqrtEstimate(TDual x)
    {
        T v = T.ReciprocalSqrtEstimate(x.Value);
        return Chain(x, v, -v * v * v / Two, -v / Two, x.Value);
    }

    private static T Two => T.One + T.One;

    // The partials of x y + z, x' y + y' x + z', with both products fused.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TChunk MultiplyAddPartials(TDual x, TDual y, TDual z) =>
        TChunk.MulAdd(x.Partials, y.Value, TChunk.MulAdd(y.Partials, x.Value, z.Partials));

    // The integer quotient n of x = n y + r, recovered from the remainder so that it is exact
    // whenever x - r is (x / y rounded could be off by one for large quotients).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Quotient(T x, T y, T r) => (x - r) / y;
}
