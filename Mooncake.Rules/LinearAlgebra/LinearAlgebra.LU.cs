using System.Runtime.InteropServices;

namespace Mooncake.Rules;

public static partial class LinearAlgebra
{
    /// <summary>
    /// The LU factorisation with partial pivoting <c>P A = L U</c> of a square matrix (LAPACK
    /// <c>dgetrf</c>), as the packed factors and the row permutation: <c>Factors</c> holds
    /// <c>U</c> on and above the diagonal and the multipliers of the unit lower triangular
    /// <c>L</c> below it, and row i of <c>P A</c> is row <c>Permutation[i]</c> of <c>A</c>.
    /// Pass both to <see cref="LUSolve(double[,], int[], double[])"/> to solve systems with
    /// <c>A</c>. The pivot of each column is its first element of largest magnitude on or below
    /// the diagonal.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not square, or it is singular (a column has no nonzero pivot).</exception>
    public static (double[,] Factors, int[] Permutation) LU(double[,] a)
    {
        int n = RequireSquare(a, nameof(a));
        var factors = (double[,])a.Clone();
        var permutation = new int[n];
        int zero = LUKernel(factors, permutation, out _);
        if (zero >= 0)
        {
            throw Singular(nameof(a), $"column {zero} has no nonzero pivot after elimination");
        }

        return (factors, permutation);
    }

    /// <summary>Solves <c>A x = b</c> given the factorisation <see cref="LU(double[,])"/> returned, as a new vector.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The factors are not square, the permutation is not a permutation of <c>0..n-1</c>, <paramref name="b"/> does not match, or <c>U</c> has a zero on its diagonal.</exception>
    public static double[] LUSolve(double[,] factors, int[] permutation, double[] b)
    {
        int n = RequireFactorisation(factors, permutation);
        RequireLength(b, n, nameof(b), factors);
        return LUSolveKernel(factors, permutation, b, []);
    }

    /// <summary>Solves <c>A X = B</c> for every column of <c>B</c> given the factorisation <see cref="LU(double[,])"/> returned, as a new matrix.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The factors are not square, the permutation is not a permutation of <c>0..n-1</c>, <paramref name="b"/> has the wrong number of rows, or <c>U</c> has a zero on its diagonal.</exception>
    public static double[,] LUSolve(double[,] factors, int[] permutation, double[,] b)
    {
        int n = RequireFactorisation(factors, permutation);
        RequireRows(b, n, nameof(b), factors);
        return LUSolveKernel(factors, permutation, b, []);
    }

    /// <summary>Solves <c>A x = b</c> by LU factorisation with partial pivoting, as a new vector.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not square or is singular, or <paramref name="b"/> does not match it.</exception>
    public static double[] Solve(double[,] a, double[] b) => SolveKernel(a, b, out _, out _);

    /// <summary>Solves <c>A X = B</c> for every column of <c>B</c> by LU factorisation with partial pivoting, as a new matrix.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not square or is singular, or <paramref name="b"/> has the wrong number of rows.</exception>
    public static double[,] Solve(double[,] a, double[,] b) => SolveKernel(a, b, out _, out _);

    /// <summary>The inverse <c>A⁻¹</c> as a new matrix, by LU factorisation with partial pivoting. To solve a system, prefer <see cref="Solve(double[,], double[])"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not square or is singular.</exception>
    public static double[,] Inverse(double[,] a)
    {
        (double[,] factors, int[] permutation) = LU(a);
        return InverseKernel(factors, permutation);
    }

    /// <summary>
    /// The determinant, as the signed product of the pivots of the LU factorisation. A singular
    /// matrix gives zero (no exception). The product can overflow or underflow for large
    /// matrices; <see cref="LogDeterminant"/> does not.
    /// </summary>
    /// <remarks>
    /// Its derivative is <c>det(A) tr(A⁻¹ dA)</c>, and at a singular matrix
    /// <c>tr(adj(A) dA)</c> with the adjugate computed from its cofactors, so it is exact there too.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not square.</exception>
    public static double Determinant(double[,] a) => DeterminantOfFactors(FactorAnyway(a, out _, out bool odd, out _), odd);

    /// <summary>
    /// The logarithm of the absolute value of the determinant and its sign (<c>-1</c>, <c>0</c> or
    /// <c>+1</c>), from the pivots of the LU factorisation: <c>det(A) = Sign · exp(LogAbsDeterminant)</c>.
    /// It works for any square matrix, positive definite or not, and neither overflows nor
    /// underflows. A singular matrix gives <c>(-∞, 0)</c>.
    /// </summary>
    /// <remarks>
    /// Its derivative is <c>tr(A⁻¹ dA)</c>. At a singular matrix the logarithm has no derivative:
    /// the rule gives NaN in every lane whose <c>dA</c> is nonzero and zero in the others (the
    /// library's strong-zero policy at singular points).
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="a"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="a"/> is not square.</exception>
    public static (double LogAbsDeterminant, int Sign) LogDeterminant(double[,] a) =>
        LogDeterminantOfFactors(FactorAnyway(a, out _, out bool odd, out _), odd);

    /// <summary>The solve of <see cref="Solve(double[,], double[])"/>, handing out the factorisation it made.</summary>
    internal static double[] SolveKernel(double[,] a, double[] b, out double[,] factors, out int[] permutation)
    {
        int n = RequireSquare(a, nameof(a));
        RequireLength(b, n, nameof(b), a);
        (factors, permutation) = LU(a);
        return LUSolveKernel(factors, permutation, b, []);
    }

    /// <summary>The solve of <see cref="Solve(double[,], double[,])"/>, handing out the factorisation it made.</summary>
    internal static double[,] SolveKernel(double[,] a, double[,] b, out double[,] factors, out int[] permutation)
    {
        int n = RequireSquare(a, nameof(a));
        RequireRows(b, n, nameof(b), a);
        (factors, permutation) = LU(a);
        return LUSolveKernel(factors, permutation, b, []);
    }

    /// <summary>The LU factors of a copy of <paramref name="a"/>, singular or not (for the determinants).</summary>
    internal static double[,] FactorAnyway(double[,] a, out int[] permutation, out bool oddPermutation, out int firstZeroPivot)
    {
        int n = RequireSquare(a, nameof(a));
        var factors = (double[,])a.Clone();
        permutation = new int[n];
        firstZeroPivot = LUKernel(factors, permutation, out oddPermutation);
        return factors;
    }

    /// <summary>
    /// The cofactor matrix <c>C</c> of <paramref name="a"/> (<c>adj(A) = Cᵀ</c>), for a singular
    /// matrix, where <c>det(A) A⁻ᵀ</c> cannot give it. Cofactors of row i do not depend on row i,
    /// so row i of <c>C</c> is row i of the cofactor matrix of <c>B</c>, <c>A</c> with row i
    /// replaced by a fixed generic row; when <c>B</c> is invertible that row is
    /// <c>det(B) (B⁻¹ eᵢ)ᵀ</c>, and when it is singular too the row is zero (<c>det B</c> is the
    /// row's dot product with the generic row). O(n⁴), for this corner case only.
    /// </summary>
    internal static double[,] Cofactors(double[,] a)
    {
        int n = a.GetLength(0);
        double scale = 0.0;
        foreach (double value in a)
        {
            scale = Math.Max(scale, Math.Abs(value));
        }

        scale = scale == 0.0 ? 1.0 : scale;
        var cofactors = new double[n, n];
        var b = new double[n, n];
        var permutation = new int[n];
        var unit = new double[n];
        for (int i = 0; i < n; i++)
        {
            Array.Copy(a, b, a.Length);
            for (int j = 0; j < n; j++)
            {
                // Irregular values of A's magnitude: no structured matrix has this row in its row space by accident.
                b[i, j] = scale * (1.5 + Math.Sin(1.0 + (0.7 * j)));
            }

            if (LUKernel(b, permutation, out bool odd) >= 0)
            {
                continue;
            }

            double det = DeterminantOfFactors(b, odd);
            Array.Clear(unit);
            unit[i] = 1.0;
            double[] column = LUSolveKernel(b, permutation, unit, []);
            for (int j = 0; j < n; j++)
            {
                cofactors[i, j] = det * column[j];
            }
        }

        return cofactors;
    }

    /// <summary>
    /// Factors <paramref name="f"/> in place (right-looking elimination, rows swapped whole), filling
    /// <paramref name="permutation"/>. A column without a nonzero pivot is left as it is and
    /// elimination goes on, as LAPACK does.
    /// </summary>
    /// <returns>The first column without a nonzero pivot, or -1.</returns>
    internal static int LUKernel(double[,] f, int[] permutation, out bool oddPermutation)
    {
        int n = f.GetLength(0);
        ref double data = ref Data(f);
        int firstZero = -1;
        oddPermutation = false;
        for (int i = 0; i < n; i++)
        {
            permutation[i] = i;
        }

        for (int k = 0; k < n; k++)
        {
            int p = k;
            double largest = Math.Abs(Element(ref data, k, k, n));
            for (int i = k + 1; i < n; i++)
            {
                double magnitude = Math.Abs(Element(ref data, i, k, n));
                if (magnitude > largest)
                {
                    (largest, p) = (magnitude, i);
                }
            }

            ref double rowK = ref Row(ref data, k, n);
            if (p != k)
            {
                ref double rowP = ref Row(ref data, p, n);
                for (int j = 0; j < n; j++)
                {
                    (At(ref rowK, j), At(ref rowP, j)) = (At(ref rowP, j), At(ref rowK, j));
                }

                (permutation[k], permutation[p]) = (permutation[p], permutation[k]);
                oddPermutation = !oddPermutation;
            }

            double pivot = At(ref rowK, k);
            if (pivot == 0.0)
            {
                // The whole column is zero on and below the diagonal: nothing to eliminate.
                firstZero = firstZero < 0 ? k : firstZero;
                continue;
            }

            for (int i = k + 1; i < n; i++)
            {
                ref double rowI = ref Row(ref data, i, n);
                double l = At(ref rowI, k) / pivot;
                At(ref rowI, k) = l;
                ScalarKernels.Axpy(ref At(ref rowI, k + 1), -l, ref At(ref rowK, k + 1), n - k - 1);
            }
        }

        return firstZero;
    }

    /// <summary>Throws unless the factors are square with a nonzero diagonal and the permutation is a permutation of their rows; returns the order.</summary>
    internal static int RequireFactorisation(double[,] factors, int[] permutation)
    {
        int n = RequireSquare(factors, nameof(factors));
        ArgumentNullException.ThrowIfNull(permutation);
        if (permutation.Length != n)
        {
            throw new ArgumentException($"The permutation has {permutation.Length} entries, but the factors are {Shape(factors)}.", nameof(permutation));
        }

        Span<bool> seen = n <= 1024 ? stackalloc bool[n] : new bool[n];
        foreach (int row in permutation)
        {
            if ((uint)row >= (uint)n || seen[row])
            {
                throw new ArgumentException($"The permutation is not a permutation of 0..{n - 1}: {row} {((uint)row >= (uint)n ? "is out of range" : "appears twice")}.", nameof(permutation));
            }

            seen[row] = true;
        }

        for (int i = 0; i < n; i++)
        {
            if (factors[i, i] == 0.0)
            {
                throw Singular(nameof(factors), $"U has a zero on its diagonal at ({i}, {i})");
            }
        }

        return n;
    }

    /// <summary>
    /// <c>x = U⁻¹ L⁻¹ P b</c>; when <paramref name="forward"/> is not empty it receives
    /// <c>L⁻¹ P b</c>, which the rule needs.
    /// </summary>
    internal static double[] LUSolveKernel(double[,] factors, int[] permutation, double[] b, Span<double> forward)
    {
        int n = permutation.Length;
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = b[permutation[i]];
        }

        ref double f = ref Data(factors);
        SolveTriangularKernel(ref f, n, lower: true, transpose: false, unitDiagonal: true, ref Data(x));
        if (!forward.IsEmpty)
        {
            x.CopyTo(forward);
        }

        SolveTriangularKernel(ref f, n, lower: false, transpose: false, unitDiagonal: false, ref Data(x));
        return x;
    }

    /// <summary><c>X = U⁻¹ L⁻¹ P B</c>; when <paramref name="forward"/> is not empty it receives <c>L⁻¹ P B</c> (row-major).</summary>
    internal static double[,] LUSolveKernel(double[,] factors, int[] permutation, double[,] b, Span<double> forward)
    {
        int n = permutation.Length, m = b.GetLength(1);
        var x = new double[n, m];
        ref double xData = ref Data(x), bData = ref Data(b);
        for (int i = 0; i < n; i++)
        {
            MemoryMarshal.CreateReadOnlySpan(ref Row(ref bData, permutation[i], m), m)
                .CopyTo(MemoryMarshal.CreateSpan(ref Row(ref xData, i, m), m));
        }

        ref double f = ref Data(factors);
        SolveTriangularKernel(ref f, n, lower: true, transpose: false, unitDiagonal: true, ref xData, m);
        if (!forward.IsEmpty)
        {
            MemoryMarshal.CreateReadOnlySpan(ref xData, n * m).CopyTo(forward);
        }

        SolveTriangularKernel(ref f, n, lower: false, transpose: false, unitDiagonal: false, ref xData, m);
        return x;
    }

    /// <summary><c>A⁻¹ = U⁻¹ L⁻¹ P</c>: the solve with the identity as right-hand side.</summary>
    internal static double[,] InverseKernel(double[,] factors, int[] permutation)
    {
        int n = permutation.Length;
        var identity = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            identity[i, i] = 1.0;
        }

        return LUSolveKernel(factors, permutation, identity, []);
    }

    /// <summary>The signed product of the diagonal of <c>U</c>, in row order.</summary>
    internal static double DeterminantOfFactors(double[,] factors, bool oddPermutation)
    {
        double det = oddPermutation ? -1.0 : 1.0;
        for (int i = 0; i < factors.GetLength(0); i++)
        {
            det *= factors[i, i];
        }

        return det;
    }

    /// <summary><c>(Σ log|uᵢᵢ|, sign)</c> from the diagonal of <c>U</c>, in row order.</summary>
    internal static (double LogAbsDeterminant, int Sign) LogDeterminantOfFactors(double[,] factors, bool oddPermutation)
    {
        double log = 0.0;
        int sign = oddPermutation ? -1 : 1;
        for (int i = 0; i < factors.GetLength(0); i++)
        {
            double u = factors[i, i];
            if (u == 0.0)
            {
                return (double.NegativeInfinity, 0);
            }

            log += Math.Log(Math.Abs(u));
            sign = u < 0 ? -sign : sign;
        }

        return (log, sign);
    }
}
