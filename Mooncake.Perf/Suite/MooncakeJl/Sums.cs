namespace Mooncake.Perf.Suite.MooncakeJl;

/// <summary>
/// The sums of Mooncake.jl's inter-framework suite, as a C# user writes them: the library
/// reduction (<c>sum(x)</c>, <c>sum(sin, x)</c> are LINQ's <c>Sum</c>) and the hand-written
/// while loop (<c>_sum</c>, <c>_sum_sin</c>).
/// </summary>
public static class Sums
{
    /// <summary><c>sum_1000</c>: <c>sum(x)</c>.</summary>
    public static double Sum(double[] x) => x.Sum();

    /// <summary><c>_sum_1000</c>: the sum as a while loop.</summary>
    public static double WhileSum(double[] x)
    {
        double y = 0.0;
        int n = 0;
        while (n < x.Length)
        {
            y += x[n];
            n++;
        }

        return y;
    }

    /// <summary><c>sum_sin_1000</c>: <c>sum(sin, x)</c>.</summary>
    public static double SumSin(double[] x) => x.Sum(Math.Sin);

    /// <summary><c>_sum_sin_1000</c>: the sum of sines as a while loop.</summary>
    public static double WhileSumSin(double[] x)
    {
        double y = 0.0;
        int n = 0;
        while (n < x.Length)
        {
            y += Math.Sin(x[n]);
            n++;
        }

        return y;
    }
}
