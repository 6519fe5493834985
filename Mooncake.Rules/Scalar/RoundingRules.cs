using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the rounding functions of <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> and <see cref="float"/>: piecewise constant, so their rules are registered with <see cref="RuleKind.ZeroDerivative"/> and return zero partials.</summary>
public static class RoundingRules
{
    /// <summary>The rule of <see cref="Math.Floor(double)"/> and <see cref="double.Floor(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Floor), typeof(double), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(double), nameof(double.Floor), typeof(double), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Floor<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Floor(x);

    /// <summary>The rule of <see cref="MathF.Floor(float)"/> and <see cref="float.Floor(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Floor), typeof(float), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(float), nameof(float.Floor), typeof(float), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Floor<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Floor(x);

    /// <summary>The rule of <see cref="Math.Ceiling(double)"/> and <see cref="double.Ceiling(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Ceiling), typeof(double), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(double), nameof(double.Ceiling), typeof(double), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Ceiling<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Ceiling(x);

    /// <summary>The rule of <see cref="MathF.Ceiling(float)"/> and <see cref="float.Ceiling(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Ceiling), typeof(float), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(float), nameof(float.Ceiling), typeof(float), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Ceiling<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Ceiling(x);

    /// <summary>The rule of <see cref="Math.Truncate(double)"/> and <see cref="double.Truncate(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Truncate), typeof(double), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(double), nameof(double.Truncate), typeof(double), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Truncate<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Truncate(x);

    /// <summary>The rule of <see cref="MathF.Truncate(float)"/> and <see cref="float.Truncate(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Truncate), typeof(float), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(float), nameof(float.Truncate), typeof(float), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Truncate<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Truncate(x);

    /// <summary>The rule of <see cref="Math.Round(double)"/> and <see cref="double.Round(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Round), typeof(double), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(double), nameof(double.Round), typeof(double), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Round<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Round(x, 0, MidpointRounding.ToEven);

    /// <summary>The rule of <see cref="MathF.Round(float)"/> and <see cref="float.Round(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Round), typeof(float), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(float), nameof(float.Round), typeof(float), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Round<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Round(x, 0, MidpointRounding.ToEven);

    /// <summary>The rule of <see cref="Math.Round(double, int)"/> and <see cref="double.Round(double, int)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Round), typeof(double), typeof(int), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(double), nameof(double.Round), typeof(double), typeof(int), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Round<TChunk>(Dual<TChunk> x, int digits)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Round(x, digits, MidpointRounding.ToEven);

    /// <summary>The rule of <see cref="MathF.Round(float, int)"/> and <see cref="float.Round(float, int)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Round), typeof(float), typeof(int), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(float), nameof(float.Round), typeof(float), typeof(int), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Round<TChunk>(FloatDual<TChunk> x, int digits)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Round(x, digits, MidpointRounding.ToEven);

    /// <summary>The rule of <see cref="Math.Round(double, MidpointRounding)"/> and <see cref="double.Round(double, MidpointRounding)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Round), typeof(double), typeof(MidpointRounding), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(double), nameof(double.Round), typeof(double), typeof(MidpointRounding), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Round<TChunk>(Dual<TChunk> x, MidpointRounding mode)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Round(x, 0, mode);

    /// <summary>The rule of <see cref="MathF.Round(float, MidpointRounding)"/> and <see cref="float.Round(float, MidpointRounding)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Round), typeof(float), typeof(MidpointRounding), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(float), nameof(float.Round), typeof(float), typeof(MidpointRounding), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Round<TChunk>(FloatDual<TChunk> x, MidpointRounding mode)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Round(x, 0, mode);

    /// <summary>The rule of <see cref="Math.Round(double, int, MidpointRounding)"/> and <see cref="double.Round(double, int, MidpointRounding)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Round), typeof(double), typeof(int), typeof(MidpointRounding), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(double), nameof(double.Round), typeof(double), typeof(int), typeof(MidpointRounding), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Round<TChunk>(Dual<TChunk> x, int digits, MidpointRounding mode)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Round(x, digits, mode);

    /// <summary>The rule of <see cref="MathF.Round(float, int, MidpointRounding)"/> and <see cref="float.Round(float, int, MidpointRounding)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Round), typeof(float), typeof(int), typeof(MidpointRounding), Kind = RuleKind.ZeroDerivative)]
    [FRule(typeof(float), nameof(float.Round), typeof(float), typeof(int), typeof(MidpointRounding), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Round<TChunk>(FloatDual<TChunk> x, int digits, MidpointRounding mode)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Round(x, digits, mode);
}
