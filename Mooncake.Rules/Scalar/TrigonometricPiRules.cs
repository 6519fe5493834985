using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the trigonometric functions of πx and the angle-unit conversions of <see cref="double"/> and <see cref="float"/>.</summary>
public static class TrigonometricPiRules
{
    /// <summary>The rule of <see cref="double.SinPi(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.SinPi), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> SinPi<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.SinPi(x);

    /// <summary>The rule of <see cref="float.SinPi(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.SinPi), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> SinPi<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.SinPi(x);

    /// <summary>The rule of <see cref="double.CosPi(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.CosPi), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> CosPi<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.CosPi(x);

    /// <summary>The rule of <see cref="float.CosPi(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.CosPi), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> CosPi<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.CosPi(x);

    /// <summary>The rule of <see cref="double.TanPi(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.TanPi), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> TanPi<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.TanPi(x);

    /// <summary>The rule of <see cref="float.TanPi(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.TanPi), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> TanPi<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.TanPi(x);

    /// <summary>The rule of <see cref="double.SinCosPi(double)"/>: both results from one primal <c>SinCosPi</c>, returned as the dual of the tuple.</summary>
    [FRule(typeof(double), nameof(double.SinCosPi), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<(double SinPi, double CosPi), TupleTangent<TChunk, TChunk>> SinCosPi<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => TupleDuals.Pair(DualMath<Dual<TChunk>, TChunk, double>.SinCosPi(x));

    /// <summary>The rule of <see cref="float.SinCosPi(float)"/>: both results from one primal <c>SinCosPi</c>, returned as the dual of the tuple.</summary>
    [FRule(typeof(float), nameof(float.SinCosPi), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<(float SinPi, float CosPi), TupleTangent<TChunk, TChunk>> SinCosPi<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => TupleDuals.Pair(DualMath<FloatDual<TChunk>, TChunk, float>.SinCosPi(x));

    /// <summary>The rule of <see cref="double.AsinPi(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.AsinPi), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> AsinPi<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.AsinPi(x);

    /// <summary>The rule of <see cref="float.AsinPi(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.AsinPi), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> AsinPi<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.AsinPi(x);

    /// <summary>The rule of <see cref="double.AcosPi(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.AcosPi), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> AcosPi<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.AcosPi(x);

    /// <summary>The rule of <see cref="float.AcosPi(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.AcosPi), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> AcosPi<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.AcosPi(x);

    /// <summary>The rule of <see cref="double.AtanPi(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.AtanPi), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> AtanPi<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.AtanPi(x);

    /// <summary>The rule of <see cref="float.AtanPi(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.AtanPi), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> AtanPi<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.AtanPi(x);

    /// <summary>The rule of <see cref="double.Atan2Pi(double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.Atan2Pi), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Atan2Pi<TChunk>(Dual<TChunk> y, Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Atan2Pi(y, x);

    /// <summary>The rule of <see cref="float.Atan2Pi(float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.Atan2Pi), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Atan2Pi<TChunk>(FloatDual<TChunk> y, FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Atan2Pi(y, x);

    /// <summary>The rule of <see cref="double.DegreesToRadians(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.DegreesToRadians), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DegreesToRadians<TChunk>(Dual<TChunk> degrees)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.DegreesToRadians(degrees);

    /// <summary>The rule of <see cref="float.DegreesToRadians(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.DegreesToRadians), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> DegreesToRadians<TChunk>(FloatDual<TChunk> degrees)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.DegreesToRadians(degrees);

    /// <summary>The rule of <see cref="double.RadiansToDegrees(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.RadiansToDegrees), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> RadiansToDegrees<TChunk>(Dual<TChunk> radians)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.RadiansToDegrees(radians);

    /// <summary>The rule of <see cref="float.RadiansToDegrees(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.RadiansToDegrees), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> RadiansToDegrees<TChunk>(FloatDual<TChunk> radians)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.RadiansToDegrees(radians);
}
