using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 4 <see cref="double"/> lanes, stored as one <see cref="Vector256{T}"/> of doubles.
/// </summary>
public readonly struct Chunk4 : IChunk<Chunk4, double>
{
    private readonly Vector256<double> _v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Chunk4(Vector256<double> v)
    {
        _v = v;
    }

    /// <inheritdoc/>
    public static int Width => 4;

    /// <inheritdoc/>
    public static Chunk4 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 Broadcast(double value)
    {
        var v = Vector256.Create(value);
        return new(v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 OneHot(int lane, double value) => ChunkLanes.With<Chunk4, double>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 Add(Chunk4 a, Chunk4 b) => new(a._v + b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 Subtract(Chunk4 a, Chunk4 b) => new(a._v - b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 Negate(Chunk4 a) => new(-a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 Multiply(Chunk4 a, Chunk4 b) => new(a._v * b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 Scale(Chunk4 a, double s)
    {
        var vs = Vector256.Create(s);
        return new(a._v * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 ScaleStrongZero(Chunk4 a, double s)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.AndNot(a._v * vs, Vector256.Equals(a._v, Vector256<double>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 MulAdd(Chunk4 a, double s, Chunk4 c)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.FusedMultiplyAdd(a._v, vs, c._v));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 MulAdd(Chunk4 a, Chunk4 b, Chunk4 c) => new(Vector256.FusedMultiplyAdd(a._v, b._v, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 Combine(Chunk4 a, double s, Chunk4 b, double t)
    {
        var vs = Vector256.Create(s);
        var vt = Vector256.Create(t);
        return new(Vector256.FusedMultiplyAdd(a._v, vs, b._v * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Chunk4 a) => Vector256.Sum(a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 LoadUnsafe(ref readonly double source) => new(Vector256.LoadUnsafe(in source, 0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Chunk4 value, ref double destination)
    {
        value._v.StoreUnsafe(ref destination, 0);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk4 Load(ReadOnlySpan<double> source) => ChunkLanes.Load<Chunk4, double>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => ChunkLanes.Store<Chunk4, double>(this, destination);

    /// <inheritdoc/>
    public double this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<Chunk4, double>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Chunk4 WithLane(int lane, double value) => ChunkLanes.With<Chunk4, double>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="double.Equals(double)"/>.</summary>
    public bool Equals(Chunk4 other) => ChunkLanes.Equal<Chunk4, double>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Chunk4 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<Chunk4, double>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<Chunk4, double>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(Chunk4)"/>.</summary>
    public static bool operator ==(Chunk4 left, Chunk4 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(Chunk4)"/>.</summary>
    public static bool operator !=(Chunk4 left, Chunk4 right) => !left.Equals(right);
}
