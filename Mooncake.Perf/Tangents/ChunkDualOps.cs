using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Perf.Tangents;

/// <summary>The workload operations on the library's SIMD dual <see cref="Dual{TChunk}"/>.</summary>
/// <typeparam name="TChunk">The chunk type; it fixes the width and the vector size.</typeparam>
public readonly struct ChunkDualOps<TChunk> : IDualOps<Dual<TChunk>>
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <inheritdoc/>
    public static int Width => TChunk.Width;

    /// <inheritdoc/>
    public static Dual<TChunk> Zero => Dual<TChunk>.Zero;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Load(double value, ref readonly double lanes) => new(value, TChunk.LoadUnsafe(in lanes));

    /// <inheritdoc/>
    public static double Value(in Dual<TChunk> x) => x.Value;

    /// <inheritdoc/>
    public static double Lane(in Dual<TChunk> x, int lane) => x[lane];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Add(in Dual<TChunk> x, in Dual<TChunk> y) => x + y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Add(in Dual<TChunk> x, double c) => x + c;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Multiply(in Dual<TChunk> x, in Dual<TChunk> y) => x * y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Multiply(in Dual<TChunk> x, double c) => x * c;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Divide(in Dual<TChunk> x, in Dual<TChunk> y) => x / y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Exp(in Dual<TChunk> x) => Dual<TChunk>.Exp(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Log(in Dual<TChunk> x) => Dual<TChunk>.Log(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Sin(in Dual<TChunk> x) => Dual<TChunk>.Sin(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Cos(in Dual<TChunk> x) => Dual<TChunk>.Cos(x);
}
