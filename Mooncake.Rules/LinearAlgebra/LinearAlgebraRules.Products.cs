using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class LinearAlgebraRules
{
    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Multiply(double[,], double[], bool)"/>:
    /// <c>d(A x) = dA x + A dx</c>, one pass over the rows of <c>A</c> and <c>dA</c> for every
    /// lane (dot products of chunk rows for <c>A x</c>, sums of scaled chunk rows for <c>Aᵀ x</c>).
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Multiply), typeof(double[,]), typeof(double[]), typeof(bool))]
    public static Dual<double[], ArrayTangent<TChunk, double>> Multiply<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> a, Dual<double[], ArrayTangent<TChunk, double>> x, bool transpose)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[] y = LinearAlgebra.Multiply(a.Primal, x.Primal, transpose);
        double[,] matrix = a.Primal;
        double[] xs = x.Primal;
        int rows = matrix.GetLength(0), columns = matrix.GetLength(1);
        ref double aData = ref LinearAlgebra.Data(matrix), xData = ref LinearAlgebra.Data(xs);
        ref double da = ref Lanes(a.Tangent, matrix), dx = ref Lanes(x.Tangent, xs.Length);
        var dy = new ArrayTangent<TChunk, double>(y.Length);
        ref double dyData = ref dy.ChunkStart(0);
        for (int i = 0; i < rows; i++)
        {
            ref double aRow = ref LinearAlgebra.Row(ref aData, i, columns);
            ref double daRow = ref Row<TChunk>(ref da, i, columns);
            if (transpose)
            {
                // dy += dx[i] A[i,:] + x[i] dA[i,:]
                ChunkKernels.AddProducts(ref dyData, ChunkKernels.Load<TChunk>(ref dx, i), ref aRow, 1, ref daRow, 1, xs[i], columns);
            }
            else
            {
                ChunkKernels.Store(ChunkKernels.DotPair<TChunk>(ref daRow, 1, ref xData, 1, ref dx, ref aRow, columns), ref dyData, i);
            }
        }

        return new(y, dy);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Multiply(double[,], double[,], bool, bool)"/>:
    /// <c>dC = op(dA) op(B) + op(A) op(dB)</c>. Row i of <c>dC</c> (all its lanes) is built as
    /// <c>Σₖ op(dA)[i,k] op(B)[k,:] + op(A)[i,k] op(dB)[k,:]</c> in one pass per k: a
    /// matrix-matrix product over the blocks, not one per lane.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Multiply), typeof(double[,]), typeof(double[,]), typeof(bool), typeof(bool))]
    public static Dual<double[,], MatrixTangent<TChunk, double>> Multiply<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> a, Dual<double[,], MatrixTangent<TChunk, double>> b, bool transposeA, bool transposeB)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(a.Primal, nameof(a));
        ArgumentNullException.ThrowIfNull(b.Primal, nameof(b));
        double[,] bOp = transposeB ? LinearAlgebra.Transpose(b.Primal) : b.Primal;
        double[,] c = LinearAlgebra.MultiplyKernel(a.Primal, transposeA, bOp, transposeB);
        int m = c.GetLength(0), n = c.GetLength(1), p = bOp.GetLength(0);
        int aColumns = a.Primal.GetLength(1), bColumns = b.Primal.GetLength(1);
        ref double aData = ref LinearAlgebra.Data(a.Primal), bOpData = ref LinearAlgebra.Data(bOp);
        ref double da = ref Lanes(a.Tangent, a.Primal), db = ref Lanes(b.Tangent, b.Primal);
        var dc = new MatrixTangent<TChunk, double>(m, n);
        ref double dcData = ref dc.ChunkStart(0);

        // Element (i, k) of op(A) is at i·aRow + k·aColumn in A (and in dA's chunks); element
        // (k, j) of op(dB) at k·dbRow + j·dbColumn chunks of dB.
        var shape = new ProductLayout(
            transposeA ? 1 : aColumns, transposeA ? aColumns : 1, transposeB ? 1 : bColumns, transposeB ? bColumns : 1, p, n);
        int i = 0;
        for (; i < m - 1; i += 2)
        {
            int j = 0;
            for (; j < n - 3; j += 4)
            {
                MultiplyTile<TChunk>(ref aData, ref da, ref bOpData, ref db, ref dcData, shape, i, j);
            }

            MultiplyRows<TChunk>(ref aData, ref da, ref bOpData, ref db, ref dcData, shape, i, 2, j);
        }

        MultiplyRows<TChunk>(ref aData, ref da, ref bOpData, ref db, ref dcData, shape, i, m - i, 0);
        return new(c, dc);
    }

    /// <summary>The rule of <see cref="LinearAlgebra.Transpose"/>: <c>d(Aᵀ) = (dA)ᵀ</c>, moving whole chunks.</summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Transpose), typeof(double[,]))]
    public static Dual<double[,], MatrixTangent<TChunk, double>> Transpose<TChunk>(Dual<double[,], MatrixTangent<TChunk, double>> a)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[,] t = LinearAlgebra.Transpose(a.Primal);
        int rows = a.Primal.GetLength(0), columns = a.Primal.GetLength(1);
        ref double da = ref Lanes(a.Tangent, a.Primal);
        var dt = new MatrixTangent<TChunk, double>(columns, rows);
        ref double dtData = ref dt.ChunkStart(0);
        for (int j = 0; j < columns; j++)
        {
            // Row j of the transpose is column j of dA.
            ChunkKernels.Copy<TChunk>(ref ChunkKernels.Chunk<TChunk>(ref da, j), columns, ref Row<TChunk>(ref dtData, j, rows), rows);
        }

        return new(t, dt);
    }

    /// <summary>
    /// <c>dC[i..i+2, j..j+4] = Σₖ op(A)[·,k] op(dB)[k,·] + op(dA)[·,k] op(B)[k,·]</c> with the
    /// eight chunks of the tile kept in registers: each chunk of <c>dB</c> loaded serves two rows,
    /// and <c>dC</c> is written once. Each element adds its terms in the order of
    /// <see cref="ChunkKernels.AddProducts{TChunk}"/>, so the tile and the row loop agree.
    /// </summary>
    private static void MultiplyTile<TChunk>(ref double a, ref double da, ref double bOp, ref double db, ref double dc, ProductLayout shape, int i, int j)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TChunk c00 = TChunk.Zero, c01 = TChunk.Zero, c02 = TChunk.Zero, c03 = TChunk.Zero;
        TChunk c10 = TChunk.Zero, c11 = TChunk.Zero, c12 = TChunk.Zero, c13 = TChunk.Zero;
        nint a0 = i * (nint)shape.ARow, a1 = a0 + shape.ARow;
        for (int k = 0; k < shape.Inner; k++)
        {
            nint ak = k * (nint)shape.AColumn;
            double x0 = At(ref a, a0 + ak), x1 = At(ref a, a1 + ak);
            TChunk dx0 = ChunkKernels.Load<TChunk>(ref da, a0 + ak), dx1 = ChunkKernels.Load<TChunk>(ref da, a1 + ak);
            ref double bRow = ref At(ref bOp, ((nint)k * shape.Columns) + j);
            ref double dbStart = ref ChunkKernels.Chunk<TChunk>(ref db, ((nint)k * shape.DbRow) + ((nint)j * shape.DbColumn));
            TChunk e0 = ChunkKernels.Load<TChunk>(ref dbStart, 0), e1 = ChunkKernels.Load<TChunk>(ref dbStart, shape.DbColumn);
            TChunk e2 = ChunkKernels.Load<TChunk>(ref dbStart, 2 * (nint)shape.DbColumn), e3 = ChunkKernels.Load<TChunk>(ref dbStart, 3 * (nint)shape.DbColumn);
            double b0 = At(ref bRow, 0), b1 = At(ref bRow, 1), b2 = At(ref bRow, 2), b3 = At(ref bRow, 3);
            c00 = TChunk.MulAdd(dx0, b0, TChunk.MulAdd(e0, x0, c00));
            c01 = TChunk.MulAdd(dx0, b1, TChunk.MulAdd(e1, x0, c01));
            c02 = TChunk.MulAdd(dx0, b2, TChunk.MulAdd(e2, x0, c02));
            c03 = TChunk.MulAdd(dx0, b3, TChunk.MulAdd(e3, x0, c03));
            c10 = TChunk.MulAdd(dx1, b0, TChunk.MulAdd(e0, x1, c10));
            c11 = TChunk.MulAdd(dx1, b1, TChunk.MulAdd(e1, x1, c11));
            c12 = TChunk.MulAdd(dx1, b2, TChunk.MulAdd(e2, x1, c12));
            c13 = TChunk.MulAdd(dx1, b3, TChunk.MulAdd(e3, x1, c13));
        }

        ref double row0 = ref ChunkKernels.Chunk<TChunk>(ref dc, ((nint)i * shape.Columns) + j);
        ref double row1 = ref ChunkKernels.Chunk<TChunk>(ref row0, shape.Columns);
        ChunkKernels.Store(c00, ref row0, 0);
        ChunkKernels.Store(c01, ref row0, 1);
        ChunkKernels.Store(c02, ref row0, 2);
        ChunkKernels.Store(c03, ref row0, 3);
        ChunkKernels.Store(c10, ref row1, 0);
        ChunkKernels.Store(c11, ref row1, 1);
        ChunkKernels.Store(c12, ref row1, 2);
        ChunkKernels.Store(c13, ref row1, 3);
    }

    /// <summary>Columns <c>[j, n)</c> of <paramref name="rows"/> rows of <c>dC</c> from <paramref name="i"/>, a sum of scaled rows per k (the edges the tiles leave).</summary>
    private static void MultiplyRows<TChunk>(ref double a, ref double da, ref double bOp, ref double db, ref double dc, ProductLayout shape, int i, int rows, int j)
        where TChunk : struct, IChunk<TChunk, double>
    {
        for (int r = i; r < i + rows && j < shape.Columns; r++)
        {
            ref double dcRow = ref ChunkKernels.Chunk<TChunk>(ref dc, ((nint)r * shape.Columns) + j);
            for (int k = 0; k < shape.Inner; k++)
            {
                nint aik = ((nint)r * shape.ARow) + ((nint)k * shape.AColumn);
                ref double dbRow = ref ChunkKernels.Chunk<TChunk>(ref db, ((nint)k * shape.DbRow) + ((nint)j * shape.DbColumn));
                ChunkKernels.AddProducts(
                    ref dcRow, ChunkKernels.Load<TChunk>(ref da, aik), ref At(ref bOp, ((nint)k * shape.Columns) + j), 1, ref dbRow, shape.DbColumn, At(ref a, aik), shape.Columns - j);
            }
        }
    }

    /// <summary>Where the elements of op(A), op(dA) and op(dB) sit (strides in elements), and the product's inner and column sizes.</summary>
    private readonly record struct ProductLayout(int ARow, int AColumn, int DbRow, int DbColumn, int Inner, int Columns);
}
