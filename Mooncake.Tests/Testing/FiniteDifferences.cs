namespace Mooncake.Tests.Testing;

/// <summary>
/// The reference derivatives every derivative test compares against: central differences refined
/// by Richardson extrapolation (Ridders' method), which reaches about 1e-10 relative accuracy for
/// smooth functions, far below the 1e-6 the tests ask of automatic differentiation.
/// </summary>
internal static partial class FiniteDifferences
{
    /// <summary>The first step; inputs must stay inside the function's smooth domain within this distance.</summary>
    public const double InitialStep = 0.02;

    private const int Steps = 10;
    private const double Shrink = 1.4;

    /// <summary>The derivative at 0 of <paramref name="g"/>, a function of one variable.</summary>
    public static double Derivative(Func<double, double> g, double initialStep = InitialStep)
    {
        // Ridders (Numerical Recipes, dfridr): a tableau of central differences with the step
        // shrinking by Shrink, each column one more order of Richardson extrapolation; the answer
        // is the entry whose neighbours agree best, and the search stops once the error grows.
        var table = new double[Steps, Steps];
        double h = initialStep;
        double best = double.NaN, error = double.MaxValue;
        table[0, 0] = Central(g, h);
        for (int i = 1; i < Steps; i++)
        {
            h /= Shrink;
            table[0, i] = Central(g, h);
            double factor = Shrink * Shrink;
            for (int j = 1; j <= i; j++)
            {
                table[j, i] = ((table[j - 1, i] * factor) - table[j - 1, i - 1]) / (factor - 1);
                factor *= Shrink * Shrink;
                double estimate = Math.Max(Math.Abs(table[j, i] - table[j - 1, i]), Math.Abs(table[j, i] - table[j - 1, i - 1]));
                if (estimate <= error)
                {
                    error = estimate;
                    best = table[j, i];
                }
            }

            if (Math.Abs(table[i, i] - table[i - 1, i - 1]) >= 2 * error)
            {
                break;
            }
        }

        return best;
    }

    /// <summary>The directional derivative of <paramref name="f"/> at <paramref name="x"/> in direction <paramref name="direction"/>.</summary>
    public static double Directional(Func<double[], double> f, double[] x, double[] direction, double initialStep = InitialStep)
    {
        var point = new double[x.Length];
        return Derivative(
            t =>
            {
                for (int i = 0; i < x.Length; i++)
                {
                    point[i] = x[i] + (t * direction[i]);
                }

                return f(point);
            },
            initialStep);
    }

    private static double Central(Func<double, double> g, double h) => (g(h) - g(-h)) / (2 * h);
}
