namespace Mooncake.Perf.Suite.MooncakeJl;

/// <summary>
/// <c>naive_map_sin_cos_exp</c>, <c>map_sin_cos_exp</c> and <c>broadcast_sin_cos_exp</c> of
/// Mooncake.jl's suite: <c>sin(cos(exp(x)))</c> summed over a 10×10 matrix (here its
/// <see cref="Length"/> entries in one array), in the three ways C# maps a function over an array:
/// a loop, LINQ's <c>Select</c>, and <see cref="Array.ConvertAll{TInput, TOutput}"/>.
/// </summary>
public static class SinCosExpMaps
{
    /// <summary>The number of entries (10×10).</summary>
    public const int Length = 100;

    /// <summary>The loop: each element mapped and added as it goes.</summary>
    public static double Loop(double[] x)
    {
        double s = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Sin(Math.Cos(Math.Exp(x[i])));
        }

        return s;
    }

    /// <summary>LINQ: <c>x.Select(f).Sum()</c>.</summary>
    public static double Select(double[] x) => x.Select(v => Math.Sin(Math.Cos(Math.Exp(v)))).Sum();

    /// <summary>An array map, as Julia's broadcast materialises the mapped array before summing it.</summary>
    public static double ArrayMap(double[] x)
    {
        double[] mapped = Array.ConvertAll(x, v => Math.Sin(Math.Cos(Math.Exp(v))));
        double s = 0.0;
        foreach (double v in mapped)
        {
            s += v;
        }

        return s;
    }
}
