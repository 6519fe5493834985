using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Scalar;

/// <summary>The rules of the exponentials and logarithms, each against its primal, at widths 1, 4, 8 and 16 (8 and 16 also on the Vector512 chunks).</summary>
/// <typeparam name="TFunction">The function.</typeparam>
/// <typeparam name="TChunk">The chunk type.</typeparam>
[GenericTypeArguments(typeof(Exp), typeof(Chunk1))]
[GenericTypeArguments(typeof(Exp), typeof(Chunk4))]
[GenericTypeArguments(typeof(Exp), typeof(Chunk8))]
[GenericTypeArguments(typeof(Exp), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Exp), typeof(Chunk16))]
[GenericTypeArguments(typeof(Exp), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(ExpM1), typeof(Chunk1))]
[GenericTypeArguments(typeof(ExpM1), typeof(Chunk4))]
[GenericTypeArguments(typeof(ExpM1), typeof(Chunk8))]
[GenericTypeArguments(typeof(ExpM1), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(ExpM1), typeof(Chunk16))]
[GenericTypeArguments(typeof(ExpM1), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Log), typeof(Chunk1))]
[GenericTypeArguments(typeof(Log), typeof(Chunk4))]
[GenericTypeArguments(typeof(Log), typeof(Chunk8))]
[GenericTypeArguments(typeof(Log), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Log), typeof(Chunk16))]
[GenericTypeArguments(typeof(Log), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Log2), typeof(Chunk1))]
[GenericTypeArguments(typeof(Log2), typeof(Chunk4))]
[GenericTypeArguments(typeof(Log2), typeof(Chunk8))]
[GenericTypeArguments(typeof(Log2), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Log2), typeof(Chunk16))]
[GenericTypeArguments(typeof(Log2), typeof(Chunk16V512))]
public class ExponentialLogRuleBenchmark<TFunction, TChunk> : ScalarRuleBenchmark<TFunction, TChunk>
    where TFunction : IScalarFunction
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary><see cref="Math.Exp(double)"/>.</summary>
public readonly struct Exp : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Exp(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => ExponentialRules.Exp(x);
}

/// <summary><see cref="double.ExpM1(double)"/>.</summary>
public readonly struct ExpM1 : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => double.ExpM1(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => ExponentialRules.ExpM1(x);
}

/// <summary><see cref="Math.Log(double)"/>.</summary>
public readonly struct Log : IScalarFunction
{
    /// <inheritdoc/>
    public static (double Min, double Max) Range(int argument) => (0.1, 4.0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Log(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => LogarithmRules.Log(x);
}

/// <summary><see cref="Math.Log2(double)"/>.</summary>
public readonly struct Log2 : IScalarFunction
{
    /// <inheritdoc/>
    public static (double Min, double Max) Range(int argument) => (0.1, 4.0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Log2(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => LogarithmRules.Log2(x);
}
