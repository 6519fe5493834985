using Mooncake.Tests.Testing;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>
/// Deterministic test inputs for the linear algebra rules: well-conditioned matrices whose LU
/// pivoting really swaps rows, symmetric positive definite matrices, triangular matrices and
/// plain random vectors, each seeded from a name so a failure reproduces.
/// </summary>
internal static class TestMatrices
{
    /// <summary>A vector of <paramref name="length"/> values in [-1, 1).</summary>
    public static double[] Vector(string name, int length) => TestRandom.For(name).Direction(length);

    /// <summary>A <paramref name="rows"/>×<paramref name="columns"/> matrix of values in [-1, 1).</summary>
    public static double[,] Matrix(string name, int rows, int columns)
    {
        Random random = TestRandom.For(name);
        var a = new double[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                a[i, j] = random.Uniform(-1, 1);
            }
        }

        return a;
    }

    /// <summary>
    /// A well-conditioned <paramref name="n"/>×<paramref name="n"/> matrix that partial pivoting
    /// must reorder: a random matrix plus <c>n</c> on the diagonal, its rows then rotated by one,
    /// so the large element of each column sits off the diagonal and the pivot choices are
    /// clear-cut (a small perturbation does not change them).
    /// </summary>
    public static double[,] NeedsPivoting(string name, int n)
    {
        double[,] r = Matrix(name, n, n);
        var a = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                a[(i + 1) % n, j] = r[i, j] + (i == j ? n : 0.0);
            }
        }

        return a;
    }

    /// <summary>A symmetric positive definite matrix <c>R Rᵀ + n I</c>.</summary>
    public static double[,] Spd(string name, int n)
    {
        double[,] r = Matrix(name, n, n);
        var a = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double sum = i == j ? n : 0.0;
                for (int k = 0; k < n; k++)
                {
                    sum += r[i, k] * r[j, k];
                }

                a[i, j] = sum;
            }
        }

        return a;
    }

    /// <summary>
    /// A triangular matrix with a diagonal of magnitude in [1.5, 2.5) and smaller off-diagonal
    /// elements; the other triangle holds junk (the solves must not read it).
    /// </summary>
    public static double[,] Triangular(string name, int n, bool lower)
    {
        Random random = TestRandom.For(name);
        var t = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                bool inside = lower ? j < i : j > i;
                t[i, j] = i == j ? random.AwayFromZero(1.5, 2.5) : inside ? random.Uniform(-0.5, 0.5) : 1e3 * random.Uniform(-1, 1);
            }
        }

        return t;
    }
}
