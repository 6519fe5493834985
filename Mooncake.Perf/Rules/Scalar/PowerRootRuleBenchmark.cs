using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Scalar;

/// <summary>The rules of the powers and roots, each against its primal, at widths 1, 4, 8 and 16 (8 and 16 also on the Vector512 chunks).</summary>
/// <typeparam name="TFunction">The function.</typeparam>
/// <typeparam name="TChunk">The chunk type.</typeparam>
[GenericTypeArguments(typeof(Sqrt), typeof(Chunk1))]
[GenericTypeArguments(typeof(Sqrt), typeof(Chunk4))]
[GenericTypeArguments(typeof(Sqrt), typeof(Chunk8))]
[GenericTypeArguments(typeof(Sqrt), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Sqrt), typeof(Chunk16))]
[GenericTypeArguments(typeof(Sqrt), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Cbrt), typeof(Chunk1))]
[GenericTypeArguments(typeof(Cbrt), typeof(Chunk4))]
[GenericTypeArguments(typeof(Cbrt), typeof(Chunk8))]
[GenericTypeArguments(typeof(Cbrt), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Cbrt), typeof(Chunk16))]
[GenericTypeArguments(typeof(Cbrt), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Pow), typeof(Chunk1))]
[GenericTypeArguments(typeof(Pow), typeof(Chunk4))]
[GenericTypeArguments(typeof(Pow), typeof(Chunk8))]
[GenericTypeArguments(typeof(Pow), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Pow), typeof(Chunk16))]
[GenericTypeArguments(typeof(Pow), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(PowConstantExponent), typeof(Chunk1))]
[GenericTypeArguments(typeof(PowConstantExponent), typeof(Chunk4))]
[GenericTypeArguments(typeof(PowConstantExponent), typeof(Chunk8))]
[GenericTypeArguments(typeof(PowConstantExponent), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(PowConstantExponent), typeof(Chunk16))]
[GenericTypeArguments(typeof(PowConstantExponent), typeof(Chunk16V512))]
[GenericTypeArguments(typeof(Hypot), typeof(Chunk1))]
[GenericTypeArguments(typeof(Hypot), typeof(Chunk4))]
[GenericTypeArguments(typeof(Hypot), typeof(Chunk8))]
[GenericTypeArguments(typeof(Hypot), typeof(Chunk8V512))]
[GenericTypeArguments(typeof(Hypot), typeof(Chunk16))]
[GenericTypeArguments(typeof(Hypot), typeof(Chunk16V512))]
public class PowerRootRuleBenchmark<TFunction, TChunk> : ScalarRuleBenchmark<TFunction, TChunk>
    where TFunction : IScalarFunction
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary><see cref="Math.Sqrt(double)"/>.</summary>
public readonly struct Sqrt : IScalarFunction
{
    /// <inheritdoc/>
    public static (double Min, double Max) Range(int argument) => (0.1, 4.0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Sqrt(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => PowerRules.Sqrt(x);
}

/// <summary><see cref="Math.Cbrt(double)"/>.</summary>
public readonly struct Cbrt : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Cbrt(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => PowerRules.Cbrt(x);
}

/// <summary><see cref="Math.Pow(double, double)"/> with both arguments active.</summary>
public readonly struct Pow : IScalarFunction
{
    /// <inheritdoc/>
    public static (double Min, double Max) Range(int argument) => argument == 0 ? (0.1, 4.0) : (-2.0, 2.0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Pow(x, y);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => PowerRules.Pow(x, y);
}

/// <summary><see cref="Math.Pow(double, double)"/> with the constant exponent 3.</summary>
public readonly struct PowConstantExponent : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => Math.Pow(x, 3.0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => PowerRules.PowConstantExponent(x, 3.0);
}

/// <summary><see cref="double.Hypot(double, double)"/>.</summary>
public readonly struct Hypot : IScalarFunction
{
    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Primal(in double x, in double y, in double z) => double.Hypot(x, y);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>
        => PowerRules.Hypot(x, y);
}
