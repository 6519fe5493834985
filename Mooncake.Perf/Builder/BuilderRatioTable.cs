using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Mooncake.Perf.Builder;

/// <summary>
/// A table of one builder benchmark measurement: per workload and width, the time of the primal,
/// the derived rule, the hand-written dual code and the baseline, and their ratios; then the
/// diagnostic variants. The interleaved measurement's table is the verdict: it says whether the
/// issue's requirements hold (derived within <see cref="HandWrittenLimit"/> of the hand-written
/// code; at <see cref="BaselineWidth"/> lanes, at least <see cref="BaselineSpeedUp"/> faster than
/// the baseline). BenchmarkDotNet's table adds the bytes each call allocates.
/// </summary>
/// <remarks>
/// Times are the fastest sample of each method (see <see cref="InterleavedTimes"/> for why the
/// minimum): BenchmarkDotNet's fastest iteration, or the interleaved measurement's fastest batch.
/// </remarks>
public sealed class BuilderRatioTable
{
    /// <summary>The largest accepted ratio derived / hand-written.</summary>
    public const double HandWrittenLimit = 1.2;

    /// <summary>The smallest accepted ratio baseline / derived at <see cref="BaselineWidth"/>.</summary>
    public const double BaselineSpeedUp = 2.0;

    /// <summary>The width at which the baseline requirement applies.</summary>
    public const int BaselineWidth = 8;

    private static readonly string[] Required = [Implementation.Primal, Implementation.Derived, Implementation.HandWritten, Implementation.ForwardDiffBaseline];

    private readonly string _title;
    private readonly bool _isVerdict;
    private readonly List<Row> _rows;

    private BuilderRatioTable(string title, bool isVerdict, IEnumerable<Row> rows)
    {
        _title = title;
        _isVerdict = isVerdict;
        _rows = [.. rows.Where(r => Required.All(r.Times.ContainsKey))];
    }

    /// <summary>Whether the measurement has any complete row.</summary>
    public bool IsEmpty => _rows.Count == 0;

    /// <summary>The benchmark classes that have a row.</summary>
    public IEnumerable<Type> Types => _rows.Select(r => r.Benchmark.GetType());

    /// <summary>Whether every row meets both requirements (meaningful for the verdict table).</summary>
    public bool RequirementsHold => _rows.All(r => r.WithinHandWrittenLimit && r.BaselineRequirement != false);

    /// <summary>BenchmarkDotNet's fastest iteration and allocation per call of every benchmark, per class in <see cref="BuilderBenchmarks.Types"/> order.</summary>
    public static BuilderRatioTable FromBenchmarkDotNet(IEnumerable<Summary> summaries)
    {
        var times = new Dictionary<Type, Dictionary<string, double>>();
        var allocated = new Dictionary<Type, Dictionary<string, long>>();
        string environment = "";
        foreach (Summary summary in summaries)
        {
            environment = $"{summary.HostEnvironmentInfo.CpuInfo.Value.ProcessorName}, {summary.HostEnvironmentInfo.RuntimeVersion}";
            foreach (BenchmarkReport report in summary.Reports)
            {
                if (report.ResultStatistics is { } statistics)
                {
                    Type type = report.BenchmarkCase.Descriptor.Type;
                    string method = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
                    times.TryAdd(type, []);
                    allocated.TryAdd(type, []);
                    times[type][method] = statistics.Min;
                    if (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) is long bytes)
                    {
                        allocated[type][method] = bytes;
                    }
                }
            }
        }

        return new BuilderRatioTable(
            $"BenchmarkDotNet run: fastest iteration of each benchmark, one method after the other ({environment})",
            isVerdict: false,
            BuilderBenchmarks.Types().Where(times.ContainsKey).Select(t => new Row((BuilderBenchmark)Activator.CreateInstance(t)!, times[t], allocated[t])));
    }

    /// <summary>The verdict table of given times (nanoseconds per call by benchmark method name), rows in the given order.</summary>
    public static BuilderRatioTable Verdict(string title, IEnumerable<(BuilderBenchmark Benchmark, Dictionary<string, double> Times)> rows) =>
        new(title, isVerdict: true, rows.Select(r => new Row(r.Benchmark, r.Times, null)));

    /// <summary>The tables as GitHub Markdown.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### {_title}");
        text.AppendLine();
        string extraHeader = _isVerdict
            ? $" Derived ≤ {HandWrittenLimit}x hand | ≥ {BaselineSpeedUp}x faster than baseline (width {BaselineWidth}) |"
            : " Allocated per call: derived | hand-written | baseline |";
        text.AppendLine("| Workload | Width | Chunk | Primal | Derived | Hand-written | Baseline | Derived / hand | Baseline / derived | Derived / primal | Hand / primal | Baseline / primal |" + extraHeader);
        text.AppendLine("|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + (_isVerdict ? "---|---|" : "---:|---:|---:|"));
        foreach (Row row in _rows)
        {
            (double primal, double derived, double hand, double baseline) = (row.Time(Implementation.Primal), row.Time(Implementation.Derived), row.Time(Implementation.HandWritten), row.Time(Implementation.ForwardDiffBaseline));
            string extra = _isVerdict
                ? $" {(row.WithinHandWrittenLimit ? "pass" : "**FAIL**")} | {row.BaselineRequirement switch { null => "n/a", true => "pass", false => "**FAIL**" }} |"
                : $" {row.Bytes(Implementation.Derived)} | {row.Bytes(Implementation.HandWritten)} | {row.Bytes(Implementation.ForwardDiffBaseline)} |";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Benchmark.Workload} | {row.Benchmark.Width} | `{row.Benchmark.Chunk.Name}` | {Time(primal)} | {Time(derived)} | {Time(hand)} | {Time(baseline)} | {Ratio(derived / hand)} | {Ratio(baseline / derived)}x | {derived / primal:F1} | {hand / primal:F1} | {baseline / primal:F1} |{extra}");
        }

        text.AppendLine();
        text.AppendLine("Diagnostics: the derived rule called directly (no Forward API around it: for a gradient, the block reseeded in O(width) per pass and the input not copied; for the pushforward, a block allocated once); "
            + "the rules' scalar work without tangents, a floor under every dual implementation, so baseline / scalar work bounds the speed-up over the baseline any tangent code can reach; the Vector256 chunk variants of widths 8 and 16.");
        text.AppendLine();
        text.AppendLine("| Workload | Width | Derived (API) | Rule only | API / rule only | Rule only / hand | Scalar work | Baseline / scalar work | Vector256 chunk | Rule only, Vector256 | Hand-written, Vector256 | Rule only / hand, Vector256 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|");
        foreach (Row row in _rows)
        {
            double derived = row.Time(Implementation.Derived), hand = row.Time(Implementation.HandWritten), baseline = row.Time(Implementation.ForwardDiffBaseline);
            double? rule = row.TryTime(Implementation.DerivedRuleOnly), scalar = row.TryTime(Implementation.ScalarWork);
            double? rule256 = row.TryTime(Implementation.DerivedRuleVector256), hand256 = row.TryTime(Implementation.HandWrittenVector256);
            string chunk256 = row.Benchmark.Vector256Chunk is { } c ? $"`{c.Name}`" : "";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Benchmark.Workload} | {row.Benchmark.Width} | {Time(derived)} | {Time(rule)} | {Ratio(derived / rule)} | {Ratio(rule / hand)} | {Time(scalar)} | {Ratio(baseline / scalar)}{(scalar is null ? "" : "x")} | {chunk256} | {Time(rule256)} | {Time(hand256)} | {Ratio(rule256 / hand256)} |");
        }

        return text.ToString();
    }

    private static string Ratio(double? ratio) => ratio?.ToString("F2", CultureInfo.InvariantCulture) ?? "";

    private static string Time(double? nanoseconds) => nanoseconds is { } ns ? Suite.SuiteTable.Time(ns) : "";

    // One benchmark class's times (nanoseconds per call) and, from BenchmarkDotNet, bytes allocated per call, by method name.
    private sealed record Row(BuilderBenchmark Benchmark, IReadOnlyDictionary<string, double> Times, IReadOnlyDictionary<string, long>? Allocated)
    {
        public bool WithinHandWrittenLimit => Time(Implementation.Derived) / Time(Implementation.HandWritten) <= HandWrittenLimit;

        // Null where the requirement does not apply (other widths).
        public bool? BaselineRequirement => Benchmark.Width != BaselineWidth
            ? null
            : Time(Implementation.ForwardDiffBaseline) / Time(Implementation.Derived) >= BaselineSpeedUp;

        public double Time(string method) => Times[method];

        public double? TryTime(string method) => Times.TryGetValue(method, out double time) ? time : null;

        public string Bytes(string method) => Allocated is not null && Allocated.TryGetValue(method, out long bytes)
            ? bytes == 0 ? "0 B" : bytes.ToString("N0", CultureInfo.InvariantCulture) + " B"
            : "";
    }
}
