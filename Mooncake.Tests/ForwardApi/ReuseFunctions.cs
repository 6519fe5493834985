namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// The functions of the plan-reuse tests: vector maps returning a new array, in-place maps and
/// functions of a matrix, each calling memoised functions (sine, exponential, logarithm) so that
/// a reused plan's memo is exercised, and safe to call from several threads at once.
/// </summary>
internal static class ReuseFunctions
{
    /// <summary><c>y[i] = sin(x[i]) · x[i + 1] + exp(x[0])</c>, cyclically: as many outputs as inputs.</summary>
    public static double[] Map(double[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = (Math.Sin(x[i]) * x[(i + 1) % x.Length]) + Math.Exp(x[0]);
        }

        return y;
    }

    /// <summary>Two more outputs than inputs: <c>cos(x[i]) · x[i - 1]</c>, then the sum and the log of the sum of squares.</summary>
    public static double[] Expand(double[] x)
    {
        var y = new double[x.Length + 2];
        double sum = 0, squares = 1;
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Cos(x[i]) * x[(i + x.Length - 1) % x.Length];
            sum += x[i];
            squares += x[i] * x[i];
        }

        y[^2] = sum;
        y[^1] = Math.Log(squares);
        return y;
    }

    /// <summary>Writes <c>y[i] = y[i] / 2 + sin(x[i mod n]) · x[(i + 1) mod n]</c>: reads the caller's y, so each call moves it on.</summary>
    public static void MapInto(double[] y, double[] x)
    {
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = (0.5 * y[i]) + (Math.Sin(x[i % x.Length]) * x[(i + 1) % x.Length]);
        }
    }

    /// <summary>Writes <c>y[i] = exp(x[i mod n]) · y[i] - x[0]</c>.</summary>
    public static void ScaleInto(double[] y, double[] x)
    {
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = (Math.Exp(x[i % x.Length]) * y[i]) - x[0];
        }
    }

    /// <summary><c>Σ sin(m[i, j]) · m[i + 1, j]</c>, cyclically over the rows.</summary>
    public static double MatrixSum(double[,] m)
    {
        double sum = 0;
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                sum += Math.Sin(m[i, j]) * m[(i + 1) % m.GetLength(0), j];
            }
        }

        return sum;
    }

    /// <summary><c>Σ exp(m[i, j] / (1 + i + j)) · m[i, (j + 1) mod c]</c>: not symmetric in rows and columns.</summary>
    public static double MatrixWeighted(double[,] m)
    {
        double sum = 0;
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                sum += Math.Exp(m[i, j] / (1 + i + j)) * m[i, (j + 1) % m.GetLength(1)];
            }
        }

        return sum;
    }

    /// <summary>n inputs, <c>0.5 + sin(i + seed)</c>.</summary>
    public static double[] Input(int n, int seed = 0) => [.. Enumerable.Range(0, n).Select(i => 0.5 + Math.Sin(i + seed))];

    /// <summary>A rows × columns input, <c>0.5 + sin(k + seed)</c> in row-major order.</summary>
    public static double[,] Matrix(int rows, int columns, int seed = 0)
    {
        var m = new double[rows, columns];
        for (int k = 0; k < m.Length; k++)
        {
            m[k / columns, k % columns] = 0.5 + Math.Sin(k + seed);
        }

        return m;
    }
}
