using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 1 <see cref="float"/> lane, stored as one <see cref="float"/>.
/// </summary>
public readonly struct FloatChunk1 : IChunk<FloatChunk1, float>
{
    private readonly float _v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private FloatChunk1(float v)
    {
        _v = v;
    }

    /// <inheritdoc/>
    public static int Width => 1;

    /// <inheritdoc/>
    public static FloatChunk1 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 Broadcast(float value) => new(value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 OneHot(int lane, float value) => ChunkLanes.With<FloatChunk1, float>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 Add(FloatChunk1 a, FloatChunk1 b) => new(a._v + b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 Subtract(FloatChunk1 a, FloatChunk1 b) => new(a._v - b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 Negate(FloatChunk1 a) => new(-a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 Multiply(FloatChunk1 a, FloatChunk1 b) => new(a._v * b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 Scale(FloatChunk1 a, float s) => new(a._v * s);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 ScaleStrongZero(FloatChunk1 a, float s) => new(a._v == 0f ? 0f : a._v * s);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 MulAdd(FloatChunk1 a, float s, FloatChunk1 c) => new(float.FusedMultiplyAdd(a._v, s, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 MulAdd(FloatChunk1 a, FloatChunk1 b, FloatChunk1 c) => new(float.FusedMultiplyAdd(a._v, b._v, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 Combine(FloatChunk1 a, float s, FloatChunk1 b, float t) => new(float.FusedMultiplyAdd(a._v, s, b._v * t));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sum(FloatChunk1 a) => a._v;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 LoadUnsafe(ref readonly float source) => new(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(FloatChunk1 value, ref float destination)
    {
        destination = value._v;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk1 Load(ReadOnlySpan<float> source) => ChunkLanes.Load<FloatChunk1, float>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<float> destination) => ChunkLanes.Store<FloatChunk1, float>(this, destination);

    /// <inheritdoc/>
    public float this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<FloatChunk1, float>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FloatChunk1 WithLane(int lane, float value) => ChunkLanes.With<FloatChunk1, float>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="float.Equals(float)"/>.</summary>
    public bool Equals(FloatChunk1 other) => ChunkLanes.Equal<FloatChunk1, float>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatChunk1 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<FloatChunk1, float>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<FloatChunk1, float>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(FloatChunk1)"/>.</summary>
    public static bool operator ==(FloatChunk1 left, FloatChunk1 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(FloatChunk1)"/>.</summary>
    public static bool operator !=(FloatChunk1 left, FloatChunk1 right) => !left.Equals(right);
}
