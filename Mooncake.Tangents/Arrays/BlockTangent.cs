using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CommunityToolkit.HighPerformance;
using CommunityToolkit.HighPerformance.Enumerables;

namespace Mooncake.Tangents;

/// <summary>
/// One contiguous chunk-major block of tangent lanes for <see cref="Count"/> primal elements: element
/// i's <c>TChunk.Width</c> lanes sit at <c>i * Width .. i * Width + Width - 1</c>, so each element's
/// chunk loads as whole vectors and a linear map over the elements is one pass over all lanes.
/// Logically it is the <c>Count × Width</c> matrix whose column k is the tangent in direction k.
/// </summary>
/// <remarks>
/// The block is separate from the primal array and is a reference type, so two references to one
/// primal array share one tangent. <see cref="ArrayTangent{TChunk, T}"/> and
/// <see cref="MatrixTangent{TChunk, T}"/> add the primal's shape.
/// </remarks>
/// <typeparam name="TChunk">The chunk type; it fixes the number of lanes.</typeparam>
/// <typeparam name="T">The element type: <see cref="double"/> or <see cref="float"/>.</typeparam>
public abstract class BlockTangent<TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private readonly T[] _block;

    /// <summary>A zero block for <paramref name="count"/> elements.</summary>
    private protected BlockTangent(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        long values = count * (long)TChunk.Width;
        if (values > Array.MaxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(count), count, $"A tangent of {count} elements at width {TChunk.Width} needs {values} values, more than an array can hold ({Array.MaxLength}).");
        }

        _block = new T[values];
        Count = count;
    }

    /// <summary>Wraps an existing block (no copy) holding <paramref name="count"/> chunks.</summary>
    private protected BlockTangent(T[] block, int count)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (block.Length != count * (long)TChunk.Width) // in long: a count too large for an int block is a mismatch, not an overflow
        {
            throw new ArgumentException(
                $"A tangent block for {count} elements at width {TChunk.Width} holds {count * (long)TChunk.Width} values, but the given block holds {block.Length}.",
                nameof(block));
        }

        _block = block;
        Count = count;
    }

    /// <summary>The number of primal elements.</summary>
    public int Count { get; }

    /// <summary>The number of lanes per element.</summary>
    public static int Width => TChunk.Width;

    /// <summary>The raw chunk-major block (<c>Count * Width</c> values).</summary>
    public T[] Block => _block;

    /// <summary>The raw block as a span.</summary>
    public Span<T> AsSpan() => _block;

    /// <summary>The block as a <c>Count × Width</c> matrix: row i is element i's chunk, column k is lane k.</summary>
    // Built from a reference rather than the array: Span2D's array constructor rejects an empty
    // array (offset 0 is not below its length), and an empty tangent is still Count × Width.
    public Span2D<T> AsSpan2D() => Span2D<T>.DangerousCreate(ref MemoryMarshal.GetArrayDataReference(_block), Count, TChunk.Width, 0);

    /// <summary>Lane <paramref name="lane"/> of every element, as a strided view (stride <c>Width</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public RefEnumerable<T> Lane(int lane)
    {
        ChunkLanes.CheckLane(lane, TChunk.Width);
        return AsSpan2D().GetColumn(lane);
    }

    /// <summary>The chunk of element <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, Count).</exception>
    public TChunk GetChunk(int index)
    {
        CheckIndex(index);
        return TChunk.LoadUnsafe(in ChunkStart(index));
    }

    /// <summary>Sets the chunk of element <paramref name="index"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not in [0, Count).</exception>
    public void SetChunk(int index, TChunk chunk)
    {
        CheckIndex(index);
        TChunk.StoreUnsafe(chunk, ref ChunkStart(index));
    }

    /// <summary>The first lane of element <paramref name="index"/>, without bounds checks (for kernels).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ref T ChunkStart(int index) => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_block), (nint)index * TChunk.Width);

    /// <summary>Sets every lane of every element to zero.</summary>
    public void Clear() => Array.Clear(_block);

    /// <summary>Copies this block into <paramref name="destination"/>, which must have the same element count.</summary>
    /// <exception cref="ArgumentException">The element counts differ.</exception>
    public void CopyTo(BlockTangent<TChunk, T> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        RequireSameCount(destination, nameof(destination));
        _block.AsSpan().CopyTo(destination._block);
    }

    /// <summary>
    /// Seeds the identity for inputs [<paramref name="start"/>, <paramref name="start"/> + Width):
    /// lane k of element <c>start + k</c> becomes 1, for the lanes that fall inside the block (the
    /// last chunk of a gradient may be partial). Other entries are not touched, so a block that
    /// is zero apart from the previous seed can be reseeded in O(Width) with
    /// <see cref="ClearIdentity(int)"/> then <see cref="SeedIdentity(int)"/>.
    /// </summary>
    /// <returns>The number of lanes seeded: <c>min(Width, Count - start)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in [0, Count).</exception>
    public int SeedIdentity(int start) => WriteIdentity(start, TChunk.Width, T.One);

    /// <summary>
    /// Seeds the identity for the <paramref name="lanes"/> inputs starting at <paramref name="start"/>,
    /// for a pass that uses only the first <paramref name="lanes"/> lanes of the chunk (a requested
    /// width below the chunk's): the spare lanes stay zero.
    /// </summary>
    /// <returns>The number of lanes seeded: <c>min(lanes, Count - start)</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in [0, Count), or <paramref name="lanes"/> not in [1, Width].</exception>
    public int SeedIdentity(int start, int lanes) => WriteIdentity(start, lanes, T.One);

    /// <summary>Undoes <see cref="SeedIdentity(int)"/> for the same <paramref name="start"/>, in O(Width).</summary>
    /// <returns>The number of lanes cleared.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in [0, Count).</exception>
    public int ClearIdentity(int start) => WriteIdentity(start, TChunk.Width, T.Zero);

    /// <summary>Undoes <see cref="SeedIdentity(int, int)"/> for the same arguments, in O(lanes).</summary>
    /// <returns>The number of lanes cleared.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in [0, Count), or <paramref name="lanes"/> not in [1, Width].</exception>
    public int ClearIdentity(int start, int lanes) => WriteIdentity(start, lanes, T.Zero);

    /// <summary>
    /// Copies Jacobian columns [<paramref name="start"/>, <paramref name="start"/> + <paramref name="lanes"/>)
    /// out of this block, which holds the output tangents of a pass seeded at <paramref name="start"/>:
    /// <c>jacobian[i, start + k] = lane k of element i</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The Jacobian has fewer rows than the block has elements, or too few columns.</exception>
    public void ExtractColumns(int start, int lanes, T[,] jacobian)
    {
        ArgumentNullException.ThrowIfNull(jacobian);
        CheckLaneCount(lanes);
        if (jacobian.GetLength(0) != Count || start < 0 || start + lanes > jacobian.GetLength(1))
        {
            throw new ArgumentException(
                $"Columns [{start}, {start + lanes}) of a Jacobian with {Count} rows do not fit a {jacobian.GetLength(0)}×{jacobian.GetLength(1)} matrix.",
                nameof(jacobian));
        }

        Span2D<T> target = jacobian;
        for (int i = 0; i < Count; i++)
        {
            MemoryMarshal.CreateReadOnlySpan(ref ChunkStart(i), lanes).CopyTo(target.GetRowSpan(i).Slice(start, lanes));
        }
    }

    /// <summary>Throws unless <paramref name="other"/> has the same element count.</summary>
    /// <exception cref="ArgumentException">The element counts differ.</exception>
    public void RequireSameCount(BlockTangent<TChunk, T> other, string parameterName)
    {
        if (other.Count != Count)
        {
            throw new ArgumentException($"Tangent blocks differ in length: {Count} elements and {other.Count} elements.", parameterName);
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} of {Count} elements × {TChunk.Width} lanes";

    /// <summary>Throws unless <paramref name="index"/> is a valid element index.</summary>
    protected void CheckIndex(int index)
    {
        if ((uint)index >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Element {index} is outside the tangent's {Count} elements.");
        }
    }

    /// <summary>The element count of a <paramref name="rows"/> × <paramref name="columns"/> matrix, or an exception naming the bad dimension.</summary>
    private protected static int ElementCount(int rows, int columns)
    {
        long count = (long)NonNegative(rows, nameof(rows)) * NonNegative(columns, nameof(columns));
        if (count > int.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(rows), $"A {rows}×{columns} matrix has {count} elements, more than a tangent block can index.");
        }

        return (int)count;
    }

    /// <summary>Returns <paramref name="value"/>, or throws naming the caller's parameter <paramref name="name"/> if it is negative.</summary>
    private protected static int NonNegative(int value, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value, name);
        return value;
    }

    private static void CheckLaneCount(int lanes)
    {
        if (lanes < 0 || lanes > TChunk.Width)
        {
            throw new ArgumentOutOfRangeException(nameof(lanes), lanes, $"A chunk of width {TChunk.Width} has between 0 and {TChunk.Width} lanes to extract.");
        }
    }

    private int WriteIdentity(int start, int passLanes, T value)
    {
        if ((uint)start >= (uint)Count)
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, $"The first seeded input {start} is outside the tangent's {Count} elements.");
        }

        ChunkSeeding.CheckPassLanes(passLanes, TChunk.Width);
        int lanes = Math.Min(passLanes, Count - start);
        for (int k = 0; k < lanes; k++)
        {
            Unsafe.Add(ref ChunkStart(start + k), k) = value;
        }

        return lanes;
    }
}
