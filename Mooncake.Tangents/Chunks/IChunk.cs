using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>
/// A chunk: the <see cref="Width"/> tangent lanes that belong to one primal scalar of type
/// <typeparamref name="T"/>. One struct implements this interface per width, so the width is
/// known at the type level and generic code constrained
/// <c>where TChunk : struct, IChunk&lt;TChunk, T&gt;</c> is specialised (and inlined) by the JIT.
/// </summary>
/// <remarks>
/// Every chunk type stores exactly <see cref="Width"/> values of <typeparamref name="T"/>,
/// contiguously and without padding, so a chunk can be read from and written to a chunk-major
/// tangent block with plain vector loads. Operations with a scalar argument apply it to every
/// lane; fused operations round once (<see cref="System.Runtime.Intrinsics.Vector256.FusedMultiplyAdd(System.Runtime.Intrinsics.Vector256{double}, System.Runtime.Intrinsics.Vector256{double}, System.Runtime.Intrinsics.Vector256{double})"/>),
/// because the JIT never contracts <c>a * b + c</c> by itself.
/// </remarks>
/// <typeparam name="TSelf">The implementing chunk type.</typeparam>
/// <typeparam name="T">The lane type: <see cref="double"/> or <see cref="float"/>.</typeparam>
public interface IChunk<TSelf, T> : IEquatable<TSelf>
    where TSelf : struct, IChunk<TSelf, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The number of lanes (a power of two between 1 and 64).</summary>
    static abstract int Width { get; }

    /// <summary>The chunk whose lanes are all zero.</summary>
    static abstract TSelf Zero { get; }

    /// <summary>A chunk with <paramref name="value"/> in every lane.</summary>
    static abstract TSelf Broadcast(T value);

    /// <summary>A chunk with <paramref name="value"/> in lane <paramref name="lane"/> and zero elsewhere.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    static abstract TSelf OneHot(int lane, T value);

    /// <summary>Lane-wise <c>a + b</c>.</summary>
    static abstract TSelf Add(TSelf a, TSelf b);

    /// <summary>Lane-wise <c>a - b</c>.</summary>
    static abstract TSelf Subtract(TSelf a, TSelf b);

    /// <summary>Lane-wise <c>-a</c>.</summary>
    static abstract TSelf Negate(TSelf a);

    /// <summary>Lane-wise product <c>a * b</c>.</summary>
    static abstract TSelf Multiply(TSelf a, TSelf b);

    /// <summary>Every lane times the scalar <paramref name="s"/>.</summary>
    static abstract TSelf Scale(TSelf a, T s);

    /// <summary>
    /// Every lane times <paramref name="s"/>, except that lanes where <paramref name="a"/> is zero
    /// stay zero even when <paramref name="s"/> is infinite or NaN (the "strong zero" policy for
    /// derivatives at singular points).
    /// </summary>
    static abstract TSelf ScaleStrongZero(TSelf a, T s);

    /// <summary>Fused <c>a * s + c</c>, one rounding per lane.</summary>
    static abstract TSelf MulAdd(TSelf a, T s, TSelf c);

    /// <summary>Lane-wise fused <c>a * b + c</c>, one rounding per lane.</summary>
    static abstract TSelf MulAdd(TSelf a, TSelf b, TSelf c);

    /// <summary>The linear combination <c>a * s + b * t</c> (the second product fused into the sum).</summary>
    static abstract TSelf Combine(TSelf a, T s, TSelf b, T t);

    /// <summary>The sum of the lanes.</summary>
    static abstract T Sum(TSelf a);

    /// <summary>Reads <see cref="Width"/> consecutive values starting at <paramref name="source"/>, without bounds checks.</summary>
    static abstract TSelf LoadUnsafe(ref readonly T source);

    /// <summary>Writes the lanes to <see cref="Width"/> consecutive values starting at <paramref name="destination"/>, without bounds checks.</summary>
    static abstract void StoreUnsafe(TSelf value, ref T destination);

    /// <summary>Reads the first <see cref="Width"/> values of <paramref name="source"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="source"/> is shorter than <see cref="Width"/>.</exception>
    static abstract TSelf Load(ReadOnlySpan<T> source);

    /// <summary>Writes the lanes to the first <see cref="Width"/> values of <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="Width"/>.</exception>
    void Store(Span<T> destination);

    /// <summary>Lane <paramref name="lane"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    T this[int lane] { get; }

    /// <summary>A copy of this chunk with lane <paramref name="lane"/> set to <paramref name="value"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    TSelf WithLane(int lane, T value);
}
