using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Suite;

/// <summary>The measured row: the primal's samples, and per column the AD samples or the text shown instead ("—" where the column does not apply).</summary>
/// <param name="Workload">The row measured.</param>
/// <param name="Primal">The primal's samples.</param>
/// <param name="Times">The samples of each column that ran.</param>
public sealed record SuiteResult(SuiteWorkload Workload, TimeSamples Primal, IReadOnlyDictionary<string, TimeSamples> Times)
{
    /// <summary>The text shown where a column has no number.</summary>
    public const string NotApplicable = "—";

    /// <summary>The name under which the primal is measured beside the columns.</summary>
    public const string PrimalMethod = "Primal";

    /// <summary>The median ratio AD / primal of <paramref name="column"/>, if it ran.</summary>
    public double? MedianRatio(string column) => Times.TryGetValue(column, out TimeSamples? t) ? t.Median / Primal.Median : null;

    /// <summary>The ratio of the fastest samples of <paramref name="column"/> and of the primal, if it ran.</summary>
    public double? MinRatio(string column) => Times.TryGetValue(column, out TimeSamples? t) ? t.Min / Primal.Min : null;

    /// <summary>What a cell without a ratio shows: the error, or "—".</summary>
    public string Text(string column) => Workload.Cell(column)?.Error ?? NotApplicable;

    /// <summary>Measures <paramref name="workload"/>: the primal and every cell that runs, interleaved.</summary>
    public static SuiteResult Measure(SuiteWorkload workload, int rounds, TimeSpan budget)
    {
        List<(string Method, Func<double> Run)> methods = [(PrimalMethod, workload.Primal), .. workload.Methods.Where(m => m.Runs).Select(m => (m.Column, m.Run!))];
        Dictionary<string, TimeSamples> samples = InterleavedTimes.Sample(methods, rounds, budget);
        TimeSamples primal = samples[PrimalMethod];
        samples.Remove(PrimalMethod);
        return new SuiteResult(workload, primal, samples);
    }
}
