using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The matrix-matrix products of the tangent kernels: <c>dC += op(A) op(dB) + op(dA) op(B)</c>
/// (either term may be left out, see <see cref="IProductTerms"/>), where <c>A</c> and <c>B</c>
/// hold scalars and <c>dA</c>, <c>dB</c>, <c>dC</c> chunks. Tiles of 2 rows × 4 chunks of
/// <c>dC</c> are accumulated in registers over the whole inner dimension, so each chunk of
/// <c>dB</c> loaded serves two rows and <c>dC</c> is written once; the edges the tiles leave are
/// sums of scaled rows.
/// </summary>
/// <remarks>
/// Each element adds, for k in order, the <c>op(A) op(dB)</c> term and then the
/// <c>op(dA) op(B)</c> term, in the tiles and at the edges alike, so the result does not depend
/// on where an element falls, nor (every lane doing the same) on the width.
/// </remarks>
internal static class ChunkProduct
{
    /// <summary>
    /// Adds the selected terms to the <paramref name="rows"/> × <c>layout.Columns</c> block
    /// <paramref name="dc"/>. Operands a term leaves out are not read.
    /// </summary>
    public static void Add<TChunk, TTerms>(ref double a, ref double da, ref double bOp, ref double db, ref double dc, ProductLayout layout, int rows)
        where TChunk : struct, IChunk<TChunk, double>
        where TTerms : struct, IProductTerms
    {
        int i = 0;
        for (; i < rows - 1; i += 2)
        {
            int j = 0;
            for (; j < layout.Columns - 3; j += 4)
            {
                Tile<TChunk, TTerms>(ref a, ref da, ref bOp, ref db, ref dc, layout, i, j);
            }

            Rows<TChunk, TTerms>(ref a, ref da, ref bOp, ref db, ref dc, layout, i, 2, j);
        }

        Rows<TChunk, TTerms>(ref a, ref da, ref bOp, ref db, ref dc, layout, i, rows - i, 0);
    }

    // dC[i..i+2, j..j+4] += the terms, the eight chunks of the tile in registers.
    private static void Tile<TChunk, TTerms>(ref double a, ref double da, ref double bOp, ref double db, ref double dc, ProductLayout layout, int i, int j)
        where TChunk : struct, IChunk<TChunk, double>
        where TTerms : struct, IProductTerms
    {
        ref double row0 = ref ChunkKernels.Chunk<TChunk>(ref dc, ((nint)i * layout.Columns) + j);
        ref double row1 = ref ChunkKernels.Chunk<TChunk>(ref row0, layout.Columns);
        TChunk c00 = ChunkKernels.Load<TChunk>(ref row0, 0), c01 = ChunkKernels.Load<TChunk>(ref row0, 1);
        TChunk c02 = ChunkKernels.Load<TChunk>(ref row0, 2), c03 = ChunkKernels.Load<TChunk>(ref row0, 3);
        TChunk c10 = ChunkKernels.Load<TChunk>(ref row1, 0), c11 = ChunkKernels.Load<TChunk>(ref row1, 1);
        TChunk c12 = ChunkKernels.Load<TChunk>(ref row1, 2), c13 = ChunkKernels.Load<TChunk>(ref row1, 3);
        nint a0 = i * (nint)layout.ARow, a1 = a0 + layout.ARow, dbColumn = layout.DbColumn;
        for (int k = 0; k < layout.Inner; k++)
        {
            nint ak = k * (nint)layout.AColumn;
            double x0 = 0, x1 = 0, b0 = 0, b1 = 0, b2 = 0, b3 = 0;
            TChunk dx0 = TChunk.Zero, dx1 = TChunk.Zero, e0 = TChunk.Zero, e1 = TChunk.Zero, e2 = TChunk.Zero, e3 = TChunk.Zero;
            if (TTerms.Right)
            {
                (x0, x1) = (At(ref a, a0 + ak), At(ref a, a1 + ak));
                ref double dbStart = ref ChunkKernels.Chunk<TChunk>(ref db, ((nint)k * layout.DbRow) + (j * dbColumn));
                (e0, e1) = (ChunkKernels.Load<TChunk>(ref dbStart, 0), ChunkKernels.Load<TChunk>(ref dbStart, dbColumn));
                (e2, e3) = (ChunkKernels.Load<TChunk>(ref dbStart, 2 * dbColumn), ChunkKernels.Load<TChunk>(ref dbStart, 3 * dbColumn));
            }

            if (TTerms.Left)
            {
                (dx0, dx1) = (ChunkKernels.Load<TChunk>(ref da, a0 + ak), ChunkKernels.Load<TChunk>(ref da, a1 + ak));
                ref double bRow = ref At(ref bOp, ((nint)k * layout.Columns) + j);
                (b0, b1, b2, b3) = (At(ref bRow, 0), At(ref bRow, 1), At(ref bRow, 2), At(ref bRow, 3));
            }

            c00 = Step<TChunk, TTerms>(c00, e0, x0, dx0, b0);
            c01 = Step<TChunk, TTerms>(c01, e1, x0, dx0, b1);
            c02 = Step<TChunk, TTerms>(c02, e2, x0, dx0, b2);
            c03 = Step<TChunk, TTerms>(c03, e3, x0, dx0, b3);
            c10 = Step<TChunk, TTerms>(c10, e0, x1, dx1, b0);
            c11 = Step<TChunk, TTerms>(c11, e1, x1, dx1, b1);
            c12 = Step<TChunk, TTerms>(c12, e2, x1, dx1, b2);
            c13 = Step<TChunk, TTerms>(c13, e3, x1, dx1, b3);
        }

        ChunkKernels.Store(c00, ref row0, 0);
        ChunkKernels.Store(c01, ref row0, 1);
        ChunkKernels.Store(c02, ref row0, 2);
        ChunkKernels.Store(c03, ref row0, 3);
        ChunkKernels.Store(c10, ref row1, 0);
        ChunkKernels.Store(c11, ref row1, 1);
        ChunkKernels.Store(c12, ref row1, 2);
        ChunkKernels.Store(c13, ref row1, 3);
    }

    // c + e·x + dx·b, with only the selected terms, in the order of the rows path.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static TChunk Step<TChunk, TTerms>(TChunk c, TChunk e, double x, TChunk dx, double b)
        where TChunk : struct, IChunk<TChunk, double>
        where TTerms : struct, IProductTerms
    {
        if (TTerms.Right)
        {
            c = TChunk.MulAdd(e, x, c);
        }

        return TTerms.Left ? TChunk.MulAdd(dx, b, c) : c;
    }

    // Columns [j, Columns) of `count` rows from i, a sum of scaled rows per k.
    private static void Rows<TChunk, TTerms>(ref double a, ref double da, ref double bOp, ref double db, ref double dc, ProductLayout layout, int i, int count, int j)
        where TChunk : struct, IChunk<TChunk, double>
        where TTerms : struct, IProductTerms
    {
        int width = layout.Columns - j;
        for (int r = i; r < i + count && width > 0; r++)
        {
            ref double dcRow = ref ChunkKernels.Chunk<TChunk>(ref dc, ((nint)r * layout.Columns) + j);
            for (int k = 0; k < layout.Inner; k++)
            {
                nint aik = ((nint)r * layout.ARow) + ((nint)k * layout.AColumn);
                ref double dbRow = ref ChunkKernels.Chunk<TChunk>(ref db, ((nint)k * layout.DbRow) + ((nint)j * layout.DbColumn));
                ref double bRow = ref At(ref bOp, ((nint)k * layout.Columns) + j);
                if (TTerms.Left && TTerms.Right)
                {
                    ChunkKernels.AddProducts(ref dcRow, ChunkKernels.Load<TChunk>(ref da, aik), ref bRow, 1, ref dbRow, layout.DbColumn, At(ref a, aik), width);
                }
                else if (TTerms.Left)
                {
                    ChunkKernels.AddOuter(ref dcRow, ChunkKernels.Load<TChunk>(ref da, aik), ref bRow, 1, width);
                }
                else
                {
                    ChunkKernels.AddScaled<TChunk>(ref dcRow, ref dbRow, layout.DbColumn, At(ref a, aik), width);
                }
            }
        }
    }

    private static ref double At(ref double start, nint index) => ref System.Runtime.CompilerServices.Unsafe.Add(ref start, index);
}

/// <summary>Where the elements of op(A), op(dA) and op(dB) sit (strides in elements), and the inner and column sizes of a <see cref="ChunkProduct"/>.</summary>
internal readonly record struct ProductLayout(int ARow, int AColumn, int DbRow, int DbColumn, int Inner, int Columns);

/// <summary>Which terms a <see cref="ChunkProduct"/> adds; struct witnesses, so the JIT drops the other.</summary>
internal interface IProductTerms
{
    /// <summary>Whether <c>op(dA) op(B)</c> is added.</summary>
    static abstract bool Left { get; }

    /// <summary>Whether <c>op(A) op(dB)</c> is added.</summary>
    static abstract bool Right { get; }
}

/// <summary>Both terms: the product rule.</summary>
internal readonly struct BothTerms : IProductTerms
{
    public static bool Left => true;

    public static bool Right => true;
}

/// <summary><c>op(dA) op(B)</c> only: chunks times scalars.</summary>
internal readonly struct LeftTerm : IProductTerms
{
    public static bool Left => true;

    public static bool Right => false;
}

/// <summary><c>op(A) op(dB)</c> only: scalars times chunks.</summary>
internal readonly struct RightTerm : IProductTerms
{
    public static bool Left => false;

    public static bool Right => true;
}
