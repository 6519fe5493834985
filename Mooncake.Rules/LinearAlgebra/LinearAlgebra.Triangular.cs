namespace Mooncake.Rules;

public static partial class LinearAlgebra
{
    /// <summary>
    /// Solves <c>op(T) x = b</c> for a triangular <c>T</c>, where <c>op(T)</c> is <c>Tᵀ</c> when
    /// <paramref name="transpose"/> is set, and returns <c>x</c> as a new vector (BLAS <c>dtrsv</c>).
    /// Only the triangle <paramref name="lower"/> names is read (without its diagonal, taken as
    /// ones, when <paramref name="unitDiagonal"/> is set); the other triangle may hold anything.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="t"/> is not square, <paramref name="b"/> does not match it, or a diagonal element is zero (the matrix is singular).</exception>
    public static double[] SolveTriangular(double[,] t, double[] b, bool lower, bool transpose = false, bool unitDiagonal = false)
    {
        int n = RequireSquare(t, nameof(t));
        RequireLength(b, n, nameof(b), t);
        RequireNonzeroDiagonal(t, unitDiagonal, nameof(t));
        var x = (double[])b.Clone();
        SolveTriangularKernel(ref Data(t), n, lower, transpose, unitDiagonal, ref Data(x));
        return x;
    }

    /// <summary>
    /// Solves <c>op(T) X = B</c> for a triangular <c>T</c> and every column of <c>B</c> at once,
    /// returning <c>X</c> as a new matrix (BLAS <c>dtrsm</c> from the left); see
    /// <see cref="SolveTriangular(double[,], double[], bool, bool, bool)"/> for the flags.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="t"/> is not square, <paramref name="b"/> has the wrong number of rows, or a diagonal element is zero (the matrix is singular).</exception>
    public static double[,] SolveTriangular(double[,] t, double[,] b, bool lower, bool transpose = false, bool unitDiagonal = false)
    {
        int n = RequireSquare(t, nameof(t));
        RequireRows(b, n, nameof(b), t);
        RequireNonzeroDiagonal(t, unitDiagonal, nameof(t));
        var x = (double[,])b.Clone();
        SolveTriangularKernel(ref Data(t), n, lower, transpose, unitDiagonal, ref Data(x), x.GetLength(1));
        return x;
    }

    /// <summary>Throws unless every diagonal element of the triangular <paramref name="t"/> is nonzero (nothing to check for a unit diagonal).</summary>
    internal static void RequireNonzeroDiagonal(double[,] t, bool unitDiagonal, string parameterName)
    {
        for (int i = 0; i < t.GetLength(0) && !unitDiagonal; i++)
        {
            if (t[i, i] == 0.0)
            {
                throw Singular(parameterName, $"diagonal element ({i}, {i}) of the triangular matrix is zero");
            }
        }
    }

    /// <summary>
    /// Overwrites <c>x</c> with <c>op(T)⁻¹ x</c>. Without a transpose each unknown is a dot product
    /// along a row of <c>T</c>; with one, row i of <c>T</c> is column i of <c>op(T)</c>, so each
    /// solved unknown is subtracted from the rest along that row.
    /// </summary>
    internal static void SolveTriangularKernel(ref double t, int n, bool lower, bool transpose, bool unitDiagonal, ref double x)
    {
        bool forward = lower != transpose;
        for (int step = 0; step < n; step++)
        {
            int i = forward ? step : n - 1 - step;
            ref double row = ref Row(ref t, i, n);
            ref double xi = ref At(ref x, i);
            if (!transpose)
            {
                // Unknowns already solved: [0, i) going forward, (i, n) going backward.
                int start = forward ? 0 : i + 1, count = forward ? i : n - 1 - i;
                xi -= ScalarKernels.Dot(ref At(ref row, start), ref At(ref x, start), count);
            }

            if (!unitDiagonal)
            {
                xi /= At(ref row, i);
            }

            if (transpose)
            {
                // Unknowns still to solve: (i, n) going forward, [0, i) going backward.
                int start = forward ? i + 1 : 0, count = forward ? n - 1 - i : i;
                ScalarKernels.Axpy(ref At(ref x, start), -xi, ref At(ref row, start), count);
            }
        }
    }

    /// <summary>Overwrites the n×m matrix <c>X</c> with <c>op(T)⁻¹ X</c>, working on whole rows of <c>X</c>.</summary>
    internal static void SolveTriangularKernel(ref double t, int n, bool lower, bool transpose, bool unitDiagonal, ref double x, int m)
    {
        bool forward = lower != transpose;
        for (int step = 0; step < n; step++)
        {
            int i = forward ? step : n - 1 - step;
            ref double xRow = ref Row(ref x, i, m);
            int start = forward != transpose ? 0 : i + 1, end = forward != transpose ? i : n;
            if (!transpose)
            {
                for (int k = start; k < end; k++)
                {
                    ScalarKernels.Axpy(ref xRow, -Element(ref t, i, k, n), ref Row(ref x, k, m), m);
                }
            }

            if (!unitDiagonal)
            {
                ScalarKernels.Divide(ref xRow, Element(ref t, i, i, n), m);
            }

            if (transpose)
            {
                for (int k = start; k < end; k++)
                {
                    ScalarKernels.Axpy(ref Row(ref x, k, m), -Element(ref t, i, k, n), ref xRow, m);
                }
            }
        }
    }
}
