using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the logarithms of <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> and <see cref="float"/>.</summary>
public static class LogarithmRules
{
    /// <summary>The rule of <see cref="Math.Log(double)"/> and <see cref="double.Log(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Log), typeof(double))]
    [FRule(typeof(double), nameof(double.Log), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Log(x);

    /// <summary>The rule of <see cref="MathF.Log(float)"/> and <see cref="float.Log(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Log), typeof(float))]
    [FRule(typeof(float), nameof(float.Log), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Log<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Log(x);

    /// <summary>The rule of <see cref="Math.Log(double, double)"/> and <see cref="double.Log(double, double)"/>: both arguments active (see <see cref="LogConstantBase{TChunk}(Dual{TChunk}, double)"/> for a constant base).</summary>
    [FRule(typeof(Math), nameof(Math.Log), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.Log), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log<TChunk>(Dual<TChunk> x, Dual<TChunk> newBase)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Log(x, newBase);

    /// <summary>The rule of <see cref="MathF.Log(float, float)"/> and <see cref="float.Log(float, float)"/>: both arguments active (see <see cref="LogConstantBase{TChunk}(FloatDual{TChunk}, float)"/> for a constant base).</summary>
    [FRule(typeof(MathF), nameof(MathF.Log), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.Log), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Log<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> newBase)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Log(x, newBase);

    /// <summary>The rule of <see cref="Math.Log2(double)"/> and <see cref="double.Log2(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Log2), typeof(double))]
    [FRule(typeof(double), nameof(double.Log2), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log2<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Log2(x);

    /// <summary>The rule of <see cref="MathF.Log2(float)"/> and <see cref="float.Log2(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Log2), typeof(float))]
    [FRule(typeof(float), nameof(float.Log2), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Log2<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Log2(x);

    /// <summary>The rule of <see cref="Math.Log10(double)"/> and <see cref="double.Log10(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Log10), typeof(double))]
    [FRule(typeof(double), nameof(double.Log10), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log10<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Log10(x);

    /// <summary>The rule of <see cref="MathF.Log10(float)"/> and <see cref="float.Log10(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Log10), typeof(float))]
    [FRule(typeof(float), nameof(float.Log10), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Log10<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Log10(x);

    /// <summary>The rule of <see cref="double.LogP1(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.LogP1), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> LogP1<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.LogP1(x);

    /// <summary>The rule of <see cref="float.LogP1(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.LogP1), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> LogP1<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.LogP1(x);

    /// <summary>The rule of <see cref="double.Log2P1(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.Log2P1), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log2P1<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Log2P1(x);

    /// <summary>The rule of <see cref="float.Log2P1(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.Log2P1), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Log2P1<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Log2P1(x);

    /// <summary>The rule of <see cref="double.Log10P1(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.Log10P1), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log10P1<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Log10P1(x);

    /// <summary>The rule of <see cref="float.Log10P1(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.Log10P1), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Log10P1<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Log10P1(x);

    /// <summary>
    /// The specialisation of the rule of <see cref="Math.Log(double, double)"/> and
    /// <see cref="double.Log(double, double)"/> for a base that carries no derivative: no tangent
    /// work for the base. Not registered (its signature is not the primal's); the rule builder
    /// calls it when activity analysis finds the base constant.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> LogConstantBase<TChunk>(Dual<TChunk> x, double newBase)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Log(x, newBase);

    /// <summary>The constant-base specialisation of the rule of <see cref="MathF.Log(float, float)"/> and <see cref="float.Log(float, float)"/>, as for <see cref="LogConstantBase{TChunk}(Dual{TChunk}, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> LogConstantBase<TChunk>(FloatDual<TChunk> x, float newBase)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Log(x, newBase);
}
