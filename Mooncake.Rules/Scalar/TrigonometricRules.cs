using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the trigonometric functions of <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> and <see cref="float"/>.</summary>
public static class TrigonometricRules
{
    /// <summary>The rule of <see cref="Math.Sin(double)"/> and <see cref="double.Sin(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Sin), typeof(double))]
    [FRule(typeof(double), nameof(double.Sin), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Sin<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Sin(x);

    /// <summary>The rule of <see cref="MathF.Sin(float)"/> and <see cref="float.Sin(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Sin), typeof(float))]
    [FRule(typeof(float), nameof(float.Sin), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Sin<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Sin(x);

    /// <summary>The rule of <see cref="Math.Cos(double)"/> and <see cref="double.Cos(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Cos), typeof(double))]
    [FRule(typeof(double), nameof(double.Cos), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Cos<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Cos(x);

    /// <summary>The rule of <see cref="MathF.Cos(float)"/> and <see cref="float.Cos(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Cos), typeof(float))]
    [FRule(typeof(float), nameof(float.Cos), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Cos<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Cos(x);

    /// <summary>The rule of <see cref="Math.Tan(double)"/> and <see cref="double.Tan(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Tan), typeof(double))]
    [FRule(typeof(double), nameof(double.Tan), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Tan<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Tan(x);

    /// <summary>The rule of <see cref="MathF.Tan(float)"/> and <see cref="float.Tan(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Tan), typeof(float))]
    [FRule(typeof(float), nameof(float.Tan), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Tan<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Tan(x);

    /// <summary>The rule of <see cref="Math.SinCos(double)"/> and <see cref="double.SinCos(double)"/>: both results from one primal <c>SinCos</c>, returned as the dual of the tuple.</summary>
    [FRule(typeof(Math), nameof(Math.SinCos), typeof(double))]
    [FRule(typeof(double), nameof(double.SinCos), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<(double Sin, double Cos), TupleTangent<TChunk, TChunk>> SinCos<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => TupleDuals.Pair(DualMath<Dual<TChunk>, TChunk, double>.SinCos(x));

    /// <summary>The rule of <see cref="MathF.SinCos(float)"/> and <see cref="float.SinCos(float)"/>: both results from one primal <c>SinCos</c>, returned as the dual of the tuple.</summary>
    [FRule(typeof(MathF), nameof(MathF.SinCos), typeof(float))]
    [FRule(typeof(float), nameof(float.SinCos), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<(float Sin, float Cos), TupleTangent<TChunk, TChunk>> SinCos<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => TupleDuals.Pair(DualMath<FloatDual<TChunk>, TChunk, float>.SinCos(x));

    /// <summary>The rule of <see cref="Math.Asin(double)"/> and <see cref="double.Asin(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Asin), typeof(double))]
    [FRule(typeof(double), nameof(double.Asin), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Asin<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Asin(x);

    /// <summary>The rule of <see cref="MathF.Asin(float)"/> and <see cref="float.Asin(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Asin), typeof(float))]
    [FRule(typeof(float), nameof(float.Asin), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Asin<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Asin(x);

    /// <summary>The rule of <see cref="Math.Acos(double)"/> and <see cref="double.Acos(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Acos), typeof(double))]
    [FRule(typeof(double), nameof(double.Acos), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Acos<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Acos(x);

    /// <summary>The rule of <see cref="MathF.Acos(float)"/> and <see cref="float.Acos(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Acos), typeof(float))]
    [FRule(typeof(float), nameof(float.Acos), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Acos<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Acos(x);

    /// <summary>The rule of <see cref="Math.Atan(double)"/> and <see cref="double.Atan(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Atan), typeof(double))]
    [FRule(typeof(double), nameof(double.Atan), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Atan<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Atan(x);

    /// <summary>The rule of <see cref="MathF.Atan(float)"/> and <see cref="float.Atan(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Atan), typeof(float))]
    [FRule(typeof(float), nameof(float.Atan), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Atan<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Atan(x);

    /// <summary>The rule of <see cref="Math.Atan2(double, double)"/> and <see cref="double.Atan2(double, double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Atan2), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.Atan2), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Atan2<TChunk>(Dual<TChunk> y, Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Atan2(y, x);

    /// <summary>The rule of <see cref="MathF.Atan2(float, float)"/> and <see cref="float.Atan2(float, float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Atan2), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.Atan2), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Atan2<TChunk>(FloatDual<TChunk> y, FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Atan2(y, x);
}
