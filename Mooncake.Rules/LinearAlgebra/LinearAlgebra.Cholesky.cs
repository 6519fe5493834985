namespace Mooncake.Rules;

public static partial class LinearAlgebra
{
    /// <summary>
    /// The Cholesky factor of a symmetric positive definite matrix: the lower triangular <c>L</c>
    /// with a positive diagonal and <c>A = L Lᵀ</c>, as a new matrix whose upper triangle is zero
    /// (LAPACK <c>dpotrf</c> with the lower triangle). Only the lower triangle of <paramref name="a"/>
    /// is read; symmetry is assumed, not checked. Each element of <c>L</c> is a dot product of two
    /// rows of <c>L</c> (the row-by-row Cholesky–Banachiewicz order).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not square, or not positive definite.</exception>
    public static double[,] Cholesky(double[,] a)
    {
        int n = RequireSquare(a, nameof(a));
        var l = new double[n, n];
        ref double aData = ref Data(a), lData = ref Data(l);
        for (int i = 0; i < n; i++)
        {
            ref double rowI = ref Row(ref lData, i, n);
            for (int j = 0; j <= i; j++)
            {
                ref double rowJ = ref Row(ref lData, j, n);
                double s = Element(ref aData, i, j, n) - ScalarKernels.Dot(ref rowI, ref rowJ, j);
                if (j < i)
                {
                    At(ref rowI, j) = s / At(ref rowJ, j);
                }
                else if (s > 0.0)
                {
                    At(ref rowI, i) = Math.Sqrt(s);
                }
                else
                {
                    throw new ArgumentException(
                        $"The matrix is not positive definite: its leading {i + 1}×{i + 1} minor is not (the pivot of row {i} is {s:G6}).", nameof(a));
                }
            }
        }

        return l;
    }

    /// <summary>
    /// Solves <c>A x = b</c> given the Cholesky factor <c>L</c> of <c>A = L Lᵀ</c> (as
    /// <see cref="Cholesky"/> returns it), as a new vector: <c>x = L⁻ᵀ L⁻¹ b</c>. Only the
    /// lower triangle of <paramref name="l"/> is read.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="l"/> is not square or has a zero on its diagonal, or <paramref name="b"/> does not match it.</exception>
    public static double[] CholeskySolve(double[,] l, double[] b)
    {
        int n = RequireSquare(l, nameof(l));
        RequireLength(b, n, nameof(b), l);
        RequireNonzeroDiagonal(l, unitDiagonal: false, nameof(l));
        return CholeskySolveKernel(l, b, []);
    }

    /// <summary>
    /// Solves <c>A X = B</c> for every column of <c>B</c> given the Cholesky factor <c>L</c> of
    /// <c>A = L Lᵀ</c>, as a new matrix.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="l"/> is not square or has a zero on its diagonal, or <paramref name="b"/> has the wrong number of rows.</exception>
    public static double[,] CholeskySolve(double[,] l, double[,] b)
    {
        int n = RequireSquare(l, nameof(l));
        RequireRows(b, n, nameof(b), l);
        RequireNonzeroDiagonal(l, unitDiagonal: false, nameof(l));
        return CholeskySolveKernel(l, b, []);
    }

    /// <summary><c>x = L⁻ᵀ L⁻¹ b</c>; when <paramref name="forward"/> is not empty it receives <c>L⁻¹ b</c>.</summary>
    internal static double[] CholeskySolveKernel(double[,] l, double[] b, Span<double> forward)
    {
        int n = b.Length;
        var x = (double[])b.Clone();
        SolveTriangularKernel(ref Data(l), n, lower: true, transpose: false, unitDiagonal: false, ref Data(x));
        if (!forward.IsEmpty)
        {
            x.CopyTo(forward);
        }

        SolveTriangularKernel(ref Data(l), n, lower: true, transpose: true, unitDiagonal: false, ref Data(x));
        return x;
    }

    /// <summary><c>X = L⁻ᵀ L⁻¹ B</c>; when <paramref name="forward"/> is not empty it receives <c>L⁻¹ B</c> (row-major).</summary>
    internal static double[,] CholeskySolveKernel(double[,] l, double[,] b, Span<double> forward)
    {
        int n = b.GetLength(0), m = b.GetLength(1);
        var x = (double[,])b.Clone();
        SolveTriangularKernel(ref Data(l), n, lower: true, transpose: false, unitDiagonal: false, ref Data(x), m);
        if (!forward.IsEmpty)
        {
            System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(ref Data(x), n * m).CopyTo(forward);
        }

        SolveTriangularKernel(ref Data(l), n, lower: true, transpose: true, unitDiagonal: false, ref Data(x), m);
        return x;
    }
}
