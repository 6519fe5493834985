namespace Mooncake.Perf.Suite;

/// <summary>
/// Central finite differences <c>(f(x + h d) - f(x - h d)) / 2h</c> of the plain function, the
/// derivative a user gets without AD: two evaluations per direction. The step
/// <c>h = ε^(1/3) · max(1, |x|)</c> balances truncation (<c>h² f'''/6</c>) against rounding
/// (<c>ε f / h</c>); each method works in a buffer allocated once, so it allocates nothing per call.
/// </summary>
public static class CentralDifferences
{
    /// <summary>ε^(1/3) for doubles.</summary>
    public static readonly double RelativeStep = Math.Cbrt(Math.Pow(2, -52));

    /// <summary>A gradient of <paramref name="f"/> at <paramref name="x"/> by 2n evaluations into <paramref name="gradient"/>; <paramref name="work"/> (as long as x) holds the moved point; returns f(x).</summary>
    public static double Gradient(Func<double[], double> f, double[] x, double[] work, double[] gradient)
    {
        x.CopyTo(work, 0);
        for (int i = 0; i < x.Length; i++)
        {
            double h = Step(Math.Abs(x[i]));
            work[i] = x[i] + h;
            double up = f(work);
            work[i] = x[i] - h;
            double down = f(work);
            work[i] = x[i];
            gradient[i] = (up - down) / (2 * h);
        }

        return f(x);
    }

    /// <summary>The derivatives of <paramref name="f"/> at <paramref name="x"/> along each of <paramref name="directions"/> into <paramref name="result"/>; <paramref name="work"/> (as long as x) holds the moved point; returns f(x).</summary>
    public static double Directional(Func<double[], double> f, double[] x, double[][] directions, double[] work, double[] result)
    {
        double h = Step(MaxAbs(x));
        for (int k = 0; k < directions.Length; k++)
        {
            double[] d = directions[k];
            for (int i = 0; i < x.Length; i++)
            {
                work[i] = x[i] + (h * d[i]);
            }

            double up = f(work);
            for (int i = 0; i < x.Length; i++)
            {
                work[i] = x[i] - (h * d[i]);
            }

            result[k] = (up - f(work)) / (2 * h);
        }

        return f(x);
    }

    /// <summary>The derivative of the scalar function <paramref name="f"/> at <paramref name="t"/>.</summary>
    public static double Derivative(Func<double, double> f, double t)
    {
        double h = Step(Math.Abs(t));
        return (f(t + h) - f(t - h)) / (2 * h);
    }

    /// <summary>
    /// The value and central difference of the scalar function <paramref name="f"/> at every
    /// point of <paramref name="t"/> into <paramref name="values"/> and <paramref name="derivatives"/>;
    /// returns the last value, as the benchmark methods do.
    /// </summary>
    public static double AtPoints(Func<double, double> f, double[] t, double[] values, double[] derivatives)
    {
        for (int j = 0; j < t.Length; j++)
        {
            values[j] = f(t[j]);
            derivatives[j] = Derivative(f, t[j]);
        }

        return values[^1];
    }

    private static double Step(double magnitude) => RelativeStep * Math.Max(1.0, magnitude);

    private static double MaxAbs(double[] x)
    {
        double m = 0;
        foreach (double v in x)
        {
            m = Math.Max(m, Math.Abs(v));
        }

        return m;
    }
}
