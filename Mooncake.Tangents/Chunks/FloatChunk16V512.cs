using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 16 <see cref="float"/> lanes, stored as one <see cref="Vector512{T}"/> of floats (the AVX-512 variant of <see cref="FloatChunk16"/>).
/// </summary>
public readonly struct FloatChunk16V512 : IChunk<FloatChunk16V512, float>
{
    private readonly Vector512<float> _v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private FloatChunk16V512(Vector512<float> v)
    {
        _v = v;
    }

    /// <inheritdoc/>
    public static int Width => 16;

    /// <inheritdoc/>
    public static FloatChunk16V512 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 Broadcast(float value)
    {
        var v = Vector512.Create(value);
        return new(v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 OneHot(int lane, float value) => ChunkLanes.With<FloatChunk16V512, float>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 Add(FloatChunk16V512 a, FloatChunk16V512 b) => new(a._v + b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 Subtract(FloatChunk16V512 a, FloatChunk16V512 b) => new(a._v - b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 Negate(FloatChunk16V512 a) => new(-a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 Multiply(FloatChunk16V512 a, FloatChunk16V512 b) => new(a._v * b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 Scale(FloatChunk16V512 a, float s)
    {
        var vs = Vector512.Create(s);
        return new(a._v * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 ScaleStrongZero(FloatChunk16V512 a, float s)
    {
        var vs = Vector512.Create(s);
        return new(Vector512.AndNot(a._v * vs, Vector512.Equals(a._v, Vector512<float>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 MulAdd(FloatChunk16V512 a, float s, FloatChunk16V512 c)
    {
        var vs = Vector512.Create(s);
        return new(Vector512.FusedMultiplyAdd(a._v, vs, c._v));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 MulAdd(FloatChunk16V512 a, FloatChunk16V512 b, FloatChunk16V512 c) => new(Vector512.FusedMultiplyAdd(a._v, b._v, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 Combine(FloatChunk16V512 a, float s, FloatChunk16V512 b, float t)
    {
        var vs = Vector512.Create(s);
        var vt = Vector512.Create(t);
        return new(Vector512.FusedMultiplyAdd(a._v, vs, b._v * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sum(FloatChunk16V512 a) => Vector512.Sum(a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 LoadUnsafe(ref readonly float source) => new(Vector512.LoadUnsafe(in source, 0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(FloatChunk16V512 value, ref float destination)
    {
        value._v.StoreUnsafe(ref destination, 0);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16V512 Load(ReadOnlySpan<float> source) => ChunkLanes.Load<FloatChunk16V512, float>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<float> destination) => ChunkLanes.Store<FloatChunk16V512, float>(this, destination);

    /// <inheritdoc/>
    public float this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<FloatChunk16V512, float>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FloatChunk16V512 WithLane(int lane, float value) => ChunkLanes.With<FloatChunk16V512, float>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="float.Equals(float)"/>.</summary>
    public bool Equals(FloatChunk16V512 other) => ChunkLanes.Equal<FloatChunk16V512, float>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatChunk16V512 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<FloatChunk16V512, float>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<FloatChunk16V512, float>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(FloatChunk16V512)"/>.</summary>
    public static bool operator ==(FloatChunk16V512 left, FloatChunk16V512 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(FloatChunk16V512)"/>.</summary>
    public static bool operator !=(FloatChunk16V512 left, FloatChunk16V512 right) => !left.Equals(right);
}
