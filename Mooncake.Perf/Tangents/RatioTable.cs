using System.Globalization;
using System.Text;
using BenchmarkDotNet.Reports;

namespace Mooncake.Perf.Tangents;

/// <summary>
/// The speed-up table of one benchmark run: for each workload and SIMD dual type, its time, the
/// time of the baseline of the same width, and baseline / SIMD.
/// </summary>
/// <remarks>
/// Times are the fastest iteration of each benchmark, not the median: on a shared machine other
/// work only ever adds time, and it comes and goes between benchmarks, so the minimum is the
/// estimate of a benchmark's own cost that one busy spell disturbs least. (BenchmarkDotNet's
/// table above it has the mean and median.)
/// </remarks>
public sealed class RatioTable
{
    private readonly List<Row> _rows;
    private readonly string _environment;

    private RatioTable(List<Row> rows, string environment)
    {
        _rows = rows;
        _environment = environment;
    }

    /// <summary>Whether the run measured at least one SIMD / baseline pair.</summary>
    public bool IsEmpty => _rows.Count == 0;

    /// <summary>Pairs every measured SIMD benchmark with the measured baseline of its workload and width.</summary>
    public static RatioTable From(IEnumerable<Summary> summaries)
    {
        var times = new Dictionary<(Type Workload, TangentVariant Variant), double>();
        string environment = "";
        foreach (Summary summary in summaries)
        {
            environment = $"{summary.HostEnvironmentInfo.CpuInfo.Value.ProcessorName}, {summary.HostEnvironmentInfo.RuntimeVersion}";
            foreach (BenchmarkReport report in summary.Reports)
            {
                Type type = report.BenchmarkCase.Descriptor.Type;
                if (report.ResultStatistics is { } statistics && type.IsGenericType
                    && TangentVariant.ForOps(type.GetGenericArguments()[0]) is { } variant)
                {
                    times[(type.GetGenericTypeDefinition(), variant)] = statistics.Min;
                }
            }
        }

        var rows = new List<Row>();
        foreach (Type workload in TangentVariant.Workloads)
        {
            foreach (TangentVariant simd in TangentVariant.All.Where(v => v.Kind != DualKind.Baseline).OrderBy(v => v.Width).ThenBy(v => v.Kind))
            {
                TangentVariant baseline = TangentVariant.All.Single(v => v.Kind == DualKind.Baseline && v.Width == simd.Width);
                if (times.TryGetValue((workload, simd), out double simdNs) && times.TryGetValue((workload, baseline), out double baselineNs))
                {
                    rows.Add(new Row(TangentVariant.WorkloadName(workload), simd, simdNs, baselineNs));
                }
            }
        }

        return new RatioTable(rows, environment);
    }

    /// <summary>The table as GitHub Markdown, times in microseconds per 1024-element run (one invocation).</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Tangent benchmarks: SIMD dual vs scalar-loop baseline; µs per 1024-element run, fastest iteration ({_environment}).");
        text.AppendLine();
        text.AppendLine("| Workload | Width | SIMD dual | SIMD µs | Baseline µs | Speed-up |");
        text.AppendLine("|---|---:|---|---:|---:|---:|");
        foreach (Row row in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Workload} | {row.Simd.Width} | `Dual<{row.Simd.LaneType}>` | {row.SimdNs / 1000:F2} | {row.BaselineNs / 1000:F2} | {row.BaselineNs / row.SimdNs:F2}x |");
        }

        return text.ToString();
    }

    private sealed record Row(string Workload, TangentVariant Simd, double SimdNs, double BaselineNs);
}
