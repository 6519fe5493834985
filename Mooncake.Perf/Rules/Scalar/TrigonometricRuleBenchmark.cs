using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Scalar;

/// <summary>The rules of the trigonometric functions, each against its primal, at widths 1, 4, 8 and 16 (8 and 16 also on the Vector512 chunks).</summary>
/// <typeparam name="TFunction">The function.</typeparam>
/// <typeparam name="TChunk">The chunk type.</typeparam>
[GenericTypeArguments(typeof(Sin), typeof(Chunk1))]
[GenericTypeArguments(typeof(Sin), typeof(Chunk4))]
[GenericTypeArguments(typeof(Sin), typeof(Chunk8))]
[GenericTypeArguments(typeof(Sin), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Sin), typeof(Chunk16))]
[GenericTypeArguments(typeof(Sin), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Tan), typeof(Chunk1))]
[GenericTypeArguments(typeof(Tan), typeof(Chunk4))]
[GenericTypeArguments(typeof(Tan), typeof(Chunk8))]
[GenericTypeArguments(typeof(Tan), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Tan), typeof(Chunk16))]
[GenericTypeArguments(typeof(Tan), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Asin), typeof(Chunk1))]
[GenericTypeArguments(typeof(Asin), typeof(Chunk4))]
[GenericTypeArguments(typeof(Asin), typeof(Chunk8))]
[GenericTypeArguments(typeof(Asin), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Asin), typeof(Chunk16))]
[GenericTypeArguments(typeof(Asin), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Atan2), typeof(Chunk1))]
[GenericTypeArguments(typeof(Atan2), typeof(Chunk4))]
[GenericTypeArguments(typeof(Atan2), typeof(Chunk8))]
[GenericTypeArguments(typeof(Atan2), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Atan2), typeof(Chunk16))]
[GenericTypeArguments(typeof(Atan2), typeof(Chunk16V512))]
public class TrigonometricRuleBenchmark<TFunction, TChunk> : ScalarRuleBenchmark<TFunction, TChunk>
    where TFunction : IScalarFunction
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary><see cref="Math.Sin(double)"/>.</summary>
public readonly struct Sin : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Sin(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => TrigonometricRules.Sin(x);
}

/// <summary><see cref="Math.Tan(double)"/>.</summary>
public readonly struct Tan : IScalarFunction
{
    /// <inheritdoc/>
    public static (double Min, double Max) Range(int argument) => (-1.2, 1.2);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Tan(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => TrigonometricRules.Tan(x);
}

/// <summary><see cref="Math.Asin(double)"/>.</summary>
public readonly struct Asin : IScalarFunction
{
    /// <inheritdoc/>
    public static (double Min, double Max) Range(int argument) => (-0.9, 0.9);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Asin(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => TrigonometricRules.Asin(x);
}

/// <summary><see cref="Math.Atan2(double, double)"/>.</summary>
public readonly struct Atan2 : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Atan2(x, y);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => TrigonometricRules.Atan2(x, y);
}
