using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 2 <see cref="double"/> lanes, stored as one <see cref="Vector128{T}"/> of doubles.
/// </summary>
public readonly struct Chunk2 : IChunk<Chunk2, double>
{
    private readonly Vector128<double> _v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Chunk2(Vector128<double> v)
    {
        _v = v;
    }

    /// <inheritdoc/>
    public static int Width => 2;

    /// <inheritdoc/>
    public static Chunk2 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 Broadcast(double value)
    {
        var v = Vector128.Create(value);
        return new(v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 OneHot(int lane, double value) => ChunkLanes.With<Chunk2, double>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 Add(Chunk2 a, Chunk2 b) => new(a._v + b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 Subtract(Chunk2 a, Chunk2 b) => new(a._v - b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 Negate(Chunk2 a) => new(-a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 Multiply(Chunk2 a, Chunk2 b) => new(a._v * b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 Scale(Chunk2 a, double s)
    {
        var vs = Vector128.Create(s);
        return new(a._v * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 ScaleStrongZero(Chunk2 a, double s)
    {
        var vs = Vector128.Create(s);
        return new(Vector128.AndNot(a._v * vs, Vector128.Equals(a._v, Vector128<double>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 MulAdd(Chunk2 a, double s, Chunk2 c)
    {
        var vs = Vector128.Create(s);
        return new(Vector128.FusedMultiplyAdd(a._v, vs, c._v));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 MulAdd(Chunk2 a, Chunk2 b, Chunk2 c) => new(Vector128.FusedMultiplyAdd(a._v, b._v, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 Combine(Chunk2 a, double s, Chunk2 b, double t)
    {
        var vs = Vector128.Create(s);
        var vt = Vector128.Create(t);
        return new(Vector128.FusedMultiplyAdd(a._v, vs, b._v * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Chunk2 a) => Vector128.Sum(a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 LoadUnsafe(ref readonly double source) => new(Vector128.LoadUnsafe(in source, 0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Chunk2 value, ref double destination)
    {
        value._v.StoreUnsafe(ref destination, 0);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk2 Load(ReadOnlySpan<double> source) => ChunkLanes.Load<Chunk2, double>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => ChunkLanes.Store<Chunk2, double>(this, destination);

    /// <inheritdoc/>
    public double this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<Chunk2, double>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Chunk2 WithLane(int lane, double value) => ChunkLanes.With<Chunk2, double>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="double.Equals(double)"/>.</summary>
    public bool Equals(Chunk2 other) => ChunkLanes.Equal<Chunk2, double>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Chunk2 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<Chunk2, double>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<Chunk2, double>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(Chunk2)"/>.</summary>
    public static bool operator ==(Chunk2 left, Chunk2 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(Chunk2)"/>.</summary>
    public static bool operator !=(Chunk2 left, Chunk2 right) => !left.Equals(right);
}
