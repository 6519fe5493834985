namespace Mooncake.Perf.Builder;

/// <summary>The inputs of the builder benchmarks: fixed-seed uniform draws, the same for every implementation and width.</summary>
public static class BuilderInputs
{
    /// <summary>The number of inputs of the vector workloads.</summary>
    public const int Length = 1024;

    private const int Seed = 2026;

    /// <summary><paramref name="count"/> values drawn uniformly from [-1, 1), the <paramref name="stream"/>-th such draw of the seed.</summary>
    public static double[] Uniform(int count, int stream = 0)
    {
        var random = new Random(Seed + stream);
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = (2.0 * random.NextDouble()) - 1.0;
        }

        return values;
    }
}
