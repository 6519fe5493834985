using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 8 <see cref="float"/> lanes, stored as one <see cref="Vector256{T}"/> of floats.
/// </summary>
public readonly struct FloatChunk8 : IChunk<FloatChunk8, float>
{
    private readonly Vector256<float> _v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private FloatChunk8(Vector256<float> v)
    {
        _v = v;
    }

    /// <inheritdoc/>
    public static int Width => 8;

    /// <inheritdoc/>
    public static FloatChunk8 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 Broadcast(float value)
    {
        var v = Vector256.Create(value);
        return new(v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 OneHot(int lane, float value) => ChunkLanes.With<FloatChunk8, float>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 Add(FloatChunk8 a, FloatChunk8 b) => new(a._v + b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 Subtract(FloatChunk8 a, FloatChunk8 b) => new(a._v - b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 Negate(FloatChunk8 a) => new(-a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 Multiply(FloatChunk8 a, FloatChunk8 b) => new(a._v * b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 Scale(FloatChunk8 a, float s)
    {
        var vs = Vector256.Create(s);
        return new(a._v * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 ScaleStrongZero(FloatChunk8 a, float s)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.AndNot(a._v * vs, Vector256.Equals(a._v, Vector256<float>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 MulAdd(FloatChunk8 a, float s, FloatChunk8 c)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.FusedMultiplyAdd(a._v, vs, c._v));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 MulAdd(FloatChunk8 a, FloatChunk8 b, FloatChunk8 c) => new(Vector256.FusedMultiplyAdd(a._v, b._v, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 Combine(FloatChunk8 a, float s, FloatChunk8 b, float t)
    {
        var vs = Vector256.Create(s);
        var vt = Vector256.Create(t);
        return new(Vector256.FusedMultiplyAdd(a._v, vs, b._v * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sum(FloatChunk8 a) => Vector256.Sum(a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 LoadUnsafe(ref readonly float source) => new(Vector256.LoadUnsafe(in source, 0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(FloatChunk8 value, ref float destination)
    {
        value._v.StoreUnsafe(ref destination, 0);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk8 Load(ReadOnlySpan<float> source) => ChunkLanes.Load<FloatChunk8, float>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<float> destination) => ChunkLanes.Store<FloatChunk8, float>(this, destination);

    /// <inheritdoc/>
    public float this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<FloatChunk8, float>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FloatChunk8 WithLane(int lane, float value) => ChunkLanes.With<FloatChunk8, float>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="float.Equals(float)"/>.</summary>
    public bool Equals(FloatChunk8 other) => ChunkLanes.Equal<FloatChunk8, float>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatChunk8 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<FloatChunk8, float>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<FloatChunk8, float>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(FloatChunk8)"/>.</summary>
    public static bool operator ==(FloatChunk8 left, FloatChunk8 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(FloatChunk8)"/>.</summary>
    public static bool operator !=(FloatChunk8 left, FloatChunk8 right) => !left.Equals(right);
}
