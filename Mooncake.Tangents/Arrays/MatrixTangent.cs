using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>
/// The tangent of a two-dimensional array <c>T[,]</c> at the width of <typeparamref name="TChunk"/>:
/// one chunk-major block whose elements follow the primal's row-major order, element (i, j)
/// being element <c>i * Columns + j</c> of the block.
/// </summary>
/// <typeparam name="TChunk">The chunk type.</typeparam>
/// <typeparam name="T">The element type: <see cref="double"/> or <see cref="float"/>.</typeparam>
public sealed class MatrixTangent<TChunk, T> : BlockTangent<TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The zero tangent of a <paramref name="rows"/> × <paramref name="columns"/> matrix.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is negative.</exception>
    public MatrixTangent(int rows, int columns)
        : base(ElementCount(rows, columns))
    {
        Rows = rows;
        Columns = columns;
    }

    /// <summary>Wraps an existing chunk-major block (no copy) as the tangent of a <paramref name="rows"/> × <paramref name="columns"/> matrix.</summary>
    /// <exception cref="ArgumentException">The block does not hold exactly <c>rows * columns * Width</c> values.</exception>
    public MatrixTangent(T[] block, int rows, int columns)
        : base(block, ElementCount(rows, columns))
    {
        Rows = rows;
        Columns = columns;
    }

    /// <summary>The number of rows of the primal matrix.</summary>
    public int Rows { get; }

    /// <summary>The number of columns of the primal matrix.</summary>
    public int Columns { get; }

    /// <summary>The zero tangent for <paramref name="primal"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="primal"/> is null.</exception>
    public static MatrixTangent<TChunk, T> ZeroFor(T[,] primal)
    {
        ArgumentNullException.ThrowIfNull(primal);
        return new MatrixTangent<TChunk, T>(primal.GetLength(0), primal.GetLength(1));
    }

    /// <summary>The chunk of element (<paramref name="row"/>, <paramref name="column"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the matrix.</exception>
    public TChunk this[int row, int column]
    {
        get => GetChunk(Index(row, column));
        set => SetChunk(Index(row, column), value);
    }

    /// <summary>A deep copy of this tangent.</summary>
    public MatrixTangent<TChunk, T> Clone() => new((T[])Block.Clone(), Rows, Columns);

    /// <summary>Lane <paramref name="lane"/> of every element, copied into a new matrix.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public T[,] GetLane(int lane)
    {
        var values = new T[Rows, Columns];
        var flat = CommunityToolkit.HighPerformance.ArrayExtensions.AsSpan(values);
        Lane(lane).CopyTo(flat);
        return values;
    }

    /// <summary>Sets lane <paramref name="lane"/> of every element from <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> does not have the matrix's shape.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public void SetLane(int lane, T[,] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.GetLength(0) != Rows || values.GetLength(1) != Columns)
        {
            throw new ArgumentException($"Lane {lane} of a {Rows}×{Columns} matrix tangent needs a {Rows}×{Columns} matrix, not {values.GetLength(0)}×{values.GetLength(1)}.", nameof(values));
        }

        _ = Lane(lane).TryCopyFrom(CommunityToolkit.HighPerformance.ArrayExtensions.AsSpan(values)); // cannot fail: the shape was checked above
    }

    /// <summary>The block index of element (<paramref name="row"/>, <paramref name="column"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the matrix.</exception>
    public int Index(int row, int column)
    {
        if ((uint)row >= (uint)Rows || (uint)column >= (uint)Columns)
        {
            throw new ArgumentOutOfRangeException(
                (uint)row >= (uint)Rows ? nameof(row) : nameof(column), $"Element ({row}, {column}) is outside the {Rows}×{Columns} matrix tangent.");
        }

        return (row * Columns) + column;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{GetType().Name} of {Rows}×{Columns} elements × {Width} lanes";
}
