using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>
/// The tangent of a one-dimensional array <c>T[]</c> at the width of <typeparamref name="TChunk"/>:
/// one chunk-major block with a chunk per element (see <see cref="BlockTangent{TChunk, T}"/>).
/// </summary>
/// <typeparam name="TChunk">The chunk type.</typeparam>
/// <typeparam name="T">The element type: <see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class ArrayTangent<TChunk, T> : BlockTangent<TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The zero tangent of an array of <paramref name="length"/> elements.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is negative.</exception>
    public ArrayTangent(int length)
        : base(NonNegative(length, nameof(length)))
    {
    }

    /// <summary>Wraps an existing chunk-major block (no copy) as the tangent of an array of <paramref name="length"/> elements.</summary>
    /// <exception cref="ArgumentException">The block does not hold exactly <c>length * Width</c> values.</exception>
    public ArrayTangent(T[] block, int length)
        : base(block, NonNegative(length, nameof(length)))
    {
    }

    /// <summary>The number of elements of the primal array.</summary>
    public int Length => Count;

    /// <summary>The zero tangent for <paramref name="primal"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="primal"/> is null.</exception>
    public static ArrayTangent<TChunk, T> ZeroFor(T[] primal)
    {
        ArgumentNullException.ThrowIfNull(primal);
        return new ArrayTangent<TChunk, T>(primal.Length);
    }

    /// <summary>The chunk of element <paramref name="index"/>.</summary>
    public TChunk this[int index]
    {
        get => GetChunk(index);
        set => SetChunk(index, value);
    }

    /// <summary>A deep copy of this tangent.</summary>
    public ArrayTangent<TChunk, T> Clone() => new((T[])Block.Clone(), Length);

    /// <summary>Lane <paramref name="lane"/> of every element, copied into a new array.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public T[] GetLane(int lane)
    {
        var values = new T[Length];
        Lane(lane).CopyTo(values);
        return values;
    }

    /// <summary>Sets lane <paramref name="lane"/> of every element from <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have one value per element.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public void SetLane(int lane, ReadOnlySpan<T> values)
    {
        if (values.Length != Length)
        {
            throw new ArgumentException($"Lane {lane} of an array tangent of {Length} elements needs {Length} values, not {values.Length}.", nameof(values));
        }

        _ = Lane(lane).TryCopyFrom(values); // cannot fail: the lengths were checked above
    }
}
