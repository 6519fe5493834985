using System.Numerics;
using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for the arithmetic operators of <see cref="double"/> and <see cref="float"/>. Generic
/// math reaches them as static abstract interface members (<c>constrained. double</c>
/// <c>IMultiplyOperators&lt;double, double, double&gt;.op_Multiply</c>), registered here as the
/// implementation the constrained call runs; plain C# compiles them to IL instructions, whose
/// primals are in <see cref="ILPrimitives"/>.
/// </summary>
/// <remarks>
/// The checked operators (<c>op_CheckedAddition</c>...) are default interface methods that
/// <see cref="double"/> and <see cref="float"/> do not override (floating-point arithmetic does
/// not overflow-check); they compute the same value and share the rule.
/// </remarks>
public static class OperatorRules
{
    /// <summary>The rule of <c>x + y</c> on <see cref="double"/>: the generic-math operators (<c>op_Addition</c>, <c>op_CheckedAddition</c>) and the instruction <see cref="ILPrimitives.Add(double, double)"/>.</summary>
    [FRule(typeof(IAdditionOperators<double, double, double>), "op_Addition", typeof(double), typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(IAdditionOperators<double, double, double>), "op_CheckedAddition", typeof(double), typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Add), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Add<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Add(x, y);

    /// <summary>The rule of <c>x - y</c> on <see cref="double"/>: the generic-math operators (<c>op_Subtraction</c>, <c>op_CheckedSubtraction</c>) and the instruction <see cref="ILPrimitives.Sub(double, double)"/>.</summary>
    [FRule(typeof(ISubtractionOperators<double, double, double>), "op_Subtraction", typeof(double), typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(ISubtractionOperators<double, double, double>), "op_CheckedSubtraction", typeof(double), typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Sub), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Subtract<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Subtract(x, y);

    /// <summary>The rule of <c>x * y</c> on <see cref="double"/>: the generic-math operators (<c>op_Multiply</c>, <c>op_CheckedMultiply</c>) and the instruction <see cref="ILPrimitives.Mul(double, double)"/>.</summary>
    [FRule(typeof(IMultiplyOperators<double, double, double>), "op_Multiply", typeof(double), typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(IMultiplyOperators<double, double, double>), "op_CheckedMultiply", typeof(double), typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Mul), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Multiply<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Multiply(x, y);

    /// <summary>The rule of <c>x / y</c> on <see cref="double"/>: the generic-math operators (<c>op_Division</c>, <c>op_CheckedDivision</c>) and the instruction <see cref="ILPrimitives.Div(double, double)"/>.</summary>
    [FRule(typeof(IDivisionOperators<double, double, double>), "op_Division", typeof(double), typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(IDivisionOperators<double, double, double>), "op_CheckedDivision", typeof(double), typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Div), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Divide<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Divide(x, y);

    /// <summary>The rule of <c>x % y</c> (truncated) on <see cref="double"/>: the generic-math operator (<c>op_Modulus</c>) and the instruction <see cref="ILPrimitives.Rem(double, double)"/>.</summary>
    [FRule(typeof(IModulusOperators<double, double, double>), "op_Modulus", typeof(double), typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Rem), typeof(double), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Remainder<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Remainder(x, y);

    /// <summary>The rule of <c>-x</c> on <see cref="double"/>: the generic-math operators (<c>op_UnaryNegation</c>, <c>op_CheckedUnaryNegation</c>) and the instruction <see cref="ILPrimitives.Neg(double)"/>.</summary>
    [FRule(typeof(IUnaryNegationOperators<double, double>), "op_UnaryNegation", typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(IUnaryNegationOperators<double, double>), "op_CheckedUnaryNegation", typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Neg), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Negate<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Negate(x);

    /// <summary>The rule of <c>+x</c> on <see cref="double"/>: the generic-math operator (<c>op_UnaryPlus</c>).</summary>
    [FRule(typeof(IUnaryPlusOperators<double, double>), "op_UnaryPlus", typeof(double), ConstrainedTo = typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Plus<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => x;

    /// <summary>The rule of <c>x + 1</c> (<c>++</c>) on <see cref="double"/>: the generic-math operators (<c>op_Increment</c>, <c>op_CheckedIncrement</c>).</summary>
    [FRule(typeof(IIncrementOperators<double>), "op_Increment", typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(IIncrementOperators<double>), "op_CheckedIncrement", typeof(double), ConstrainedTo = typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Increment<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Increment(x);

    /// <summary>The rule of <c>x - 1</c> (<c>--</c>) on <see cref="double"/>: the generic-math operators (<c>op_Decrement</c>, <c>op_CheckedDecrement</c>).</summary>
    [FRule(typeof(IDecrementOperators<double>), "op_Decrement", typeof(double), ConstrainedTo = typeof(double))]
    [FRule(typeof(IDecrementOperators<double>), "op_CheckedDecrement", typeof(double), ConstrainedTo = typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Decrement<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Decrement(x);

    /// <summary>The rule of <c>x + y</c> on <see cref="float"/>: the generic-math operators (<c>op_Addition</c>, <c>op_CheckedAddition</c>) and the instruction <see cref="ILPrimitives.Add(float, float)"/>.</summary>
    [FRule(typeof(IAdditionOperators<float, float, float>), "op_Addition", typeof(float), typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(IAdditionOperators<float, float, float>), "op_CheckedAddition", typeof(float), typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Add), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Add<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Add(x, y);

    /// <summary>The rule of <c>x - y</c> on <see cref="float"/>: the generic-math operators (<c>op_Subtraction</c>, <c>op_CheckedSubtraction</c>) and the instruction <see cref="ILPrimitives.Sub(float, float)"/>.</summary>
    [FRule(typeof(ISubtractionOperators<float, float, float>), "op_Subtraction", typeof(float), typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(ISubtractionOperators<float, float, float>), "op_CheckedSubtraction", typeof(float), typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Sub), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Subtract<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Subtract(x, y);

    /// <summary>The rule of <c>x * y</c> on <see cref="float"/>: the generic-math operators (<c>op_Multiply</c>, <c>op_CheckedMultiply</c>) and the instruction <see cref="ILPrimitives.Mul(float, float)"/>.</summary>
    [FRule(typeof(IMultiplyOperators<float, float, float>), "op_Multiply", typeof(float), typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(IMultiplyOperators<float, float, float>), "op_CheckedMultiply", typeof(float), typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Mul), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Multiply<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Multiply(x, y);

    /// <summary>The rule of <c>x / y</c> on <see cref="float"/>: the generic-math operators (<c>op_Division</c>, <c>op_CheckedDivision</c>) and the instruction <see cref="ILPrimitives.Div(float, float)"/>.</summary>
    [FRule(typeof(IDivisionOperators<float, float, float>), "op_Division", typeof(float), typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(IDivisionOperators<float, float, float>), "op_CheckedDivision", typeof(float), typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Div), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Divide<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Divide(x, y);

    /// <summary>The rule of <c>x % y</c> (truncated) on <see cref="float"/>: the generic-math operator (<c>op_Modulus</c>) and the instruction <see cref="ILPrimitives.Rem(float, float)"/>.</summary>
    [FRule(typeof(IModulusOperators<float, float, float>), "op_Modulus", typeof(float), typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Rem), typeof(float), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Remainder<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Remainder(x, y);

    /// <summary>The rule of <c>-x</c> on <see cref="float"/>: the generic-math operators (<c>op_UnaryNegation</c>, <c>op_CheckedUnaryNegation</c>) and the instruction <see cref="ILPrimitives.Neg(float)"/>.</summary>
    [FRule(typeof(IUnaryNegationOperators<float, float>), "op_UnaryNegation", typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(IUnaryNegationOperators<float, float>), "op_CheckedUnaryNegation", typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.Neg), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Negate<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Negate(x);

    /// <summary>The rule of <c>+x</c> on <see cref="float"/>: the generic-math operator (<c>op_UnaryPlus</c>).</summary>
    [FRule(typeof(IUnaryPlusOperators<float, float>), "op_UnaryPlus", typeof(float), ConstrainedTo = typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Plus<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => x;

    /// <summary>The rule of <c>x + 1</c> (<c>++</c>) on <see cref="float"/>: the generic-math operators (<c>op_Increment</c>, <c>op_CheckedIncrement</c>).</summary>
    [FRule(typeof(IIncrementOperators<float>), "op_Increment", typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(IIncrementOperators<float>), "op_CheckedIncrement", typeof(float), ConstrainedTo = typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Increment<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Increment(x);

    /// <summary>The rule of <c>x - 1</c> (<c>--</c>) on <see cref="float"/>: the generic-math operators (<c>op_Decrement</c>, <c>op_CheckedDecrement</c>).</summary>
    [FRule(typeof(IDecrementOperators<float>), "op_Decrement", typeof(float), ConstrainedTo = typeof(float))]
    [FRule(typeof(IDecrementOperators<float>), "op_CheckedDecrement", typeof(float), ConstrainedTo = typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Decrement<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Decrement(x);
}
