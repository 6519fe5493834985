namespace Mooncake.Tangents;

/// <summary>Standard normal samples from a <see cref="Random"/> (Marsaglia's polar method), for random tangents.</summary>
internal static class StandardNormal
{
    /// <summary>One sample of N(0, 1).</summary>
    public static double Next(Random random)
    {
        double u, v, s;
        do
        {
            u = (2.0 * random.NextDouble()) - 1.0;
            v = (2.0 * random.NextDouble()) - 1.0;
            s = (u * u) + (v * v);
        }
        while (s >= 1.0 || s == 0.0);

        return u * Math.Sqrt(-2.0 * Math.Log(s) / s);
    }
}
