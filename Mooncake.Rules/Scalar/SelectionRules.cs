using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the functions that return one of their arguments, or its magnitude, of <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> and <see cref="float"/>.</summary>
/// <remarks>Kinks and ties follow the policy of <see cref="DualMath{TDual, TChunk, T}"/>: the partials of the argument returned, the first one on ties.</remarks>
public static class SelectionRules
{
    /// <summary>The rule of <see cref="Math.Abs(double)"/> and <see cref="double.Abs(double)"/>: the right derivative (+1) at ±0.</summary>
    [FRule(typeof(Math), nameof(Math.Abs), typeof(double))]
    [FRule(typeof(double), nameof(double.Abs), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Abs<TChunk>(Dual<TChunk> value)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Abs(value);

    /// <summary>The rule of <see cref="Math.Abs(float)"/>, <see cref="MathF.Abs(float)"/> and <see cref="float.Abs(float)"/>: the right derivative (+1) at ±0.</summary>
    [FRule(typeof(Math), nameof(Math.Abs), typeof(float))]
    [FRule(typeof(MathF), nameof(MathF.Abs), typeof(float))]
    [FRule(typeof(float), nameof(float.Abs), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Abs<TChunk>(FloatDual<TChunk> value)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Abs(value);

    /// <summary>The rule of <see cref="Math.Max(double, double)"/> and <see cref="double.Max(double, double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Max), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.Max), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Max<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Max(x, y);

    /// <summary>The rule of <see cref="Math.Max(float, float)"/>, <see cref="MathF.Max(float, float)"/> and <see cref="float.Max(float, float)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Max), typeof(float), typeof(float))]
    [FRule(typeof(MathF), nameof(MathF.Max), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.Max), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Max<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Max(x, y);

    /// <summary>The rule of <see cref="Math.Min(double, double)"/> and <see cref="double.Min(double, double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Min), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.Min), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Min<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Min(x, y);

    /// <summary>The rule of <see cref="Math.Min(float, float)"/>, <see cref="MathF.Min(float, float)"/> and <see cref="float.Min(float, float)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Min), typeof(float), typeof(float))]
    [FRule(typeof(MathF), nameof(MathF.Min), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.Min), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Min<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Min(x, y);

    /// <summary>The rule of <see cref="Math.MaxMagnitude(double, double)"/> and <see cref="double.MaxMagnitude(double, double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.MaxMagnitude), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.MaxMagnitude), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MaxMagnitude<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.MaxMagnitude(x, y);

    /// <summary>The rule of <see cref="MathF.MaxMagnitude(float, float)"/> and <see cref="float.MaxMagnitude(float, float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.MaxMagnitude), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.MaxMagnitude), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> MaxMagnitude<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.MaxMagnitude(x, y);

    /// <summary>The rule of <see cref="Math.MinMagnitude(double, double)"/> and <see cref="double.MinMagnitude(double, double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.MinMagnitude), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.MinMagnitude), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MinMagnitude<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.MinMagnitude(x, y);

    /// <summary>The rule of <see cref="MathF.MinMagnitude(float, float)"/> and <see cref="float.MinMagnitude(float, float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.MinMagnitude), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.MinMagnitude), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> MinMagnitude<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.MinMagnitude(x, y);

    /// <summary>The rule of <see cref="double.MaxNumber(double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.MaxNumber), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MaxNumber<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.MaxNumber(x, y);

    /// <summary>The rule of <see cref="float.MaxNumber(float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.MaxNumber), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> MaxNumber<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.MaxNumber(x, y);

    /// <summary>The rule of <see cref="double.MinNumber(double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.MinNumber), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MinNumber<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.MinNumber(x, y);

    /// <summary>The rule of <see cref="float.MinNumber(float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.MinNumber), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> MinNumber<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.MinNumber(x, y);

    /// <summary>The rule of <see cref="double.MaxMagnitudeNumber(double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.MaxMagnitudeNumber), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MaxMagnitudeNumber<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.MaxMagnitudeNumber(x, y);

    /// <summary>The rule of <see cref="float.MaxMagnitudeNumber(float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.MaxMagnitudeNumber), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> MaxMagnitudeNumber<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.MaxMagnitudeNumber(x, y);

    /// <summary>The rule of <see cref="double.MinMagnitudeNumber(double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.MinMagnitudeNumber), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MinMagnitudeNumber<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.MinMagnitudeNumber(x, y);

    /// <summary>The rule of <see cref="float.MinMagnitudeNumber(float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.MinMagnitudeNumber), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> MinMagnitudeNumber<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.MinMagnitudeNumber(x, y);

    /// <summary>The rule of <see cref="double.MaxNative(double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.MaxNative), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MaxNative<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.MaxNative(x, y);

    /// <summary>The rule of <see cref="float.MaxNative(float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.MaxNative), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> MaxNative<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.MaxNative(x, y);

    /// <summary>The rule of <see cref="double.MinNative(double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.MinNative), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MinNative<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.MinNative(x, y);

    /// <summary>The rule of <see cref="float.MinNative(float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.MinNative), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> MinNative<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.MinNative(x, y);

    /// <summary>The rule of <see cref="Math.Clamp(double, double, double)"/> and <see cref="double.Clamp(double, double, double)"/>: the value's partials inside the closed interval, the bound's outside.</summary>
    [FRule(typeof(Math), nameof(Math.Clamp), typeof(double), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.Clamp), typeof(double), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Clamp<TChunk>(Dual<TChunk> value, Dual<TChunk> min, Dual<TChunk> max)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Clamp(value, min, max);

    /// <summary>The rule of <see cref="Math.Clamp(float, float, float)"/> and <see cref="float.Clamp(float, float, float)"/>: the value's partials inside the closed interval, the bound's outside.</summary>
    [FRule(typeof(Math), nameof(Math.Clamp), typeof(float), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.Clamp), typeof(float), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Clamp<TChunk>(FloatDual<TChunk> value, FloatDual<TChunk> min, FloatDual<TChunk> max)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Clamp(value, min, max);

    /// <summary>The rule of <see cref="double.ClampNative(double, double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.ClampNative), typeof(double), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ClampNative<TChunk>(Dual<TChunk> value, Dual<TChunk> min, Dual<TChunk> max)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.ClampNative(value, min, max);

    /// <summary>The rule of <see cref="float.ClampNative(float, float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.ClampNative), typeof(float), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> ClampNative<TChunk>(FloatDual<TChunk> value, FloatDual<TChunk> min, FloatDual<TChunk> max)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.ClampNative(value, min, max);

    /// <summary>The rule of <see cref="Math.CopySign(double, double)"/> and <see cref="double.CopySign(double, double)"/>: the sign argument has zero derivative.</summary>
    [FRule(typeof(Math), nameof(Math.CopySign), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.CopySign), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> CopySign<TChunk>(Dual<TChunk> value, Dual<TChunk> sign)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.CopySign(value, sign.Value);

    /// <summary>The rule of <see cref="MathF.CopySign(float, float)"/> and <see cref="float.CopySign(float, float)"/>: the sign argument has zero derivative.</summary>
    [FRule(typeof(MathF), nameof(MathF.CopySign), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.CopySign), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> CopySign<TChunk>(FloatDual<TChunk> value, FloatDual<TChunk> sign)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.CopySign(value, sign.Value);
}
