using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the hyperbolic functions of <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> and <see cref="float"/>.</summary>
public static class HyperbolicRules
{
    /// <summary>The rule of <see cref="Math.Sinh(double)"/> and <see cref="double.Sinh(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Sinh), typeof(double))]
    [FRule(typeof(double), nameof(double.Sinh), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Sinh<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Sinh(x);

    /// <summary>The rule of <see cref="MathF.Sinh(float)"/> and <see cref="float.Sinh(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Sinh), typeof(float))]
    [FRule(typeof(float), nameof(float.Sinh), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Sinh<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Sinh(x);

    /// <summary>The rule of <see cref="Math.Cosh(double)"/> and <see cref="double.Cosh(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Cosh), typeof(double))]
    [FRule(typeof(double), nameof(double.Cosh), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Cosh<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Cosh(x);

    /// <summary>The rule of <see cref="MathF.Cosh(float)"/> and <see cref="float.Cosh(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Cosh), typeof(float))]
    [FRule(typeof(float), nameof(float.Cosh), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Cosh<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Cosh(x);

    /// <summary>The rule of <see cref="Math.Tanh(double)"/> and <see cref="double.Tanh(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Tanh), typeof(double))]
    [FRule(typeof(double), nameof(double.Tanh), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Tanh<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Tanh(x);

    /// <summary>The rule of <see cref="MathF.Tanh(float)"/> and <see cref="float.Tanh(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Tanh), typeof(float))]
    [FRule(typeof(float), nameof(float.Tanh), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Tanh<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Tanh(x);

    /// <summary>The rule of <see cref="Math.Asinh(double)"/> and <see cref="double.Asinh(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Asinh), typeof(double))]
    [FRule(typeof(double), nameof(double.Asinh), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Asinh<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Asinh(x);

    /// <summary>The rule of <see cref="MathF.Asinh(float)"/> and <see cref="float.Asinh(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Asinh), typeof(float))]
    [FRule(typeof(float), nameof(float.Asinh), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Asinh<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Asinh(x);

    /// <summary>The rule of <see cref="Math.Acosh(double)"/> and <see cref="double.Acosh(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Acosh), typeof(double))]
    [FRule(typeof(double), nameof(double.Acosh), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Acosh<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Acosh(x);

    /// <summary>The rule of <see cref="MathF.Acosh(float)"/> and <see cref="float.Acosh(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Acosh), typeof(float))]
    [FRule(typeof(float), nameof(float.Acosh), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Acosh<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Acosh(x);

    /// <summary>The rule of <see cref="Math.Atanh(double)"/> and <see cref="double.Atanh(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Atanh), typeof(double))]
    [FRule(typeof(double), nameof(double.Atanh), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Atanh<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Atanh(x);

    /// <summary>The rule of <see cref="MathF.Atanh(float)"/> and <see cref="float.Atanh(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Atanh), typeof(float))]
    [FRule(typeof(float), nameof(float.Atanh), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Atanh<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Atanh(x);
}
