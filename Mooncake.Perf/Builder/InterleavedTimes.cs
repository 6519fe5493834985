using System.Diagnostics;

namespace Mooncake.Perf.Builder;

/// <summary>
/// A second measurement that holds its ratios on a busy shared machine: rounds in which every
/// benchmark method of a class runs once in turn, each method's time the fastest call over all
/// rounds. BenchmarkDotNet measures one method for a second or so and then the next, so a change
/// of load between them (other processes, or the host's other tenants on a virtual machine)
/// skews their ratio; here every method sees every load phase.
/// </summary>
public static class InterleavedTimes
{
    // A sample shorter than this is repeated in a batch, so the timer's resolution does not matter.
    private static readonly TimeSpan MinimumSample = TimeSpan.FromMilliseconds(0.5);

    /// <summary>Nanoseconds per call of each benchmark method of <paramref name="benchmark"/> (which must be set up), the fastest of <paramref name="rounds"/> rounds.</summary>
    public static Dictionary<string, double> Measure(BuilderBenchmark benchmark, int rounds)
    {
        IReadOnlyList<(string Method, Func<double> Run)> methods = benchmark.Methods();
        int[] batches = [.. methods.Select(m => BatchSize(m.Run))];
        double[] fastest = [.. methods.Select(_ => double.PositiveInfinity)];
        for (int round = 0; round < rounds; round++)
        {
            for (int k = 0; k < methods.Count; k++)
            {
                fastest[k] = Math.Min(fastest[k], Time(methods[k].Run, batches[k]) / batches[k]);
            }
        }

        return methods.Select((m, k) => (m.Method, fastest[k])).ToDictionary(p => p.Method, p => p.Item2);
    }

    // The number of calls that take at least MinimumSample (the first call also compiles).
    private static int BatchSize(Func<double> run)
    {
        run();
        double once = Math.Max(Time(run, 1), 1.0);
        return (int)Math.Ceiling(MinimumSample.TotalNanoseconds / once);
    }

    private static double Time(Func<double> run, int calls)
    {
        long start = Stopwatch.GetTimestamp();
        for (int i = 0; i < calls; i++)
        {
            run();
        }

        return Stopwatch.GetElapsedTime(start).TotalNanoseconds;
    }
}
