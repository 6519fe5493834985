using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 8 <see cref="double"/> lanes, stored as one <see cref="Vector512{T}"/> of doubles (the AVX-512 variant of <see cref="Chunk8"/>).
/// </summary>
public readonly struct Chunk8V512 : IChunk<Chunk8V512, double>
{
    private readonly Vector512<double> _v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Chunk8V512(Vector512<double> v)
    {
        _v = v;
    }

    /// <inheritdoc/>
    public static int Width => 8;

    /// <inheritdoc/>
    public static Chunk8V512 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 Broadcast(double value)
    {
        var v = Vector512.Create(value);
        return new(v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 OneHot(int lane, double value) => ChunkLanes.With<Chunk8V512, double>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 Add(Chunk8V512 a, Chunk8V512 b) => new(a._v + b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 Subtract(Chunk8V512 a, Chunk8V512 b) => new(a._v - b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 Negate(Chunk8V512 a) => new(-a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 Multiply(Chunk8V512 a, Chunk8V512 b) => new(a._v * b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 Scale(Chunk8V512 a, double s)
    {
        var vs = Vector512.Create(s);
        return new(a._v * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 ScaleStrongZero(Chunk8V512 a, double s)
    {
        var vs = Vector512.Create(s);
        return new(Vector512.AndNot(a._v * vs, Vector512.Equals(a._v, Vector512<double>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 MulAdd(Chunk8V512 a, double s, Chunk8V512 c)
    {
        var vs = Vector512.Create(s);
        return new(Vector512.FusedMultiplyAdd(a._v, vs, c._v));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 MulAdd(Chunk8V512 a, Chunk8V512 b, Chunk8V512 c) => new(Vector512.FusedMultiplyAdd(a._v, b._v, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 Combine(Chunk8V512 a, double s, Chunk8V512 b, double t)
    {
        var vs = Vector512.Create(s);
        var vt = Vector512.Create(t);
        return new(Vector512.FusedMultiplyAdd(a._v, vs, b._v * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Chunk8V512 a) => Vector512.Sum(a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 LoadUnsafe(ref readonly double source) => new(Vector512.LoadUnsafe(in source, 0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Chunk8V512 value, ref double destination)
    {
        value._v.StoreUnsafe(ref destination, 0);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8V512 Load(ReadOnlySpan<double> source) => ChunkLanes.Load<Chunk8V512, double>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => ChunkLanes.Store<Chunk8V512, double>(this, destination);

    /// <inheritdoc/>
    public double this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<Chunk8V512, double>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Chunk8V512 WithLane(int lane, double value) => ChunkLanes.With<Chunk8V512, double>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="double.Equals(double)"/>.</summary>
    public bool Equals(Chunk8V512 other) => ChunkLanes.Equal<Chunk8V512, double>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Chunk8V512 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<Chunk8V512, double>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<Chunk8V512, double>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(Chunk8V512)"/>.</summary>
    public static bool operator ==(Chunk8V512 left, Chunk8V512 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(Chunk8V512)"/>.</summary>
    public static bool operator !=(Chunk8V512 left, Chunk8V512 right) => !left.Equals(right);
}
