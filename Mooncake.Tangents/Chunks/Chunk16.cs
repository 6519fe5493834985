using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 16 <see cref="double"/> lanes, stored as four <see cref="Vector256{T}"/> of doubles.
/// </summary>
public readonly struct Chunk16 : IChunk<Chunk16, double>
{
    private readonly Vector256<double> _v0;
    private readonly Vector256<double> _v1;
    private readonly Vector256<double> _v2;
    private readonly Vector256<double> _v3;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Chunk16(Vector256<double> v0, Vector256<double> v1, Vector256<double> v2, Vector256<double> v3)
    {
        _v0 = v0;
        _v1 = v1;
        _v2 = v2;
        _v3 = v3;
    }

    /// <inheritdoc/>
    public static int Width => 16;

    /// <inheritdoc/>
    /// <remarks>
    /// Built from four zero vectors rather than <c>default</c>: the JIT does not promote a struct
    /// of four vectors, and a zero-initialised one is written to the stack and copied into the
    /// dual in 64-byte pieces that straddle the earlier stores (a store-forwarding stall per
    /// element, 4x slower than the vector form for <c>Floor</c> over 16 lanes).
    /// </remarks>
    public static Chunk16 Zero
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => new(Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero, Vector256<double>.Zero);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 Broadcast(double value)
    {
        var v = Vector256.Create(value);
        return new(v, v, v, v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 OneHot(int lane, double value) => ChunkLanes.With<Chunk16, double>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 Add(Chunk16 a, Chunk16 b) => new(a._v0 + b._v0, a._v1 + b._v1, a._v2 + b._v2, a._v3 + b._v3);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 Subtract(Chunk16 a, Chunk16 b) => new(a._v0 - b._v0, a._v1 - b._v1, a._v2 - b._v2, a._v3 - b._v3);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 Negate(Chunk16 a) => new(-a._v0, -a._v1, -a._v2, -a._v3);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 Multiply(Chunk16 a, Chunk16 b) => new(a._v0 * b._v0, a._v1 * b._v1, a._v2 * b._v2, a._v3 * b._v3);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 Scale(Chunk16 a, double s)
    {
        var vs = Vector256.Create(s);
        return new(a._v0 * vs, a._v1 * vs, a._v2 * vs, a._v3 * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 ScaleStrongZero(Chunk16 a, double s)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.AndNot(a._v0 * vs, Vector256.Equals(a._v0, Vector256<double>.Zero)), Vector256.AndNot(a._v1 * vs, Vector256.Equals(a._v1, Vector256<double>.Zero)), Vector256.AndNot(a._v2 * vs, Vector256.Equals(a._v2, Vector256<double>.Zero)), Vector256.AndNot(a._v3 * vs, Vector256.Equals(a._v3, Vector256<double>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 MulAdd(Chunk16 a, double s, Chunk16 c)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.FusedMultiplyAdd(a._v0, vs, c._v0), Vector256.FusedMultiplyAdd(a._v1, vs, c._v1), Vector256.FusedMultiplyAdd(a._v2, vs, c._v2), Vector256.FusedMultiplyAdd(a._v3, vs, c._v3));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 MulAdd(Chunk16 a, Chunk16 b, Chunk16 c) => new(Vector256.FusedMultiplyAdd(a._v0, b._v0, c._v0), Vector256.FusedMultiplyAdd(a._v1, b._v1, c._v1), Vector256.FusedMultiplyAdd(a._v2, b._v2, c._v2), Vector256.FusedMultiplyAdd(a._v3, b._v3, c._v3));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 Combine(Chunk16 a, double s, Chunk16 b, double t)
    {
        var vs = Vector256.Create(s);
        var vt = Vector256.Create(t);
        return new(Vector256.FusedMultiplyAdd(a._v0, vs, b._v0 * vt), Vector256.FusedMultiplyAdd(a._v1, vs, b._v1 * vt), Vector256.FusedMultiplyAdd(a._v2, vs, b._v2 * vt), Vector256.FusedMultiplyAdd(a._v3, vs, b._v3 * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Chunk16 a) => Vector256.Sum(a._v0 + a._v1 + a._v2 + a._v3);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 LoadUnsafe(ref readonly double source) => new(Vector256.LoadUnsafe(in source, 0), Vector256.LoadUnsafe(in source, 4), Vector256.LoadUnsafe(in source, 8), Vector256.LoadUnsafe(in source, 12));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Chunk16 value, ref double destination)
    {
        value._v0.StoreUnsafe(ref destination, 0);
        value._v1.StoreUnsafe(ref destination, 4);
        value._v2.StoreUnsafe(ref destination, 8);
        value._v3.StoreUnsafe(ref destination, 12);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16 Load(ReadOnlySpan<double> source) => ChunkLanes.Load<Chunk16, double>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => ChunkLanes.Store<Chunk16, double>(this, destination);

    /// <inheritdoc/>
    public double this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<Chunk16, double>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Chunk16 WithLane(int lane, double value) => ChunkLanes.With<Chunk16, double>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="double.Equals(double)"/>.</summary>
    public bool Equals(Chunk16 other) => ChunkLanes.Equal<Chunk16, double>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Chunk16 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<Chunk16, double>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<Chunk16, double>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(Chunk16)"/>.</summary>
    public static bool operator ==(Chunk16 left, Chunk16 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(Chunk16)"/>.</summary>
    public static bool operator !=(Chunk16 left, Chunk16 right) => !left.Equals(right);
}
