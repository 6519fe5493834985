using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for the conversions to <see cref="double"/> and <see cref="float"/>: the generic-math
/// <c>CreateChecked</c>, <c>CreateSaturating</c> and <c>CreateTruncating</c> from a floating-point
/// type, and the conversion instructions of <see cref="ILPrimitives"/>.
/// </summary>
/// <remarks>
/// A cast between <see cref="float"/> and <see cref="double"/> has derivative 1 (see
/// <see cref="DualConversion"/>). A conversion from an integer gives a constant; those rules are
/// <see cref="RuleKind.ZeroDerivative"/>. The <c>Create*</c> methods from integer types have no
/// rule: their argument carries no derivative (the coverage report lists the instantiations that have one).
/// </remarks>
public static class ConversionRules
{
    /// <summary>The rule of the widening casts to <see cref="double"/>: <c>double.CreateChecked&lt;float&gt;</c> (and the saturating and truncating forms) and the instruction <see cref="ILPrimitives.ConvR8(float)"/>.</summary>
    [FRule(typeof(double), nameof(double.CreateChecked), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(double), nameof(double.CreateSaturating), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(double), nameof(double.CreateTruncating), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR8), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DoubleFromSingle<TFloatChunk, TChunk>(FloatDual<TFloatChunk> x)
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
        where TChunk : struct, IChunk<TChunk, double>
        => DualConversion.ToDouble<TFloatChunk, TChunk>(x);

    /// <summary>The rule of the narrowing casts to <see cref="float"/>: <c>float.CreateChecked&lt;double&gt;</c> (and the saturating and truncating forms, which round an out-of-range value to infinity as the cast does) and the instruction <see cref="ILPrimitives.ConvR4(double)"/>.</summary>
    [FRule(typeof(float), nameof(float.CreateChecked), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    [FRule(typeof(float), nameof(float.CreateSaturating), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    [FRule(typeof(float), nameof(float.CreateTruncating), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR4), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TFloatChunk> SingleFromDouble<TChunk, TFloatChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
        => DualConversion.ToSingle<TChunk, TFloatChunk>(x);

    /// <summary>The rule of the identity conversions of <see cref="double"/>: <c>double.CreateChecked&lt;double&gt;</c> (and the saturating and truncating forms) and <see cref="ILPrimitives.ConvR8(double)"/>.</summary>
    [FRule(typeof(double), nameof(double.CreateChecked), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    [FRule(typeof(double), nameof(double.CreateSaturating), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    [FRule(typeof(double), nameof(double.CreateTruncating), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR8), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DoubleFromDouble<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => x;

    /// <summary>The rule of the identity conversions of <see cref="float"/>: <c>float.CreateChecked&lt;float&gt;</c> (and the saturating and truncating forms) and <see cref="ILPrimitives.ConvR4(float)"/>.</summary>
    [FRule(typeof(float), nameof(float.CreateChecked), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(float), nameof(float.CreateSaturating), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(float), nameof(float.CreateTruncating), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR4), typeof(float))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> SingleFromSingle<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => x;

    /// <summary>The rule of <see cref="ILPrimitives.ConvR8(int)"/>: a constant.</summary>
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR8), typeof(int), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DoubleFromInt32<TChunk>(int x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Constant(ILPrimitives.ConvR8(x));

    /// <summary>The rule of <see cref="ILPrimitives.ConvR8(long)"/>: a constant.</summary>
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR8), typeof(long), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DoubleFromInt64<TChunk>(long x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Constant(ILPrimitives.ConvR8(x));

    /// <summary>The rule of <see cref="ILPrimitives.ConvR8(nint)"/>: a constant.</summary>
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR8), typeof(nint), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DoubleFromNativeInt<TChunk>(nint x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Constant(ILPrimitives.ConvR8(x));

    /// <summary>The rule of <see cref="ILPrimitives.ConvR4(int)"/>: a constant.</summary>
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR4), typeof(int), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> SingleFromInt32<TChunk>(int x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Constant(ILPrimitives.ConvR4(x));

    /// <summary>The rule of <see cref="ILPrimitives.ConvR4(long)"/>: a constant.</summary>
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR4), typeof(long), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> SingleFromInt64<TChunk>(long x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Constant(ILPrimitives.ConvR4(x));

    /// <summary>The rule of <see cref="ILPrimitives.ConvR4(nint)"/>: a constant.</summary>
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvR4), typeof(nint), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> SingleFromNativeInt<TChunk>(nint x)
        where TChunk : struct, IChunk<TChunk, float>
        => DualMath<FloatDual<TChunk>, TChunk, float>.Constant(ILPrimitives.ConvR4(x));

    /// <summary>The rule of <see cref="ILPrimitives.ConvRUn(uint)"/>: a constant.</summary>
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvRUn), typeof(uint), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DoubleFromUInt32<TChunk>(uint x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Constant(ILPrimitives.ConvRUn(x));

    /// <summary>The rule of <see cref="ILPrimitives.ConvRUn(ulong)"/>: a constant.</summary>
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvRUn), typeof(ulong), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DoubleFromUInt64<TChunk>(ulong x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Constant(ILPrimitives.ConvRUn(x));

    /// <summary>The rule of <see cref="ILPrimitives.ConvRUn(nuint)"/>: a constant.</summary>
    [FRule(typeof(ILPrimitives), nameof(ILPrimitives.ConvRUn), typeof(nuint), Kind = RuleKind.ZeroDerivative)]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> DoubleFromNativeUInt<TChunk>(nuint x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Constant(ILPrimitives.ConvRUn(x));
}
