namespace Mooncake.Tests.Testing;

internal static partial class FiniteDifferences
{
    /// <summary>The gradient of <paramref name="f"/> at <paramref name="x"/>, one directional derivative per coordinate.</summary>
    public static double[] Gradient(Func<double[], double> f, double[] x, double initialStep = InitialStep)
    {
        var gradient = new double[x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            gradient[j] = Directional(f, x, UnitVector(x.Length, j), initialStep);
        }

        return gradient;
    }

    /// <summary>The Jacobian of <paramref name="f"/> at <paramref name="x"/> (<c>J[i, j] = d f_i / d x_j</c>), with <paramref name="outputs"/> outputs.</summary>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, int outputs, double initialStep = InitialStep)
    {
        var jacobian = new double[outputs, x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            double[] direction = UnitVector(x.Length, j);
            for (int i = 0; i < outputs; i++)
            {
                int row = i;
                jacobian[i, j] = Directional(p => f(p)[row], x, direction, initialStep);
            }
        }

        return jacobian;
    }

    private static double[] UnitVector(int length, int index)
    {
        var unit = new double[length];
        unit[index] = 1;
        return unit;
    }
}
