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
    /// <c>dC = op(dA) op(B) + op(A) op(dB)</c>: one matrix-matrix product over the blocks for
    /// every lane (<see cref="ChunkProduct"/>), not one product per lane.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Multiply), typeof(double[,]), typeof(double[,]), typeof(bool), typeof(bool))]
    public static Dual<double[,], MatrixTangent<TChunk, double>> Multiply<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> a, Dual<double[,], MatrixTangent<TChunk, double>> b, bool transposeA, bool transposeB)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(a.Primal, nameof(a));
        ArgumentNullException.ThrowIfNull(b.Primal, nameof(b));
        int m = a.Primal.GetLength(transposeA ? 1 : 0), n = b.Primal.GetLength(transposeB ? 0 : 1);
        var c = new Dual<double[,], MatrixTangent<TChunk, double>>(new double[m, n], new MatrixTangent<TChunk, double>(m, n));
        Product(a, b, c, transposeA, transposeB);
        return c;
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Multiply(double[,], double[,], double[,], bool, bool)"/>:
    /// the product and its tangent written into the result and its tangent, allocating nothing at any width.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Multiply), typeof(double[,]), typeof(double[,]), typeof(double[,]), typeof(bool), typeof(bool))]
    public static void Multiply<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> a,
        Dual<double[,], MatrixTangent<TChunk, double>> b,
        Dual<double[,], MatrixTangent<TChunk, double>> result,
        bool transposeA,
        bool transposeB)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(a.Primal, nameof(a));
        ArgumentNullException.ThrowIfNull(b.Primal, nameof(b));
        ArgumentNullException.ThrowIfNull(result.Primal, nameof(result));
        if (ReferenceEquals(result.Primal, a.Primal) || ReferenceEquals(result.Primal, b.Primal))
        {
            throw new ArgumentException("The result of a product cannot be one of its operands.", nameof(result));
        }

        Product(a, b, result, transposeA, transposeB);
    }

    // C = op(A) op(B) and dC = op(dA) op(B) + op(A) op(dB): one matrix-matrix product over the
    // blocks for every lane (ChunkProduct), not one product per lane.
    private static void Product<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> a,
        Dual<double[,], MatrixTangent<TChunk, double>> b,
        Dual<double[,], MatrixTangent<TChunk, double>> c,
        bool transposeA,
        bool transposeB)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[,] bOp = transposeB ? LinearAlgebra.Transpose(b.Primal) : b.Primal;
        LinearAlgebra.MultiplyInto(a.Primal, transposeA, bOp, transposeB, c.Primal);
        int m = c.Primal.GetLength(0), n = c.Primal.GetLength(1), p = bOp.GetLength(0);
        int aColumns = a.Primal.GetLength(1), bColumns = b.Primal.GetLength(1);
        ref double aData = ref LinearAlgebra.Data(a.Primal), bOpData = ref LinearAlgebra.Data(bOp);
        ref double da = ref Lanes(a.Tangent, a.Primal), db = ref Lanes(b.Tangent, b.Primal);
        MatrixTangent<TChunk, double> dc = c.Tangent;
        dc.Clear();
        ref double dcData = ref Lanes(dc, c.Primal);

        // Element (i, k) of op(A) is at i·aRow + k·aColumn in A (and in dA's chunks); element
        // (k, j) of op(dB) at k·dbRow + j·dbColumn chunks of dB.
        var layout = new ProductLayout(
            transposeA ? 1 : aColumns, transposeA ? aColumns : 1, transposeB ? 1 : bColumns, transposeB ? bColumns : 1, p, n);
        ChunkProduct.Add<TChunk, BothTerms>(ref aData, ref da, ref bOpData, ref db, ref dcData, layout, m);
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
}
