using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Perf.Tangents;

/// <summary>The workload operations on the library's SIMD dual <see cref="Dual{TChunk}"/>, through its operators and functions.</summary>
/// <typeparam name="TChunk">The chunk type; it fixes the width and the vector size.</typeparam>
public readonly struct ChunkDualOps<TChunk> : IDualOps<Dual<TChunk>>
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <inheritdoc/>
    public static int Width => TChunk.Width;

    /// <inheritdoc/>
    public static Dual<TChunk> Zero => Dual<TChunk>.Zero;

    /// <inheritdoc/>
    public static double Value(in Dual<TChunk> x) => x.Value;

    /// <inheritdoc/>
    public static double Lane(in Dual<TChunk> x, int lane) => x[lane];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Load(double value, ref readonly double lanes, out Dual<TChunk> r) => r = new(value, TChunk.LoadUnsafe(in lanes));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in Dual<TChunk> x, in Dual<TChunk> y, out Dual<TChunk> r) => r = x + y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in Dual<TChunk> x, double c, out Dual<TChunk> r) => r = x + c;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(in Dual<TChunk> x, in Dual<TChunk> y, out Dual<TChunk> r) => r = x * y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(in Dual<TChunk> x, double c, out Dual<TChunk> r) => r = x * c;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Divide(in Dual<TChunk> x, in Dual<TChunk> y, out Dual<TChunk> r) => r = x / y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exp(in Dual<TChunk> x, out Dual<TChunk> r) => r = Dual<TChunk>.Exp(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Log(in Dual<TChunk> x, out Dual<TChunk> r) => r = Dual<TChunk>.Log(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sin(in Dual<TChunk> x, out Dual<TChunk> r) => r = Dual<TChunk>.Sin(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Cos(in Dual<TChunk> x, out Dual<TChunk> r) => r = Dual<TChunk>.Cos(x);
}
