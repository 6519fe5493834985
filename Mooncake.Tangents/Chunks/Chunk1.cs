using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 1 <see cref="double"/> lane, stored as one <see cref="double"/>.
/// </summary>
public readonly struct Chunk1 : IChunk<Chunk1, double>
{
    private readonly double _v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Chunk1(double v)
    {
        _v = v;
    }

    /// <inheritdoc/>
    public static int Width => 1;

    /// <inheritdoc/>
    public static Chunk1 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 Broadcast(double value) => new(value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 OneHot(int lane, double value) => ChunkLanes.With<Chunk1, double>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 Add(Chunk1 a, Chunk1 b) => new(a._v + b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 Subtract(Chunk1 a, Chunk1 b) => new(a._v - b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 Negate(Chunk1 a) => new(-a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 Multiply(Chunk1 a, Chunk1 b) => new(a._v * b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 Scale(Chunk1 a, double s) => new(a._v * s);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 ScaleStrongZero(Chunk1 a, double s) => new(a._v == 0.0 ? 0.0 : a._v * s);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 MulAdd(Chunk1 a, double s, Chunk1 c) => new(double.FusedMultiplyAdd(a._v, s, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 MulAdd(Chunk1 a, Chunk1 b, Chunk1 c) => new(double.FusedMultiplyAdd(a._v, b._v, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 Combine(Chunk1 a, double s, Chunk1 b, double t) => new(double.FusedMultiplyAdd(a._v, s, b._v * t));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Chunk1 a) => a._v;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 LoadUnsafe(ref readonly double source) => new(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Chunk1 value, ref double destination)
    {
        destination = value._v;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk1 Load(ReadOnlySpan<double> source) => ChunkLanes.Load<Chunk1, double>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => ChunkLanes.Store<Chunk1, double>(this, destination);

    /// <inheritdoc/>
    public double this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<Chunk1, double>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Chunk1 WithLane(int lane, double value) => ChunkLanes.With<Chunk1, double>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="double.Equals(double)"/>.</summary>
    public bool Equals(Chunk1 other) => ChunkLanes.Equal<Chunk1, double>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Chunk1 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<Chunk1, double>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<Chunk1, double>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(Chunk1)"/>.</summary>
    public static bool operator ==(Chunk1 left, Chunk1 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(Chunk1)"/>.</summary>
    public static bool operator !=(Chunk1 left, Chunk1 right) => !left.Equals(right);
}
