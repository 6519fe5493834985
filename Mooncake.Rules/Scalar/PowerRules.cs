using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the powers and roots of <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> and <see cref="float"/>.</summary>
/// <remarks>
/// <para>A primal has one rule, whose arguments are all duals. Where the rule builder's activity
/// analysis finds that one argument of <c>Pow</c> carries no derivative, it calls a
/// specialisation instead: <see cref="PowConstantExponent{TChunk}(Dual{TChunk}, double)"/> for
/// <c>Math.Pow(x, 3.0)</c>, <see cref="PowConstantBase{TChunk}(double, Dual{TChunk})"/> for
/// <c>Math.Pow(2.0, y)</c>. They are not registered (their signatures are not the primal's), do
/// no tangent work for the constant, and apply strong zero to the one coefficient they use, so
/// <c>Math.Pow(x, 3.0)</c> at <c>x &lt; 0</c> has the finite derivative <c>3x²</c> where the
/// all-dual rule's exponent coefficient <c>x^y ln x</c> would be NaN.</para>
/// </remarks>
public static class PowerRules
{
    /// <summary>The rule of <see cref="Math.Pow(double, double)"/> and <see cref="double.Pow(double, double)"/>: both arguments active (see <see cref="PowConstantExponent{TChunk}(Dual{TChunk}, double)"/> and <see cref="PowConstantBase{TChunk}(double, Dual{TChunk})"/> for a constant argument).</summary>
    [FRule(typeof(Math), nameof(Math.Pow), typeof(double), typeof(double))]
    [FRule(typeof(double), nameof(double.Pow), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Pow<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Pow(x, y);

    /// <summary>The rule of <see cref="MathF.Pow(float, float)"/> and <see cref="float.Pow(float, float)"/>: both arguments active (see <see cref="PowConstantExponent{TChunk}(FloatDual{TChunk}, float)"/> and <see cref="PowConstantBase{TChunk}(float, FloatDual{TChunk})"/> for a constant argument).</summary>
    [FRule(typeof(MathF), nameof(MathF.Pow), typeof(float), typeof(float))]
    [FRule(typeof(float), nameof(float.Pow), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Pow<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Pow(x, y);

    /// <summary>The rule of <see cref="Math.Sqrt(double)"/> and <see cref="double.Sqrt(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Sqrt), typeof(double))]
    [FRule(typeof(double), nameof(double.Sqrt), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Sqrt<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Sqrt(x);

    /// <summary>The rule of <see cref="MathF.Sqrt(float)"/> and <see cref="float.Sqrt(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Sqrt), typeof(float))]
    [FRule(typeof(float), nameof(float.Sqrt), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Sqrt<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Sqrt(x);

    /// <summary>The rule of <see cref="Math.Cbrt(double)"/> and <see cref="double.Cbrt(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Cbrt), typeof(double))]
    [FRule(typeof(double), nameof(double.Cbrt), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Cbrt<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Cbrt(x);

    /// <summary>The rule of <see cref="MathF.Cbrt(float)"/> and <see cref="float.Cbrt(float)"/>.</summary>
    [FRule(typeof(MathF), nameof(MathF.Cbrt), typeof(float))]
    [FRule(typeof(float), nameof(float.Cbrt), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Cbrt<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Cbrt(x);

    /// <summary>The rule of <see cref="double.RootN(double, int)"/>.</summary>
    [FRule(typeof(double), nameof(double.RootN), typeof(double), typeof(int))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> RootN<TChunk>(Dual<TChunk> x, int n)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.RootN(x, n);

    /// <summary>The rule of <see cref="float.RootN(float, int)"/>.</summary>
    [FRule(typeof(float), nameof(float.RootN), typeof(float), typeof(int))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> RootN<TChunk>(FloatDual<TChunk> x, int n)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.RootN(x, n);

    /// <summary>The rule of <see cref="double.Hypot(double, double)"/>.</summary>
    [FRule(typeof(double), nameof(double.Hypot), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Hypot<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Hypot(x, y);

    /// <summary>The rule of <see cref="float.Hypot(float, float)"/>.</summary>
    [FRule(typeof(float), nameof(float.Hypot), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Hypot<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Hypot(x, y);

    /// <summary>
    /// <c>Math.Pow(x, c)</c> and <c>double.Pow(x, c)</c> for an exponent that carries no
    /// derivative: partials <c>x' c x^(c-1)</c>, zero for <c>c = 0</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> PowConstantExponent<TChunk>(Dual<TChunk> x, double y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Pow(x, y);

    /// <summary><c>MathF.Pow(x, c)</c> and <c>float.Pow(x, c)</c> for a constant exponent, as for <see cref="PowConstantExponent{TChunk}(Dual{TChunk}, double)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> PowConstantExponent<TChunk>(FloatDual<TChunk> x, float y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Pow(x, y);

    /// <summary>
    /// <c>Math.Pow(c, y)</c> and <c>double.Pow(c, y)</c> for a base that carries no derivative:
    /// partials <c>y' c^y ln c</c> (with the limit 0 at <c>c = 0</c> for <c>y &gt; 0</c>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> PowConstantBase<TChunk>(double x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Pow(x, y);

    /// <summary><c>MathF.Pow(c, y)</c> and <c>float.Pow(c, y)</c> for a constant base, as for <see cref="PowConstantBase{TChunk}(double, Dual{TChunk})"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> PowConstantBase<TChunk>(float x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Pow(x, y);
}
