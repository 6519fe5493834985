using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the exponential functions of <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> and <see cref="float"/>.</summary>
public static class ExponentialRules
{
    /// <summary>The rule of <see cref="Math.Exp(double)"/> and <see cref="double.Exp(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Exp), typeof(double))]
    [FRule(typeof(double), nameof(double.Exp), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Exp(x);

    /// <summary>The rule of <see cref="MathF.Exp(float)"/> and <see cref="float.Exp(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Exp), typeof(float))]
    [FRule(typeof(float), nameof(float.Exp), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Exp<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Exp(x);

    /// <summary>The rule of <see cref="double.Exp2(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.Exp2), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp2<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Exp2(x);

    /// <summary>The rule of <see cref="float.Exp2(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.Exp2), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Exp2<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Exp2(x);

    /// <summary>The rule of <see cref="double.Exp10(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.Exp10), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp10<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Exp10(x);

    /// <summary>The rule of <see cref="float.Exp10(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.Exp10), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Exp10<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Exp10(x);

    /// <summary>The rule of <see cref="double.ExpM1(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.ExpM1), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ExpM1<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.ExpM1(x);

    /// <summary>The rule of <see cref="float.ExpM1(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.ExpM1), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> ExpM1<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.ExpM1(x);

    /// <summary>The rule of <see cref="double.Exp2M1(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.Exp2M1), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp2M1<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Exp2M1(x);

    /// <summary>The rule of <see cref="float.Exp2M1(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.Exp2M1), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Exp2M1<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Exp2M1(x);

    /// <summary>The rule of <see cref="double.Exp10M1(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.Exp10M1), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp10M1<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Exp10M1(x);

    /// <summary>The rule of <see cref="float.Exp10M1(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.Exp10M1), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Exp10M1<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Exp10M1(x);
}
