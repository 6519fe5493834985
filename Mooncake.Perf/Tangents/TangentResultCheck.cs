namespace Mooncake.Perf.Tangents;

/// <summary>
/// Runs every workload once for every SIMD variant and for the baseline of the same width and
/// compares the results bit for bit. Both duals use the same formulas and the same fused
/// products, so any difference means the two sides do not do the same work (or a bug).
/// </summary>
public static class TangentResultCheck
{
    /// <summary>The mismatches, one line each; empty when every pair agrees.</summary>
    public static IReadOnlyList<string> Run()
    {
        var problems = new List<string>();
        foreach (Type workload in TangentVariant.Workloads)
        {
            foreach (TangentVariant simd in TangentVariant.All.Where(v => v.Kind != DualKind.Baseline))
            {
                TangentVariant baseline = TangentVariant.All.Single(v => v.Kind == DualKind.Baseline && v.Width == simd.Width);
                double[] expected = RunOnce(baseline.Close(workload));
                double[] actual = RunOnce(simd.Close(workload));
                int at = expected.AsSpan().SequenceEqual(actual) ? -1 : FirstDifference(expected, actual);
                if (at >= 0)
                {
                    problems.Add($"{TangentVariant.WorkloadName(workload)} on {simd.LaneType}: value {at} is {actual[at]:R}, the baseline gives {expected[at]:R}");
                }
            }
        }

        return problems;
    }

    private static double[] RunOnce(Type benchmark)
    {
        var instance = (ITangentBenchmark)Activator.CreateInstance(benchmark)!;
        instance.Setup();
        instance.Run();
        return instance.ResultLanes();
    }

    // SequenceEqual on doubles treats NaN == NaN as equal (it uses Equals), which is what we want.
    private static int FirstDifference(double[] expected, double[] actual)
    {
        for (int i = 0; i < Math.Min(expected.Length, actual.Length); i++)
        {
            if (!expected[i].Equals(actual[i]))
            {
                return i;
            }
        }

        return Math.Min(expected.Length, actual.Length);
    }
}
