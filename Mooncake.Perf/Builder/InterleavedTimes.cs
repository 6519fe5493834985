using System.Diagnostics;

namespace Mooncake.Perf.Builder;

/// <summary>
/// The measurement the builder requirements are judged on, made to hold its ratios on a busy
/// shared machine: rounds in which every benchmark method of a class (the primal, the derived
/// rule, the hand-written code, the baseline...) runs one sample in turn, the order rotating from
/// round to round, and each method's time the fastest sample over all rounds. BenchmarkDotNet
/// measures one method for a second or so and then the next, so a change of load between them
/// (other processes, or the host's other tenants on a virtual machine) skews their ratio; here
/// every method sees every load phase, side by side with the others.
/// </summary>
/// <remarks>
/// The minimum rather than the median: on a shared machine interference only ever adds time
/// (preemption, caches and memory bandwidth taken by other work, lower clocks), so the fastest
/// sample is the estimate of a method's own cost that busy spells disturb least, and the one
/// that repeats from run to run; the median moves with the machine's load, which over a run
/// varies by 1.5x here. It is also the estimator BenchmarkTools.jl recommends for comparing
/// Julia code, ForwardDiff's included. A sample is a batch of calls lasting at least
/// <see cref="MinimumSample"/>, so it includes its share of any garbage collection the calls
/// cause (the fastest single call would hide it).
/// </remarks>
public static class InterleavedTimes
{
    // A sample shorter than this is a batch of calls, so the timer's resolution does not matter
    // and the collections an allocating method causes are counted.
    private static readonly TimeSpan MinimumSample = TimeSpan.FromMilliseconds(0.5);

    // Untimed rounds first, long enough for tiered compilation to replace every method's first
    // code (30 calls, then a background compile after a 100 ms delay).
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(300);

    /// <summary>The fewest rounds <see cref="Sample"/> runs, whatever its budget.</summary>
    public const int MinimumRounds = 5;

    /// <summary>Nanoseconds per call of each benchmark method of <paramref name="benchmark"/> (which must be set up), the fastest sample of <paramref name="rounds"/> rounds.</summary>
    public static Dictionary<string, double> Measure(BuilderBenchmark benchmark, int rounds) =>
        Sample(benchmark.Methods(), rounds, TimeSpan.MaxValue).ToDictionary(p => p.Key, p => p.Value.Min);

    /// <summary>
    /// Every sample (nanoseconds per call) of each of <paramref name="methods"/>, from
    /// <paramref name="rounds"/> interleaved rounds, or fewer (at least <see cref="MinimumRounds"/>)
    /// once the rounds have taken <paramref name="budget"/>, so that slow methods do not
    /// lengthen a run without bound.
    /// </summary>
    public static Dictionary<string, TimeSamples> Sample(IReadOnlyList<(string Method, Func<double> Run)> methods, int rounds, TimeSpan budget)
    {
        int[] batches = [.. methods.Select(m => BatchSize(m.Run))];
        List<double>[] samples = [.. methods.Select(_ => new List<double>(rounds))];
        long warmUpEnd = Stopwatch.GetTimestamp() + (long)(WarmUp.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < warmUpEnd)
        {
            for (int k = 0; k < methods.Count; k++)
            {
                Time(methods[k].Run, batches[k]);
            }
        }

        long start = Stopwatch.GetTimestamp();
        for (int round = 0; round < rounds && (round < MinimumRounds || Stopwatch.GetElapsedTime(start) < budget); round++)
        {
            // Rotating the order, so that no method always follows the same one (whose caches,
            // clocks or garbage it would inherit).
            for (int i = 0; i < methods.Count; i++)
            {
                int k = (i + round) % methods.Count;
                samples[k].Add(Time(methods[k].Run, batches[k]) / batches[k]);
            }
        }

        return methods.Select((m, k) => (m.Method, new TimeSamples([.. samples[k]]))).ToDictionary(p => p.Method, p => p.Item2);
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
