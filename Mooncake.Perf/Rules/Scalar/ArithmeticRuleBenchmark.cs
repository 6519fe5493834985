using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Scalar;

/// <summary>The rules of the arithmetic: the operators and the fused multiply-add, each against its primal, at widths 1, 4, 8 and 16 (8 and 16 also on the Vector512 chunks).</summary>
/// <typeparam name="TFunction">The function.</typeparam>
/// <typeparam name="TChunk">The chunk type.</typeparam>
[GenericTypeArguments(typeof(Add), typeof(Chunk1))]
[GenericTypeArguments(typeof(Add), typeof(Chunk4))]
[GenericTypeArguments(typeof(Add), typeof(Chunk8))]
[GenericTypeArguments(typeof(Add), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Add), typeof(Chunk16))]
[GenericTypeArguments(typeof(Add), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Multiply), typeof(Chunk1))]
[GenericTypeArguments(typeof(Multiply), typeof(Chunk4))]
[GenericTypeArguments(typeof(Multiply), typeof(Chunk8))]
[GenericTypeArguments(typeof(Multiply), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Multiply), typeof(Chunk16))]
[GenericTypeArguments(typeof(Multiply), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Divide), typeof(Chunk1))]
[GenericTypeArguments(typeof(Divide), typeof(Chunk4))]
[GenericTypeArguments(typeof(Divide), typeof(Chunk8))]
[GenericTypeArguments(typeof(Divide), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Divide), typeof(Chunk16))]
[GenericTypeArguments(typeof(Divide), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(FusedMultiplyAdd), typeof(Chunk1))]
[GenericTypeArguments(typeof(FusedMultiplyAdd), typeof(Chunk4))]
[GenericTypeArguments(typeof(FusedMultiplyAdd), typeof(Chunk8))]
[GenericTypeArguments(typeof(FusedMultiplyAdd), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(FusedMultiplyAdd), typeof(Chunk16))]
[GenericTypeArguments(typeof(FusedMultiplyAdd), typeof(Chunk16V512))]
public class ArithmeticRuleBenchmark<TFunction, TChunk> : ScalarRuleBenchmark<TFunction, TChunk>
    where TFunction : IScalarFunction
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>the operator <c>+</c> (<c>op_Addition</c> and the <c>add</c> instruction).</summary>
public readonly struct Add : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => x + y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => OperatorRules.Add(x, y);
}

/// <summary>the operator <c>*</c>.</summary>
public readonly struct Multiply : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => x * y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => OperatorRules.Multiply(x, y);
}

/// <summary>the operator <c>/</c>.</summary>
public readonly struct Divide : IScalarFunction
{
    /// <inheritdoc/>
    public static (double Min, double Max) Range(int argument) => argument == 1 ? (0.5, 2.0) : (-2.0, 2.0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => x / y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => OperatorRules.Divide(x, y);
}

/// <summary><see cref="Math.FusedMultiplyAdd(double, double, double)"/>.</summary>
public readonly struct FusedMultiplyAdd : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.FusedMultiplyAdd(x, y, z);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => ArithmeticRules.FusedMultiplyAdd(x, y, z);
}
