using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 16 <see cref="double"/> lanes, stored as two <see cref="Vector512{T}"/> of doubles (the AVX-512 variant of <see cref="Chunk16"/>).
/// </summary>
public readonly struct Chunk16V512 : IChunk<Chunk16V512, double>
{
    private readonly Vector512<double> _v0;
    private readonly Vector512<double> _v1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Chunk16V512(Vector512<double> v0, Vector512<double> v1)
    {
        _v0 = v0;
        _v1 = v1;
    }

    /// <inheritdoc/>
    public static int Width => 16;

    /// <inheritdoc/>
    public static Chunk16V512 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 Broadcast(double value)
    {
        var v = Vector512.Create(value);
        return new(v, v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 OneHot(int lane, double value) => ChunkLanes.With<Chunk16V512, double>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 Add(Chunk16V512 a, Chunk16V512 b) => new(a._v0 + b._v0, a._v1 + b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 Subtract(Chunk16V512 a, Chunk16V512 b) => new(a._v0 - b._v0, a._v1 - b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 Negate(Chunk16V512 a) => new(-a._v0, -a._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 Multiply(Chunk16V512 a, Chunk16V512 b) => new(a._v0 * b._v0, a._v1 * b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 Scale(Chunk16V512 a, double s)
    {
        var vs = Vector512.Create(s);
        return new(a._v0 * vs, a._v1 * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 ScaleStrongZero(Chunk16V512 a, double s)
    {
        var vs = Vector512.Create(s);
        return new(Vector512.AndNot(a._v0 * vs, Vector512.Equals(a._v0, Vector512<double>.Zero)), Vector512.AndNot(a._v1 * vs, Vector512.Equals(a._v1, Vector512<double>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 MulAdd(Chunk16V512 a, double s, Chunk16V512 c)
    {
        var vs = Vector512.Create(s);
        return new(Vector512.FusedMultiplyAdd(a._v0, vs, c._v0), Vector512.FusedMultiplyAdd(a._v1, vs, c._v1));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 MulAdd(Chunk16V512 a, Chunk16V512 b, Chunk16V512 c) => new(Vector512.FusedMultiplyAdd(a._v0, b._v0, c._v0), Vector512.FusedMultiplyAdd(a._v1, b._v1, c._v1));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 Combine(Chunk16V512 a, double s, Chunk16V512 b, double t)
    {
        var vs = Vector512.Create(s);
        var vt = Vector512.Create(t);
        return new(Vector512.FusedMultiplyAdd(a._v0, vs, b._v0 * vt), Vector512.FusedMultiplyAdd(a._v1, vs, b._v1 * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Sum(Chunk16V512 a) => Vector512.Sum(a._v0 + a._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 LoadUnsafe(ref readonly double source) => new(Vector512.LoadUnsafe(in source, 0), Vector512.LoadUnsafe(in source, 8));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(Chunk16V512 value, ref double destination)
    {
        value._v0.StoreUnsafe(ref destination, 0);
        value._v1.StoreUnsafe(ref destination, 8);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Chunk16V512 Load(ReadOnlySpan<double> source) => ChunkLanes.Load<Chunk16V512, double>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => ChunkLanes.Store<Chunk16V512, double>(this, destination);

    /// <inheritdoc/>
    public double this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<Chunk16V512, double>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Chunk16V512 WithLane(int lane, double value) => ChunkLanes.With<Chunk16V512, double>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="double.Equals(double)"/>.</summary>
    public bool Equals(Chunk16V512 other) => ChunkLanes.Equal<Chunk16V512, double>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Chunk16V512 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<Chunk16V512, double>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<Chunk16V512, double>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(Chunk16V512)"/>.</summary>
    public static bool operator ==(Chunk16V512 left, Chunk16V512 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(Chunk16V512)"/>.</summary>
    public static bool operator !=(Chunk16V512 left, Chunk16V512 right) => !left.Equals(right);
}
