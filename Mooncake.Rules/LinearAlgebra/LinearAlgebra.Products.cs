namespace Mooncake.Rules;

public static partial class LinearAlgebra
{
    /// <summary>
    /// The matrix-vector product <c>A x</c>, or <c>Aᵀ x</c> when <paramref name="transpose"/> is
    /// true, as a new vector. <c>A x</c> takes a dot product along each row; <c>Aᵀ x</c> adds
    /// up scaled rows, so both read <paramref name="a"/> along its rows.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The length of <paramref name="x"/> does not match the matrix.</exception>
    public static double[] Multiply(double[,] a, double[] x, bool transpose = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(x);
        int rows = a.GetLength(0), columns = a.GetLength(1);
        int inner = transpose ? rows : columns;
        if (x.Length != inner)
        {
            throw new ArgumentException($"The vector has {x.Length} elements, but {(transpose ? "the transpose of " : "")}the {Shape(a)} matrix needs {inner}.", nameof(x));
        }

        var y = new double[transpose ? columns : rows];
        ref double data = ref Data(a);
        for (int i = 0; i < rows; i++)
        {
            ref double row = ref Row(ref data, i, columns);
            if (transpose)
            {
                ScalarKernels.Axpy(ref Data(y), x[i], ref row, columns);
            }
            else
            {
                y[i] = ScalarKernels.Dot(ref row, ref Data(x), columns);
            }
        }

        return y;
    }

    /// <summary>
    /// The matrix product <c>op(A) op(B)</c> as a new matrix, where <c>op(M)</c> is <c>Mᵀ</c> when
    /// the matching flag is set. Each row of the result is built as a sum of scaled rows of
    /// <c>op(B)</c> (a transposed <c>B</c> is transposed into a copy first), so every inner loop
    /// runs along a row.
    /// </summary>
    /// <exception cref="ArgumentNullException">A matrix is null.</exception>
    /// <exception cref="ArgumentException">The inner dimensions of <c>op(A)</c> and <c>op(B)</c> differ.</exception>
    public static double[,] Multiply(double[,] a, double[,] b, bool transposeA = false, bool transposeB = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        double[,] bOp = transposeB ? Transpose(b) : b;
        return MultiplyKernel(a, transposeA, bOp, transposeB);
    }

    /// <summary>
    /// <c>op(A) op(B)</c> written into <paramref name="result"/>, which must be
    /// <c>rows(op(A))</c> × <c>columns(op(B))</c> and must not be <paramref name="a"/> or
    /// <paramref name="b"/>: the product without allocating its result, for loops that reuse
    /// buffers (a derivative of it then allocates nothing either).
    /// </summary>
    /// <exception cref="ArgumentNullException">A matrix is null.</exception>
    /// <exception cref="ArgumentException">The shapes do not fit, or the result is an operand.</exception>
    public static void Multiply(double[,] a, double[,] b, double[,] result, bool transposeA = false, bool transposeB = false)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(result);
        if (ReferenceEquals(result, a) || ReferenceEquals(result, b))
        {
            throw new ArgumentException("The result of a product cannot be one of its operands.", nameof(result));
        }

        double[,] bOp = transposeB ? Transpose(b) : b;
        MultiplyInto(a, transposeA, bOp, transposeB, result);
    }

    /// <summary>The transpose <c>Aᵀ</c> as a new matrix.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    public static double[,] Transpose(double[,] a)
    {
        ArgumentNullException.ThrowIfNull(a);
        int rows = a.GetLength(0), columns = a.GetLength(1);
        var t = new double[columns, rows];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                t[j, i] = a[i, j];
            }
        }

        return t;
    }

    /// <summary>The shape of <c>op(A) op(B)</c>, or an exception naming both shapes.</summary>
    internal static (int Rows, int Inner, int Columns) ProductShape(double[,] a, bool transposeA, double[,] bOp, bool transposeB)
    {
        int rows = a.GetLength(transposeA ? 1 : 0), inner = a.GetLength(transposeA ? 0 : 1);
        if (bOp.GetLength(0) != inner)
        {
            string left = $"{(transposeA ? "Aᵀ" : "A")} is {rows}×{inner}";
            string right = $"{(transposeB ? "Bᵀ" : "B")} is {bOp.GetLength(0)}×{bOp.GetLength(1)}";
            throw new ArgumentException($"The inner dimensions of the product differ: {left} and {right}.", "b");
        }

        return (rows, inner, bOp.GetLength(1));
    }

    /// <summary><c>op(A) B</c>, where <paramref name="bOp"/> is already the right factor.</summary>
    internal static double[,] MultiplyKernel(double[,] a, bool transposeA, double[,] bOp, bool transposeB = false)
    {
        (int m, _, int n) = ProductShape(a, transposeA, bOp, transposeB);
        var c = new double[m, n];
        MultiplyInto(a, transposeA, bOp, transposeB, c);
        return c;
    }

    /// <summary><c>op(A) B</c> into <paramref name="c"/> (overwritten), where <paramref name="bOp"/> is already the right factor.</summary>
    internal static void MultiplyInto(double[,] a, bool transposeA, double[,] bOp, bool transposeB, double[,] c)
    {
        (int m, int p, int n) = ProductShape(a, transposeA, bOp, transposeB);
        if (c.GetLength(0) != m || c.GetLength(1) != n)
        {
            throw new ArgumentException($"The product is {m}×{n} but the result is {c.GetLength(0)}×{c.GetLength(1)}.", "result");
        }

        Array.Clear(c);
        ref double aData = ref Data(a), bData = ref Data(bOp), cData = ref Data(c);
        int aColumns = a.GetLength(1);
        for (int i = 0; i < m; i++)
        {
            ref double cRow = ref Row(ref cData, i, n);
            for (int k = 0; k < p; k++)
            {
                double aik = transposeA ? Element(ref aData, k, i, aColumns) : Element(ref aData, i, k, aColumns);
                ScalarKernels.Axpy(ref cRow, aik, ref Row(ref bData, k, n), n);
            }
        }
    }
}
