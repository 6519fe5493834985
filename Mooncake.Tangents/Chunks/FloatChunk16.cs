using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 16 <see cref="float"/> lanes, stored as two <see cref="Vector256{T}"/> of floats.
/// </summary>
public readonly struct FloatChunk16 : IChunk<FloatChunk16, float>
{
    private readonly Vector256<float> _v0;
    private readonly Vector256<float> _v1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private FloatChunk16(Vector256<float> v0, Vector256<float> v1)
    {
        _v0 = v0;
        _v1 = v1;
    }

    /// <inheritdoc/>
    public static int Width => 16;

    /// <inheritdoc/>
    public static FloatChunk16 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 Broadcast(float value)
    {
        var v = Vector256.Create(value);
        return new(v, v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 OneHot(int lane, float value) => ChunkLanes.With<FloatChunk16, float>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 Add(FloatChunk16 a, FloatChunk16 b) => new(a._v0 + b._v0, a._v1 + b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 Subtract(FloatChunk16 a, FloatChunk16 b) => new(a._v0 - b._v0, a._v1 - b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 Negate(FloatChunk16 a) => new(-a._v0, -a._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 Multiply(FloatChunk16 a, FloatChunk16 b) => new(a._v0 * b._v0, a._v1 * b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 Scale(FloatChunk16 a, float s)
    {
        var vs = Vector256.Create(s);
        return new(a._v0 * vs, a._v1 * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 ScaleStrongZero(FloatChunk16 a, float s)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.AndNot(a._v0 * vs, Vector256.Equals(a._v0, Vector256<float>.Zero)), Vector256.AndNot(a._v1 * vs, Vector256.Equals(a._v1, Vector256<float>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 MulAdd(FloatChunk16 a, float s, FloatChunk16 c)
    {
        var vs = Vector256.Create(s);
        return new(Vector256.FusedMultiplyAdd(a._v0, vs, c._v0), Vector256.FusedMultiplyAdd(a._v1, vs, c._v1));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 MulAdd(FloatChunk16 a, FloatChunk16 b, FloatChunk16 c) => new(Vector256.FusedMultiplyAdd(a._v0, b._v0, c._v0), Vector256.FusedMultiplyAdd(a._v1, b._v1, c._v1));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 Combine(FloatChunk16 a, float s, FloatChunk16 b, float t)
    {
        var vs = Vector256.Create(s);
        var vt = Vector256.Create(t);
        return new(Vector256.FusedMultiplyAdd(a._v0, vs, b._v0 * vt), Vector256.FusedMultiplyAdd(a._v1, vs, b._v1 * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sum(FloatChunk16 a) => Vector256.Sum(a._v0 + a._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 LoadUnsafe(ref readonly float source) => new(Vector256.LoadUnsafe(in source, 0), Vector256.LoadUnsafe(in source, 8));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(FloatChunk16 value, ref float destination)
    {
        value._v0.StoreUnsafe(ref destination, 0);
        value._v1.StoreUnsafe(ref destination, 8);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk16 Load(ReadOnlySpan<float> source) => ChunkLanes.Load<FloatChunk16, float>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<float> destination) => ChunkLanes.Store<FloatChunk16, float>(this, destination);

    /// <inheritdoc/>
    public float this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<FloatChunk16, float>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FloatChunk16 WithLane(int lane, float value) => ChunkLanes.With<FloatChunk16, float>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="float.Equals(float)"/>.</summary>
    public bool Equals(FloatChunk16 other) => ChunkLanes.Equal<FloatChunk16, float>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatChunk16 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<FloatChunk16, float>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<FloatChunk16, float>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(FloatChunk16)"/>.</summary>
    public static bool operator ==(FloatChunk16 left, FloatChunk16 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(FloatChunk16)"/>.</summary>
    public static bool operator !=(FloatChunk16 left, FloatChunk16 right) => !left.Equals(right);
}
