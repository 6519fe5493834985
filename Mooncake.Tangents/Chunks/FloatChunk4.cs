using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk of 4 <see cref="float"/> lanes, stored as one <see cref="Vector128{T}"/> of floats.
/// </summary>
public readonly struct FloatChunk4 : IChunk<FloatChunk4, float>
{
    private readonly Vector128<float> _v;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private FloatChunk4(Vector128<float> v)
    {
        _v = v;
    }

    /// <inheritdoc/>
    public static int Width => 4;

    /// <inheritdoc/>
    public static FloatChunk4 Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 Broadcast(float value)
    {
        var v = Vector128.Create(value);
        return new(v);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 OneHot(int lane, float value) => ChunkLanes.With<FloatChunk4, float>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 Add(FloatChunk4 a, FloatChunk4 b) => new(a._v + b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 Subtract(FloatChunk4 a, FloatChunk4 b) => new(a._v - b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 Negate(FloatChunk4 a) => new(-a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 Multiply(FloatChunk4 a, FloatChunk4 b) => new(a._v * b._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 Scale(FloatChunk4 a, float s)
    {
        var vs = Vector128.Create(s);
        return new(a._v * vs);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 ScaleStrongZero(FloatChunk4 a, float s)
    {
        var vs = Vector128.Create(s);
        return new(Vector128.AndNot(a._v * vs, Vector128.Equals(a._v, Vector128<float>.Zero)));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 MulAdd(FloatChunk4 a, float s, FloatChunk4 c)
    {
        var vs = Vector128.Create(s);
        return new(Vector128.FusedMultiplyAdd(a._v, vs, c._v));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 MulAdd(FloatChunk4 a, FloatChunk4 b, FloatChunk4 c) => new(Vector128.FusedMultiplyAdd(a._v, b._v, c._v));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 Combine(FloatChunk4 a, float s, FloatChunk4 b, float t)
    {
        var vs = Vector128.Create(s);
        var vt = Vector128.Create(t);
        return new(Vector128.FusedMultiplyAdd(a._v, vs, b._v * vt));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static float Sum(FloatChunk4 a) => Vector128.Sum(a._v);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 LoadUnsafe(ref readonly float source) => new(Vector128.LoadUnsafe(in source, 0));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(FloatChunk4 value, ref float destination)
    {
        value._v.StoreUnsafe(ref destination, 0);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatChunk4 Load(ReadOnlySpan<float> source) => ChunkLanes.Load<FloatChunk4, float>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<float> destination) => ChunkLanes.Store<FloatChunk4, float>(this, destination);

    /// <inheritdoc/>
    public float this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<FloatChunk4, float>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FloatChunk4 WithLane(int lane, float value) => ChunkLanes.With<FloatChunk4, float>(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN, as for <see cref="float.Equals(float)"/>.</summary>
    public bool Equals(FloatChunk4 other) => ChunkLanes.Equal<FloatChunk4, float>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatChunk4 other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<FloatChunk4, float>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<FloatChunk4, float>(in this);

    /// <summary>Lane-wise equality, as <see cref="Equals(FloatChunk4)"/>.</summary>
    public static bool operator ==(FloatChunk4 left, FloatChunk4 right) => left.Equals(right);

    /// <summary>Lane-wise inequality, the negation of <see cref="Equals(FloatChunk4)"/>.</summary>
    public static bool operator !=(FloatChunk4 left, FloatChunk4 right) => !left.Equals(right);
}
