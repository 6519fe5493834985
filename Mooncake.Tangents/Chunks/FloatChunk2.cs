using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 2 <see cref="float"/> lanes, stored as two <see cref="float"/> fields (x64 has no accelerated 64-bit vectors).
/// </summary>
public readonly struct FloatChunk2 : IChunk<FloatChunk2, float>
{
    private readonly float _v0;
    private readonly float _v1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private FloatChunk2(float v0, float v1)
    {
        _v0 = v0;
        _v1 = v1;
    }

    /// <inheritdoc/>
    public static int Width => 2;

    /// <inheritdoc/>
    public static FloatChunk2 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 Broadcast(float value) => new(value, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 OneHot(int lane, float value) => ChunkLanes.With<FloatChunk2, float>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 Add(FloatChunk2 a, FloatChunk2 b) => new(a._v0 + b._v0, a._v1 + b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 Subtract(FloatChunk2 a, FloatChunk2 b) => new(a._v0 - b._v0, a._v1 - b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 Negate(FloatChunk2 a) => new(-a._v0, -a._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 Multiply(FloatChunk2 a, FloatChunk2 b) => new(a._v0 * b._v0, a._v1 * b._v1);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 Scale(FloatChunk2 a, float s) => new(a._v0 * s, a._v1 * s);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 ScaleStrongZero(FloatChunk2 a, float s) => new(a._v0 == 0f ? 0f : a._v0 * s, a._v1 == 0f ? 0f : a._v1 * s);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 MulAdd(FloatChunk2 a, float s, FloatChunk2 c) => new(float.FusedMultiplyAdd(a._v0, s, c._v0), float.FusedMultiplyAdd(a._v1, s, c._v1));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 MulAdd(FloatChunk2 a, FloatChunk2 b, FloatChunk2 c) => new(float.FusedMultiplyAdd(a._v0, b._v0, c._v0), float.FusedMultiplyAdd(a._v1, b._v1, c._v1));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 Combine(FloatChunk2 a, float s, FloatChunk2 b, float t) => new(float.FusedMultiplyAdd(a._v0, s, b._v0 * t), float.FusedMultiplyAdd(a._v1, s, b._v1 * t));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sum(FloatChunk2 a) => a._v0 + a._v1;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 LoadUnsafe(ref readonly float source) => new(source, Unsafe.Add(ref Unsafe.AsRef(in source), 1));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(FloatChunk2 value, ref float destination)
    {
        destination = value._v0;
        Unsafe.Add(ref destination, 1) = value._v1;
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk2 Load(ReadOnlySpan<float> source) => ChunkLanes.Load<FloatChunk2, float>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<float> destination) => ChunkLanes.Store<FloatChunk2, float>(this, destination);

    /// <inheritdoc/>
    public float this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<FloatChunk2, float>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FloatChunk2 WithLane(int lane, float value) => ChunkLanes.With<FloatChunk2, float>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="float.Equals(float)"/>.</summary>
    public bool Equals(FloatChunk2 other) => ChunkLanes.Equal<FloatChunk2, float>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatChunk2 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<FloatChunk2, float>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<FloatChunk2, float>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(FloatChunk2)"/>.</summary>
    public static bool operator ==(FloatChunk2 left, FloatChunk2 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(FloatChunk2)"/>.</summary>
    public static bool operator !=(FloatChunk2 left, FloatChunk2 right) => !left.Equals(right);
}
