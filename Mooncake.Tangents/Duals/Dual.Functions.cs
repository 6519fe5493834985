using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

// The elementary functions of the generic-math interfaces. Each forwards to the one formula in
// DualMath, which the rules and FloatDual share.
public readonly partial struct Dual<TChunk>
{
    /// <summary>e^x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Exp(x);

    /// <summary>e^x - 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ExpM1(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.ExpM1(x);

    /// <summary>2^x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp2(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Exp2(x);

    /// <summary>2^x - 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp2M1(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Exp2M1(x);

    /// <summary>10^x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp10(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Exp10(x);

    /// <summary>10^x - 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp10M1(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Exp10M1(x);

    /// <summary>The natural logarithm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Log(x);

    /// <summary>The logarithm of x in base newBase.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log(Dual<TChunk> x, Dual<TChunk> newBase) => DualMath<Dual<TChunk>, TChunk, double>.Log(x, newBase);

    /// <summary>The logarithm of x in a constant base.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log(Dual<TChunk> x, double newBase) => DualMath<Dual<TChunk>, TChunk, double>.Log(x, newBase);

    /// <summary>ln(1 + x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> LogP1(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.LogP1(x);

    /// <summary>The base-2 logarithm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log2(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Log2(x);

    /// <summary>log2(1 + x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log2P1(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Log2P1(x);

    /// <summary>The base-10 logarithm.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log10(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Log10(x);

    /// <summary>log10(1 + x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log10P1(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Log10P1(x);

    /// <summary>x raised to the power y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Pow(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Pow(x, y);

    /// <summary>x raised to a constant power (the constant-exponent rule).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Pow(Dual<TChunk> x, double y) => DualMath<Dual<TChunk>, TChunk, double>.Pow(x, y);

    /// <summary>A constant raised to the power y.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Pow(double x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Pow(x, y);

    /// <summary>The square root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Sqrt(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Sqrt(x);

    /// <summary>The cube root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Cbrt(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Cbrt(x);

    /// <summary>The n-th root.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> RootN(Dual<TChunk> x, int n) => DualMath<Dual<TChunk>, TChunk, double>.RootN(x, n);

    /// <summary>sqrt(x² + y²) without overflow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Hypot(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Hypot(x, y);

    /// <summary>The sine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Sin(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Sin(x);

    /// <summary>The cosine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Cos(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Cos(x);

    /// <summary>The sine and cosine, from one primal evaluation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Dual<TChunk> Sin, Dual<TChunk> Cos) SinCos(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.SinCos(x);

    /// <summary>The tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Tan(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Tan(x);

    /// <summary>The arcsine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Asin(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Asin(x);

    /// <summary>The arccosine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Acos(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Acos(x);

    /// <summary>The arctangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Atan(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Atan(x);

    /// <summary>The angle of the point (x, y).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Atan2(Dual<TChunk> y, Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Atan2(y, x);

    /// <summary>sin(πx).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> SinPi(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.SinPi(x);

    /// <summary>cos(πx).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> CosPi(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.CosPi(x);

    /// <summary>sin(πx) and cos(πx), from one primal evaluation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (Dual<TChunk> SinPi, Dual<TChunk> CosPi) SinCosPi(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.SinCosPi(x);

    /// <summary>tan(πx).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> TanPi(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.TanPi(x);

    /// <summary>asin(x) / π.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> AsinPi(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.AsinPi(x);

    /// <summary>acos(x) / π.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> AcosPi(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.AcosPi(x);

    /// <summary>atan(x) / π.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> AtanPi(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.AtanPi(x);

    /// <summary>atan2(y, x) / π.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Atan2Pi(Dual<TChunk> y, Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Atan2Pi(y, x);

    /// <summary>Degrees to radians.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DegreesToRadians(Dual<TChunk> degrees) => DualMath<Dual<TChunk>, TChunk, double>.DegreesToRadians(degrees);

    /// <summary>Radians to degrees.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> RadiansToDegrees(Dual<TChunk> radians) => DualMath<Dual<TChunk>, TChunk, double>.RadiansToDegrees(radians);

    /// <summary>The hyperbolic sine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Sinh(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Sinh(x);

    /// <summary>The hyperbolic cosine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Cosh(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Cosh(x);

    /// <summary>The hyperbolic tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Tanh(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Tanh(x);

    /// <summary>The inverse hyperbolic sine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Asinh(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Asinh(x);

    /// <summary>The inverse hyperbolic cosine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Acosh(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Acosh(x);

    /// <summary>The inverse hyperbolic tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Atanh(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Atanh(x);

    /// <summary>The absolute value (right derivative at 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Abs(Dual<TChunk> value) => DualMath<Dual<TChunk>, TChunk, double>.Abs(value);

    /// <summary>The larger value (partials of the argument returned, the first on ties).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Max(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Max(x, y);

    /// <summary>The smaller value (partials of the argument returned, the first on ties).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Min(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.Min(x, y);

    /// <summary>The larger value, ignoring NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MaxNumber(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.MaxNumber(x, y);

    /// <summary>The smaller value, ignoring NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MinNumber(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.MinNumber(x, y);

    /// <summary>The argument of larger magnitude.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MaxMagnitude(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.MaxMagnitude(x, y);

    /// <summary>The argument of smaller magnitude.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MinMagnitude(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.MinMagnitude(x, y);

    /// <summary>The argument of larger magnitude, ignoring NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MaxMagnitudeNumber(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.MaxMagnitudeNumber(x, y);

    /// <summary>The argument of smaller magnitude, ignoring NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MinMagnitudeNumber(Dual<TChunk> x, Dual<TChunk> y) => DualMath<Dual<TChunk>, TChunk, double>.MinMagnitudeNumber(x, y);

    /// <summary>value clamped to [min, max].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Clamp(Dual<TChunk> value, Dual<TChunk> min, Dual<TChunk> max) => DualMath<Dual<TChunk>, TChunk, double>.Clamp(value, min, max);

    /// <summary>The magnitude of value with the sign of sign (whose derivative is not used).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> CopySign(Dual<TChunk> value, Dual<TChunk> sign) => DualMath<Dual<TChunk>, TChunk, double>.CopySign(value, sign.Value);

    /// <summary>The fused left * right + addend.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> FusedMultiplyAdd(Dual<TChunk> left, Dual<TChunk> right, Dual<TChunk> addend) => DualMath<Dual<TChunk>, TChunk, double>.FusedMultiplyAdd(left, right, addend);

    /// <summary>
    /// An estimate of left * right + addend: the value exactly as <see cref="double.MultiplyAddEstimate(double, double, double)"/>
    /// gives it (fused where the hardware has FMA), the partials of the fused form. Without this the
    /// interface default would round twice and the value would differ from the plain code's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MultiplyAddEstimate(Dual<TChunk> left, Dual<TChunk> right, Dual<TChunk> addend) =>
        DualMath<Dual<TChunk>, TChunk, double>.MultiplyAddEstimate(left, right, addend);

    /// <summary>The IEEE remainder.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Ieee754Remainder(Dual<TChunk> left, Dual<TChunk> right) => DualMath<Dual<TChunk>, TChunk, double>.Ieee754Remainder(left, right);

    /// <summary>value1 (1 - amount) + value2 amount.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Lerp(Dual<TChunk> value1, Dual<TChunk> value2, Dual<TChunk> amount) => DualMath<Dual<TChunk>, TChunk, double>.Lerp(value1, value2, amount);

    /// <summary>x * 2^n.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ScaleB(Dual<TChunk> x, int n) => DualMath<Dual<TChunk>, TChunk, double>.ScaleB(x, n);

    /// <summary>The next value up (derivative 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> BitIncrement(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.BitIncrement(x);

    /// <summary>The next value down (derivative 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> BitDecrement(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.BitDecrement(x);

    /// <summary>An estimate of 1 / x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ReciprocalEstimate(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.ReciprocalEstimate(x);

    /// <summary>An estimate of 1 / sqrt(x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ReciprocalSqrtEstimate(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.ReciprocalSqrtEstimate(x);

    /// <summary>Rounds down (zero derivative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Floor(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Floor(x);

    /// <summary>Rounds up (zero derivative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Ceiling(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Ceiling(x);

    /// <summary>Rounds toward zero (zero derivative).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Truncate(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Truncate(x);

    /// <summary>Rounds to the nearest integer, ties to even (zero derivative).</summary>
    public static Dual<TChunk> Round(Dual<TChunk> x) => DualMath<Dual<TChunk>, TChunk, double>.Round(x, 0, MidpointRounding.ToEven);

    /// <summary>Rounds to digits fractional digits, ties to even (zero derivative).</summary>
    public static Dual<TChunk> Round(Dual<TChunk> x, int digits) => DualMath<Dual<TChunk>, TChunk, double>.Round(x, digits, MidpointRounding.ToEven);

    /// <summary>Rounds to the nearest integer with mode (zero derivative).</summary>
    public static Dual<TChunk> Round(Dual<TChunk> x, MidpointRounding mode) => DualMath<Dual<TChunk>, TChunk, double>.Round(x, 0, mode);

    /// <summary>Rounds to digits fractional digits with mode (zero derivative).</summary>
    public static Dual<TChunk> Round(Dual<TChunk> x, int digits, MidpointRounding mode) => DualMath<Dual<TChunk>, TChunk, double>.Round(x, digits, mode);
}
