using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

/// <summary>
/// The primal functions the dual rules call: for double and float, direct calls of
/// <see cref="Math"/> and <see cref="MathF"/>, which <c>double.Exp</c> and the other generic-math
/// forms forward to (the same results, bit for bit); for other types the generic-math form.
/// </summary>
/// <remarks>
/// The generic-math forms of the transcendental functions are JIT intrinsics that the JIT neither
/// expands into instructions nor inlines, so a rule calling <c>T.Exp</c> paid a call of the
/// forwarder besides the call of the function: a loop of <c>exp</c> and <c>log</c> measured 25%
/// slower through <c>double.Exp</c>/<c>double.Log</c> than through <c>Math.Exp</c>/<c>Math.Log</c>.
/// The type tests are constants to the JIT, which keeps one branch.
/// </remarks>
/// <typeparam name="T">The primal type.</typeparam>
internal static class PrimalMath<T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Exp(T x) => typeof(T) == typeof(double) ? D(Math.Exp(D(x))) : typeof(T) == typeof(float) ? F(MathF.Exp(F(x))) : T.Exp(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Log(T x) => typeof(T) == typeof(double) ? D(Math.Log(D(x))) : typeof(T) == typeof(float) ? F(MathF.Log(F(x))) : T.Log(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Log(T x, T newBase) => typeof(T) == typeof(double) ? D(Math.Log(D(x), D(newBase))) : typeof(T) == typeof(float) ? F(MathF.Log(F(x), F(newBase))) : T.Log(x, newBase);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Log2(T x) => typeof(T) == typeof(double) ? D(Math.Log2(D(x))) : typeof(T) == typeof(float) ? F(MathF.Log2(F(x))) : T.Log2(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Log10(T x) => typeof(T) == typeof(double) ? D(Math.Log10(D(x))) : typeof(T) == typeof(float) ? F(MathF.Log10(F(x))) : T.Log10(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Pow(T x, T y) => typeof(T) == typeof(double) ? D(Math.Pow(D(x), D(y))) : typeof(T) == typeof(float) ? F(MathF.Pow(F(x), F(y))) : T.Pow(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Cbrt(T x) => typeof(T) == typeof(double) ? D(Math.Cbrt(D(x))) : typeof(T) == typeof(float) ? F(MathF.Cbrt(F(x))) : T.Cbrt(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Tan(T x) => typeof(T) == typeof(double) ? D(Math.Tan(D(x))) : typeof(T) == typeof(float) ? F(MathF.Tan(F(x))) : T.Tan(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Asin(T x) => typeof(T) == typeof(double) ? D(Math.Asin(D(x))) : typeof(T) == typeof(float) ? F(MathF.Asin(F(x))) : T.Asin(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Acos(T x) => typeof(T) == typeof(double) ? D(Math.Acos(D(x))) : typeof(T) == typeof(float) ? F(MathF.Acos(F(x))) : T.Acos(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Atan(T x) => typeof(T) == typeof(double) ? D(Math.Atan(D(x))) : typeof(T) == typeof(float) ? F(MathF.Atan(F(x))) : T.Atan(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Atan2(T y, T x) => typeof(T) == typeof(double) ? D(Math.Atan2(D(y), D(x))) : typeof(T) == typeof(float) ? F(MathF.Atan2(F(y), F(x))) : T.Atan2(y, x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sinh(T x) => typeof(T) == typeof(double) ? D(Math.Sinh(D(x))) : typeof(T) == typeof(float) ? F(MathF.Sinh(F(x))) : T.Sinh(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Cosh(T x) => typeof(T) == typeof(double) ? D(Math.Cosh(D(x))) : typeof(T) == typeof(float) ? F(MathF.Cosh(F(x))) : T.Cosh(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Tanh(T x) => typeof(T) == typeof(double) ? D(Math.Tanh(D(x))) : typeof(T) == typeof(float) ? F(MathF.Tanh(F(x))) : T.Tanh(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Asinh(T x) => typeof(T) == typeof(double) ? D(Math.Asinh(D(x))) : typeof(T) == typeof(float) ? F(MathF.Asinh(F(x))) : T.Asinh(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Acosh(T x) => typeof(T) == typeof(double) ? D(Math.Acosh(D(x))) : typeof(T) == typeof(float) ? F(MathF.Acosh(F(x))) : T.Acosh(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Atanh(T x) => typeof(T) == typeof(double) ? D(Math.Atanh(D(x))) : typeof(T) == typeof(float) ? F(MathF.Atanh(F(x))) : T.Atanh(x);

    // Reinterpretations between T and the type it is in the branch that calls them: no-ops.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double D(T x) => Unsafe.BitCast<T, double>(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T D(double x) => Unsafe.BitCast<double, T>(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float F(T x) => Unsafe.BitCast<T, float>(x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T F(float x) => Unsafe.BitCast<float, T>(x);
}
