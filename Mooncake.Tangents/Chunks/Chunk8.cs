using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 8 <see cref="double"/> lanes, stored as two <see cref="Vector256{T}"/> of doubles.
/// </summary>
public readonly struct Chunk8 : IChunk<Chunk8, double>
{
    private readonly Vector256<double> _v0;
    private readonly Vector256<double> _v1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Chunk8(Vector256<double> v0, Vector256<double> v1)
    {
        _v0 = v0;
        _v1 = v1;
    }

    /// <inheritdoc/>
    public static int Width => 8;

    /// <inheritdoc/>
    public static Chunk8 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 Broadcast(double value)
    {
        var v = Vector256.Create(value);
        return new(v, v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 OneHot(int lane, double value) => ChunkLanes.With<Chunk8, double>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 Add(Chunk8 a, Chunk8 b) => new(a._v0 + b._v0, a._v1 + b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 Subtract(Chunk8 a, Chunk8 b) => new(a._v0 - b._v0, a._v1 - b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 Negate(Chunk8 a) => new(-a._v0, -a._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 Multiply(Chunk8 a, Chunk8 b) => new(a._v0 * b._v0, a._v1 * b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 Scale(Chunk8 a, double s)
    {
        var vs = Vector256.Create(s);
        return new(a._v0 * vs, a._v1 * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 ScaleStrongZero(Chunk8 a, double s)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.AndNot(a._v0 * vs, Vector256.Equals(a._v0, Vector256<double>.Zero)), Vector256.AndNot(a._v1 * vs, Vector256.Equals(a._v1, Vector256<double>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 MulAdd(Chunk8 a, double s, Chunk8 c)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.FusedMultiplyAdd(a._v0, vs, c._v0), Vector256.FusedMultiplyAdd(a._v1, vs, c._v1));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 MulAdd(Chunk8 a, Chunk8 b, Chunk8 c) => new(Vector256.FusedMultiplyAdd(a._v0, b._v0, c._v0), Vector256.FusedMultiplyAdd(a._v1, b._v1, c._v1));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 Combine(Chunk8 a, double s, Chunk8 b, double t)
    {
        var vs = Vector256.Create(s);
        var vt = Vector256.Create(t);
        return new(Vector256.FusedMultiplyAdd(a._v0, vs, b._v0 * vt), Vector256.FusedMultiplyAdd(a._v1, vs, b._v1 * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Chunk8 a) => Vector256.Sum(a._v0 + a._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 LoadUnsafe(ref readonly double source) => new(Vector256.LoadUnsafe(in source, 0), Vector256.LoadUnsafe(in source, 4));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Chunk8 value, ref double destination)
    {
        value._v0.StoreUnsafe(ref destination, 0);
        value._v1.StoreUnsafe(ref destination, 4);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk8 Load(ReadOnlySpan<double> source) => ChunkLanes.Load<Chunk8, double>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => ChunkLanes.Store<Chunk8, double>(this, destination);

    /// <inheritdoc/>
    public double this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<Chunk8, double>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Chunk8 WithLane(int lane, double value) => ChunkLanes.With<Chunk8, double>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="double.Equals(double)"/>.</summary>
    public bool Equals(Chunk8 other) => ChunkLanes.Equal<Chunk8, double>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Chunk8 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<Chunk8, double>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<Chunk8, double>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(Chunk8)"/>.</summary>
    public static bool operator ==(Chunk8 left, Chunk8 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(Chunk8)"/>.</summary>
    public static bool operator !=(Chunk8 left, Chunk8 right) => !left.Equals(right);
}
