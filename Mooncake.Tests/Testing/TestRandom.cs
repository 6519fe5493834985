namespace Mooncake.Tests.Testing;

/// <summary>
/// Deterministic random numbers for tests: every generator is seeded from a stable hash of a
/// name (string.GetHashCode is randomised per process), so a failure reproduces run after run.
/// </summary>
internal static class TestRandom
{
    /// <summary>A generator seeded from <paramref name="name"/> (FNV-1a, stable across runs and platforms).</summary>
    public static Random For(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = (hash ^ c) * 16777619;
        }

        return new Random((int)hash);
    }

    /// <summary>A value uniform in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    public static double Uniform(this Random random, double low, double high) => low + ((high - low) * random.NextDouble());

    /// <summary>A value whose magnitude is uniform in [<paramref name="low"/>, <paramref name="high"/>), with a random sign.</summary>
    public static double AwayFromZero(this Random random, double low, double high) =>
        (random.Next(2) == 0 ? -1.0 : 1.0) * random.Uniform(low, high);

    /// <summary>A vector of <paramref name="length"/> values uniform in [-1, 1).</summary>
    public static double[] Direction(this Random random, int length)
    {
        var direction = new double[length];
        for (int i = 0; i < length; i++)
        {
            direction[i] = random.Uniform(-1, 1);
        }

        return direction;
    }
}
