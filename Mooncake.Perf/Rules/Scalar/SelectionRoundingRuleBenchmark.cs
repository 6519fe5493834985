using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Scalar;

/// <summary>The rules of the selection and rounding, each against its primal, at widths 1, 4, 8 and 16 (8 and 16 also on the Vector512 chunks).</summary>
/// <typeparam name="TFunction">The function.</typeparam>
/// <typeparam name="TChunk">The chunk type.</typeparam>
[GenericTypeArguments(typeof(Abs), typeof(Chunk1))]
[GenericTypeArguments(typeof(Abs), typeof(Chunk4))]
[GenericTypeArguments(typeof(Abs), typeof(Chunk8))]
[GenericTypeArguments(typeof(Abs), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Abs), typeof(Chunk16))]
[GenericTypeArguments(typeof(Abs), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Max), typeof(Chunk1))]
[GenericTypeArguments(typeof(Max), typeof(Chunk4))]
[GenericTypeArguments(typeof(Max), typeof(Chunk8))]
[GenericTypeArguments(typeof(Max), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Max), typeof(Chunk16))]
[GenericTypeArguments(typeof(Max), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Clamp), typeof(Chunk1))]
[GenericTypeArguments(typeof(Clamp), typeof(Chunk4))]
[GenericTypeArguments(typeof(Clamp), typeof(Chunk8))]
[GenericTypeArguments(typeof(Clamp), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Clamp), typeof(Chunk16))]
[GenericTypeArguments(typeof(Clamp), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Floor), typeof(Chunk1))]
[GenericTypeArguments(typeof(Floor), typeof(Chunk4))]
[GenericTypeArguments(typeof(Floor), typeof(Chunk8))]
[GenericTypeArguments(typeof(Floor), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Floor), typeof(Chunk16))]
[GenericTypeArguments(typeof(Floor), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Round), typeof(Chunk1))]
[GenericTypeArguments(typeof(Round), typeof(Chunk4))]
[GenericTypeArguments(typeof(Round), typeof(Chunk8))]
[GenericTypeArguments(typeof(Round), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Round), typeof(Chunk16))]
[GenericTypeArguments(typeof(Round), typeof(Chunk16V512))]
public class SelectionRoundingRuleBenchmark<TFunction, TChunk> : ScalarRuleBenchmark<TFunction, TChunk>
    where TFunction : IScalarFunction
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary><see cref="Math.Abs(double)"/>.</summary>
public readonly struct Abs : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Abs(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => SelectionRules.Abs(x);
}

/// <summary><see cref="Math.Max(double, double)"/>.</summary>
public readonly struct Max : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Max(x, y);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => SelectionRules.Max(x, y);
}

/// <summary><see cref="Math.Clamp(double, double, double)"/>.</summary>
public readonly struct Clamp : IScalarFunction
{
    /// <inheritdoc/>
    public static (double Min, double Max) Range(int argument) => argument switch { 1 => (-1.5, -0.5), 2 => (0.5, 1.5), _ => (-2.0, 2.0) };

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Clamp(x, y, z);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => SelectionRules.Clamp(x, y, z);
}

/// <summary><see cref="Math.Floor(double)"/>.</summary>
public readonly struct Floor : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Floor(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => RoundingRules.Floor(x);
}

/// <summary><see cref="Math.Round(double)"/>.</summary>
public readonly struct Round : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Round(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => RoundingRules.Round(x);
}
