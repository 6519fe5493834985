using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk made of two chunks laid end to end: lanes [0, TLow.Width) live in the low half and the
/// rest in the high half. It builds the wide chunks (32 and 64 lanes) from the 16-lane ones, so
/// every width up to 64 has a chunk type without another hand-written vector struct.
/// </summary>
/// <typeparam name="TLow">The chunk type of the low lanes.</typeparam>
/// <typeparam name="THigh">The chunk type of the high lanes.</typeparam>
/// <typeparam name="T">The lane type.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public readonly struct ChunkPair<TLow, THigh, T> : IChunk<ChunkPair<TLow, THigh, T>, T>
    where TLow : struct, IChunk<TLow, T>
    where THigh : struct, IChunk<THigh, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly TLow _low;
    private readonly THigh _high;

    /// <summary>Joins two chunks into one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ChunkPair(TLow low, THigh high)
    {
        _low = low;
        _high = high;
    }

    /// <summary>The low lanes.</summary>
    public TLow Low => _low;

    /// <summary>The high lanes.</summary>
    public THigh High => _high;

    /// <inheritdoc/>
    public static int Width => TLow.Width + THigh.Width;

    /// <inheritdoc/>
    public static ChunkPair<TLow, THigh, T> Zero => default;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> Broadcast(T value) => new(TLow.Broadcast(value), THigh.Broadcast(value));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> OneHot(int lane, T value) => ChunkLanes.With<ChunkPair<TLow, THigh, T>, T>(default, lane, value);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> Add(ChunkPair<TLow, THigh, T> a, ChunkPair<TLow, THigh, T> b) =>
        new(TLow.Add(a._low, b._low), THigh.Add(a._high, b._high));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> Subtract(ChunkPair<TLow, THigh, T> a, ChunkPair<TLow, THigh, T> b) =>
        new(TLow.Subtract(a._low, b._low), THigh.Subtract(a._high, b._high));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> Negate(ChunkPair<TLow, THigh, T> a) => new(TLow.Negate(a._low), THigh.Negate(a._high));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> Multiply(ChunkPair<TLow, THigh, T> a, ChunkPair<TLow, THigh, T> b) =>
        new(TLow.Multiply(a._low, b._low), THigh.Multiply(a._high, b._high));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> Scale(ChunkPair<TLow, THigh, T> a, T s) => new(TLow.Scale(a._low, s), THigh.Scale(a._high, s));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> ScaleStrongZero(ChunkPair<TLow, THigh, T> a, T s) =>
        new(TLow.ScaleStrongZero(a._low, s), THigh.ScaleStrongZero(a._high, s));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> MulAdd(ChunkPair<TLow, THigh, T> a, T s, ChunkPair<TLow, THigh, T> c) =>
        new(TLow.MulAdd(a._low, s, c._low), THigh.MulAdd(a._high, s, c._high));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> MulAdd(ChunkPair<TLow, THigh, T> a, ChunkPair<TLow, THigh, T> b, ChunkPair<TLow, THigh, T> c) =>
        new(TLow.MulAdd(a._low, b._low, c._low), THigh.MulAdd(a._high, b._high, c._high));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> Combine(ChunkPair<TLow, THigh, T> a, T s, ChunkPair<TLow, THigh, T> b, T t) =>
        new(TLow.Combine(a._low, s, b._low, t), THigh.Combine(a._high, s, b._high, t));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Sum(ChunkPair<TLow, THigh, T> a) => TLow.Sum(a._low) + THigh.Sum(a._high);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> LoadUnsafe(ref readonly T source) =>
        new(TLow.LoadUnsafe(in source), THigh.LoadUnsafe(in Unsafe.Add(ref Unsafe.AsRef(in source), TLow.Width)));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreUnsafe(ChunkPair<TLow, THigh, T> value, ref T destination)
    {
        TLow.StoreUnsafe(value._low, ref destination);
        THigh.StoreUnsafe(value._high, ref Unsafe.Add(ref destination, TLow.Width));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ChunkPair<TLow, THigh, T> Load(ReadOnlySpan<T> source) => ChunkLanes.Load<ChunkPair<TLow, THigh, T>, T>(source);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<T> destination) => ChunkLanes.Store(this, destination);

    /// <inheritdoc/>
    public T this[int lane]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ChunkLanes.Get<ChunkPair<TLow, THigh, T>, T>(in this, lane);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ChunkPair<TLow, THigh, T> WithLane(int lane, T value) => ChunkLanes.With(this, lane, value);

    /// <summary>Lane-wise equality; NaN equals NaN.</summary>
    public bool Equals(ChunkPair<TLow, THigh, T> other) => ChunkLanes.Equal<ChunkPair<TLow, THigh, T>, T>(in this, in other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ChunkPair<TLow, THigh, T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ChunkLanes.Hash<ChunkPair<TLow, THigh, T>, T>(in this);

    /// <summary>The lanes as <c>[l0, l1, ...]</c>.</summary>
    public override string ToString() => ChunkLanes.Format<ChunkPair<TLow, THigh, T>, T>(in this);

    /// <summary>Lane-wise equality.</summary>
    public static bool operator ==(ChunkPair<TLow, THigh, T> left, ChunkPair<TLow, THigh, T> right) => left.Equals(right);

    /// <summary>Lane-wise inequality.</summary>
    public static bool operator !=(ChunkPair<TLow, THigh, T> left, ChunkPair<TLow, THigh, T> right) => !left.Equals(right);
}
