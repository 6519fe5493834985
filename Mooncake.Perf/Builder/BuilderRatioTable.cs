using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Mooncake.Perf.Builder;

/// <summary>
/// The tables of one builder benchmark run: per workload and width, the time of the primal, the
/// derived rule, the hand-written dual code and the baseline, their ratios, and whether the
/// issue's requirements hold (derived within <see cref="HandWrittenLimit"/> of the hand-written
/// code; at <see cref="BaselineWidth"/> lanes, at least <see cref="BaselineSpeedUp"/> faster
/// than the baseline); then the diagnostic variants.
/// </summary>
/// <remarks>
/// Times are the fastest iteration of each benchmark, as in the tangent table: on a shared
/// machine other work only adds time.
/// </remarks>
public sealed class BuilderRatioTable
{
    /// <summary>The largest accepted ratio derived / hand-written.</summary>
    public const double HandWrittenLimit = 1.2;

    /// <summary>The smallest accepted ratio baseline / derived at <see cref="BaselineWidth"/>.</summary>
    public const double BaselineSpeedUp = 2.0;

    /// <summary>The width at which the baseline requirement applies.</summary>
    public const int BaselineWidth = 8;

    private readonly List<(BuilderBenchmark Benchmark, Dictionary<string, double> Times)> _rows;
    private readonly string _title;

    private BuilderRatioTable(string title, List<(BuilderBenchmark, Dictionary<string, double>)> rows)
    {
        _title = title;
        _rows = rows;
    }

    /// <summary>Whether the run measured any row completely.</summary>
    public bool IsEmpty => _rows.Count == 0;

    /// <summary>The benchmark classes that have a row.</summary>
    public IEnumerable<Type> Types => _rows.Select(r => r.Benchmark.GetType());

    /// <summary>The fastest iteration of every benchmark of a BenchmarkDotNet run, per class in <see cref="BuilderBenchmarks.Types"/> order.</summary>
    public static BuilderRatioTable From(IEnumerable<Summary> summaries)
    {
        var times = new Dictionary<Type, Dictionary<string, double>>();
        string environment = "";
        foreach (Summary summary in summaries)
        {
            environment = $"{summary.HostEnvironmentInfo.CpuInfo.Value.ProcessorName}, {summary.HostEnvironmentInfo.RuntimeVersion}";
            foreach (BenchmarkReport report in summary.Reports)
            {
                if (report.ResultStatistics is { } statistics)
                {
                    Type type = report.BenchmarkCase.Descriptor.Type;
                    if (!times.TryGetValue(type, out Dictionary<string, double>? methods))
                    {
                        times[type] = methods = [];
                    }

                    methods[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] = statistics.Min;
                }
            }
        }

        return From($"BenchmarkDotNet run, fastest iteration of each benchmark ({environment})",
            BuilderBenchmarks.Types().Where(times.ContainsKey).Select(t => ((BuilderBenchmark)Activator.CreateInstance(t)!, times[t])));
    }

    /// <summary>A table of given times (nanoseconds per call by benchmark method name), rows in the given order.</summary>
    public static BuilderRatioTable From(string title, IEnumerable<(BuilderBenchmark Benchmark, Dictionary<string, double> Times)> rows) =>
        new(title, [.. rows.Where(r => new[] { Implementation.Primal, Implementation.Derived, Implementation.HandWritten, Implementation.ForwardDiffBaseline }.All(r.Times.ContainsKey))]);

    /// <summary>The tables as GitHub Markdown.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {_title}");
        text.AppendLine();
        text.AppendLine("| Workload | Width | Chunk | Primal | Derived | Hand-written | Baseline | Derived / hand | Baseline / derived | Derived / primal | Hand / primal | Baseline / primal | Derived ≤ 1.2x hand | ≥ 2x faster than baseline (width 8) |");
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        foreach ((BuilderBenchmark benchmark, Dictionary<string, double> t) in _rows)
        {
            double primal = t[Implementation.Primal], derived = t[Implementation.Derived], hand = t[Implementation.HandWritten], baseline = t[Implementation.ForwardDiffBaseline];
            string handRequirement = derived / hand <= HandWrittenLimit ? "pass" : "**FAIL**";
            string baselineRequirement = benchmark.Width != BaselineWidth ? "n/a" : baseline / derived >= BaselineSpeedUp ? "pass" : "**FAIL**";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {benchmark.Workload} | {benchmark.Width} | `{benchmark.Chunk.Name}` | {Time(primal)} | {Time(derived)} | {Time(hand)} | {Time(baseline)} | {derived / hand:F2} | {baseline / derived:F2}x | {derived / primal:F1} | {hand / primal:F1} | {baseline / primal:F1} | {handRequirement} | {baselineRequirement} |");
        }

        text.AppendLine();
        text.AppendLine("Diagnostics: the derived rule called directly (no plan: direction block reseeded in O(width) per pass, input not copied) and the Vector256 chunk variants of widths 8 and 16.");
        text.AppendLine();
        text.AppendLine("| Workload | Width | Derived (API) | Rule only | API / rule only | Rule only / hand | Vector256 chunk | Rule only, Vector256 | Hand-written, Vector256 | Rule only / hand, Vector256 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach ((BuilderBenchmark benchmark, Dictionary<string, double> t) in _rows)
        {
            double derived = t[Implementation.Derived], hand = t[Implementation.HandWritten];
            string ruleOnly = "", apiOverRule = "", ruleOverHand = "";
            if (t.TryGetValue(Implementation.DerivedRuleOnly, out double rule))
            {
                (ruleOnly, apiOverRule, ruleOverHand) = (Time(rule), Ratio(derived / rule), Ratio(rule / hand));
            }

            string chunk256 = benchmark.Vector256Chunk is { } c ? $"`{c.Name}`" : "";
            bool hasRule256 = t.TryGetValue(Implementation.DerivedRuleVector256, out double rule256);
            bool hasHand256 = t.TryGetValue(Implementation.HandWrittenVector256, out double hand256);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {benchmark.Workload} | {benchmark.Width} | {Time(derived)} | {ruleOnly} | {apiOverRule} | {ruleOverHand} | {chunk256} | {(hasRule256 ? Time(rule256) : "")} | {(hasHand256 ? Time(hand256) : "")} | {(hasRule256 && hasHand256 ? Ratio(rule256 / hand256) : "")} |");
        }

        return text.ToString();
    }

    private static string Ratio(double ratio) => ratio.ToString("F2", CultureInfo.InvariantCulture);

    private static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1e3 => nanoseconds.ToString("F1", CultureInfo.InvariantCulture) + " ns",
        < 1e6 => (nanoseconds / 1e3).ToString("F2", CultureInfo.InvariantCulture) + " µs",
        _ => (nanoseconds / 1e6).ToString("F3", CultureInfo.InvariantCulture) + " ms",
    };
}
