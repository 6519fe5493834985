using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Scalar;

/// <summary>The rules of the hyperbolic functions, each against its primal, at widths 1, 4, 8 and 16 (8 and 16 also on the Vector512 chunks).</summary>
/// <typeparam name="TFunction">The function.</typeparam>
/// <typeparam name="TChunk">The chunk type.</typeparam>
[GenericTypeArguments(typeof(Sinh), typeof(Chunk1))]
[GenericTypeArguments(typeof(Sinh), typeof(Chunk4))]
[GenericTypeArguments(typeof(Sinh), typeof(Chunk8))]
[GenericTypeArguments(typeof(Sinh), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Sinh), typeof(Chunk16))]
[GenericTypeArguments(typeof(Sinh), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Tanh), typeof(Chunk1))]
[GenericTypeArguments(typeof(Tanh), typeof(Chunk4))]
[GenericTypeArguments(typeof(Tanh), typeof(Chunk8))]
[GenericTypeArguments(typeof(Tanh), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Tanh), typeof(Chunk16))]
[GenericTypeArguments(typeof(Tanh), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Asinh), typeof(Chunk1))]
[GenericTypeArguments(typeof(Asinh), typeof(Chunk4))]
[GenericTypeArguments(typeof(Asinh), typeof(Chunk8))]
[GenericTypeArguments(typeof(Asinh), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Asinh), typeof(Chunk16))]
[GenericTypeArguments(typeof(Asinh), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Atanh), typeof(Chunk1))]
[GenericTypeArguments(typeof(Atanh), typeof(Chunk4))]
[GenericTypeArguments(typeof(Atanh), typeof(Chunk8))]
[GenericTypeArguments(typeof(Atanh), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Atanh), typeof(Chunk16))]
[GenericTypeArguments(typeof(Atanh), typeof(Chunk16V512))]
public class HyperbolicRuleBenchmark<TFunction, TChunk> : ScalarRuleBenchmark<TFunction, TChunk>
    where TFunction : IScalarFunction
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary><see cref="Math.Sinh(double)"/>.</summary>
public readonly struct Sinh : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Sinh(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => HyperbolicRules.Sinh(x);
}

/// <summary><see cref="Math.Tanh(double)"/>.</summary>
public readonly struct Tanh : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Tanh(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => HyperbolicRules.Tanh(x);
}

/// <summary><see cref="Math.Asinh(double)"/>.</summary>
public readonly struct Asinh : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Asinh(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => HyperbolicRules.Asinh(x);
}

/// <summary><see cref="Math.Atanh(double)"/>.</summary>
public readonly struct Atanh : IScalarFunction
{
    /// <inheritdoc/>
    public static (double Min, double Max) Range(int argument) => (-0.9, 0.9);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Atanh(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => HyperbolicRules.Atanh(x);
}
