namespace Mooncake.Perf.Allocations;

/// <summary>
/// The small functions of the allocation measurement beside Rosenbrock and the scalar chain: a
/// vector map for the Jacobians (one returning its result, one writing it in place) and a
/// function of a matrix for the matrix gradient. None allocates but the returning map's result.
/// </summary>
public static class AllocationFunctions
{
    /// <summary><c>y[i] = x[i] · sin(x[i + 1])</c>, cyclically: a Jacobian with two entries per row.</summary>
    public static double[] Map(double[] x)
    {
        var y = new double[x.Length];
        MapInto(y, x);
        return y;
    }

    /// <summary><see cref="Map"/> written into the caller's <paramref name="y"/>.</summary>
    public static void MapInto(double[] y, double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i] * Math.Sin(x[(i + 1) % x.Length]);
        }
    }

    /// <summary><c>Σ x[i, j]² + x[i, j] · x[j, i]</c> over a square matrix.</summary>
    public static double MatrixQuadratic(double[,] x)
    {
        double s = 0;
        for (int i = 0; i < x.GetLength(0); i++)
        {
            for (int j = 0; j < x.GetLength(1); j++)
            {
                s += (x[i, j] * x[i, j]) + (x[i, j] * x[j, i]);
            }
        }

        return s;
    }
}
