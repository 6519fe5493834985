using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the arithmetic functions of <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> and <see cref="float"/> (the operators are in <see cref="OperatorRules"/>).</summary>
public static class ArithmeticRules
{
    /// <summary>The rule of <see cref="Math.FusedMultiplyAdd(double, double, double)"/> and <see cref="double.FusedMultiplyAdd(double, double, double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.FusedMultiplyAdd), typeof(double), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.FusedMultiplyAdd), typeof(double), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> FusedMultiplyAdd<TChunk>(Dual<TChunk> x, Dual<TChunk> y, Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.FusedMultiplyAdd(x, y, z);

    /// <summary>The rule of <see cref="MathF.FusedMultiplyAdd(float, float, float)"/> and <see cref="float.FusedMultiplyAdd(float, float, float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.FusedMultiplyAdd), typeof(float), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.FusedMultiplyAdd), typeof(float), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> FusedMultiplyAdd<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y, FloatDual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.FusedMultiplyAdd(x, y, z);

    /// <summary>The rule of <see cref="double.MultiplyAddEstimate(double, double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.MultiplyAddEstimate), typeof(double), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> MultiplyAddEstimate<TChunk>(Dual<TChunk> x, Dual<TChunk> y, Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.MultiplyAddEstimate(x, y, z);

    /// <summary>The rule of <see cref="float.MultiplyAddEstimate(float, float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.MultiplyAddEstimate), typeof(float), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> MultiplyAddEstimate<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y, FloatDual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.MultiplyAddEstimate(x, y, z);

    /// <summary>The rule of <see cref="double.Lerp(double, double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.Lerp), typeof(double), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Lerp<TChunk>(Dual<TChunk> value1, Dual<TChunk> value2, Dual<TChunk> amount)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Lerp(value1, value2, amount);

    /// <summary>The rule of <see cref="float.Lerp(float, float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.Lerp), typeof(float), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Lerp<TChunk>(FloatDual<TChunk> value1, FloatDual<TChunk> value2, FloatDual<TChunk> amount)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Lerp(value1, value2, amount);

    /// <summary>The rule of <see cref="Math.IEEERemainder(double, double)"/> and <see cref="double.Ieee754Remainder(double, double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.IEEERemainder), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.Ieee754Remainder), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Ieee754Remainder<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Ieee754Remainder(x, y);

    /// <summary>The rule of <see cref="MathF.IEEERemainder(float, float)"/> and <see cref="float.Ieee754Remainder(float, float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.IEEERemainder), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.Ieee754Remainder), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Ieee754Remainder<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Ieee754Remainder(x, y);

    /// <summary>The rule of <see cref="Math.ScaleB(double, int)"/> and <see cref="double.ScaleB(double, int)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.ScaleB), typeof(double), typeof(int))]
    [FRule(typeof(double), nameof(double.ScaleB), typeof(double), typeof(int))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ScaleB<TChunk>(Dual<TChunk> x, int n)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.ScaleB(x, n);

    /// <summary>The rule of <see cref="MathF.ScaleB(float, int)"/> and <see cref="float.ScaleB(float, int)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.ScaleB), typeof(float), typeof(int))]
    [FRule(typeof(float), nameof(float.ScaleB), typeof(float), typeof(int))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> ScaleB<TChunk>(FloatDual<TChunk> x, int n)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.ScaleB(x, n);

    /// <summary>The rule of <see cref="Math.BitIncrement(double)"/> and <see cref="double.BitIncrement(double)"/>: locally the identity.</summary>
    [FRule(typeof(Math), nameof(Math.BitIncrement), typeof(double))]
    [FRule(typeof(double), nameof(double.BitIncrement), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> BitIncrement<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.BitIncrement(x);

    /// <summary>The rule of <see cref="MathF.BitIncrement(float)"/> and <see cref="float.BitIncrement(float)"/>: locally the identity.</summary>
    [FRule(typeof(MathF), nameof(MathF.BitIncrement), typeof(float))]
    [FRule(typeof(float), nameof(float.BitIncrement), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> BitIncrement<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.BitIncrement(x);

    /// <summary>The rule of <see cref="Math.BitDecrement(double)"/> and <see cref="double.BitDecrement(double)"/>: locally the identity.</summary>
    [FRule(typeof(Math), nameof(Math.BitDecrement), typeof(double))]
    [FRule(typeof(double), nameof(double.BitDecrement), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> BitDecrement<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.BitDecrement(x);

    /// <summary>The rule of <see cref="MathF.BitDecrement(float)"/> and <see cref="float.BitDecrement(float)"/>: locally the identity.</summary>
    [FRule(typeof(MathF), nameof(MathF.BitDecrement), typeof(float))]
    [FRule(typeof(float), nameof(float.BitDecrement), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> BitDecrement<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.BitDecrement(x);

    /// <summary>The rule of <see cref="Math.ReciprocalEstimate(double)"/> and <see cref="double.ReciprocalEstimate(double)"/>: the derivative of 1/x at the estimate.</summary>
    [FRule(typeof(Math), nameof(Math.ReciprocalEstimate), typeof(double))]
    [FRule(typeof(double), nameof(double.ReciprocalEstimate), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ReciprocalEstimate<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.ReciprocalEstimate(x);

    /// <summary>The rule of <see cref="MathF.ReciprocalEstimate(float)"/> and <see cref="float.ReciprocalEstimate(float)"/>: the derivative of 1/x at the estimate.</summary>
    [FRule(typeof(MathF), nameof(MathF.ReciprocalEstimate), typeof(float))]
    [FRule(typeof(float), nameof(float.ReciprocalEstimate), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> ReciprocalEstimate<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.ReciprocalEstimate(x);

    /// <summary>The rule of <see cref="Math.ReciprocalSqrtEstimate(double)"/> and <see cref="double.ReciprocalSqrtEstimate(double)"/>: the derivative of 1/sqrt(x) at the estimate.</summary>
    [FRule(typeof(Math), nameof(Math.ReciprocalSqrtEstimate), typeof(double))]
    [FRule(typeof(double), nameof(double.ReciprocalSqrtEstimate), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ReciprocalSqrtEstimate<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.ReciprocalSqrtEstimate(x);

    /// <summary>The rule of <see cref="MathF.ReciprocalSqrtEstimate(float)"/> and <see cref="float.ReciprocalSqrtEstimate(float)"/>: the derivative of 1/sqrt(x) at the estimate.</summary>
    [FRule(typeof(MathF), nameof(MathF.ReciprocalSqrtEstimate), typeof(float))]
    [FRule(typeof(float), nameof(float.ReciprocalSqrtEstimate), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> ReciprocalSqrtEstimate<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.ReciprocalSqrtEstimate(x);
}
