using System.Globalization;
using System.Text;

namespace Mooncake.Perf.Suite;

/// <summary>The suite's results as a Markdown table (ratios median, fastest-sample ratio in parentheses) and as CSV (every number).</summary>
public static class SuiteTable
{
    /// <summary>The Markdown table of <paramref name="results"/>.</summary>
    public static string ToMarkdown(IReadOnlyList<SuiteResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| Workload | Task | Ref. width | Primal (median) | " + string.Join(" | ", SuiteColumn.All) + " |");
        text.AppendLine("|---|---|---:|---:|" + string.Concat(SuiteColumn.All.Select(_ => "---:|")));
        foreach (SuiteResult result in results)
        {
            IEnumerable<string> cells = SuiteColumn.All.Select(column => result.MedianRatio(column) is { } median
                ? $"{Ratio(median)} ({Ratio(result.MinRatio(column)!.Value)})"
                : Escape(result.Text(column)));
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {Escape(result.Workload.Name)} | {result.Workload.Task} | {result.Workload.ReferenceWidth} | {Time(result.Primal.Median)} | {string.Join(" | ", cells)} |");
        }

        return text.ToString();
    }

    /// <summary>The CSV of <paramref name="results"/>: per row the primal's median and fastest time (ns), and per column the median and fastest ratio, the AD median time (ns) and any error.</summary>
    public static string ToCsv(IReadOnlyList<SuiteResult> results)
    {
        var text = new StringBuilder();
        IEnumerable<string> header = ["workload", "task", "reference_width", "samples", "primal_median_ns", "primal_min_ns",
            .. SuiteColumn.All.SelectMany(c => new[] { $"{c} ratio median", $"{c} ratio min", $"{c} median ns", $"{c} note" })];
        text.AppendLine(string.Join(",", header.Select(Quote)));
        foreach (SuiteResult result in results)
        {
            IEnumerable<string> fields = [result.Workload.Name, result.Workload.Task, Number(result.Workload.ReferenceWidth), Number(result.Primal.PerCall.Length), Number(result.Primal.Median), Number(result.Primal.Min),
                .. SuiteColumn.All.SelectMany(c => result.Times.TryGetValue(c, out Builder.TimeSamples? t)
                    ? new[] { Number(t.Median / result.Primal.Median), Number(t.Min / result.Primal.Min), Number(t.Median), "" }
                    : ["", "", "", result.Text(c)])];
            text.AppendLine(string.Join(",", fields.Select(Quote)));
        }

        return text.ToString();
    }

    /// <summary>A ratio with three significant digits or so.</summary>
    public static string Ratio(double ratio) => ratio switch
    {
        < 10 => ratio.ToString("F2", CultureInfo.InvariantCulture),
        < 100 => ratio.ToString("F1", CultureInfo.InvariantCulture),
        _ => ratio.ToString("F0", CultureInfo.InvariantCulture),
    };

    /// <summary>Nanoseconds in the unit that suits them.</summary>
    public static string Time(double nanoseconds) => nanoseconds switch
    {
        < 1e3 => nanoseconds.ToString("F1", CultureInfo.InvariantCulture) + " ns",
        < 1e6 => (nanoseconds / 1e3).ToString("F2", CultureInfo.InvariantCulture) + " µs",
        _ => (nanoseconds / 1e6).ToString("F3", CultureInfo.InvariantCulture) + " ms",
    };

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);

    // RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled.
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
