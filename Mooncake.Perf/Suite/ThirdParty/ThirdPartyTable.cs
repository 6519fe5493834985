using System.Globalization;
using System.Text;

namespace Mooncake.Perf.Suite.ThirdParty;

/// <summary>The third-party table in Markdown: per function the primal's time per point and the ratios derivative / primal and central differences / primal, against <see cref="ThirdPartyWorkloads.Target"/>.</summary>
public static class ThirdPartyTable
{
    /// <summary>The Markdown section of <paramref name="results"/> (empty when there are none).</summary>
    public static string ToMarkdown(IReadOnlyList<SuiteResult> results)
    {
        if (results.Count == 0)
        {
            return "";
        }

        string target = ThirdPartyWorkloads.Target.ToString("0.0", CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### Third-party code: MathNet.Numerics 5.0.0 at width 1, derivative / primal (target ≤ {target})");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"Value and derivative at {ThirdPartyWorkloads.Points} points in one `DerivativePlan.ValuesAndDerivatives` call (`Forward.PrepareDerivative(f)` outside the timed region) ")
            .Append("against the library function called directly at the same points in a loop, interleaved; central differences (two more calls per point) beside them. ")
            .AppendLine("Ratios: median (fastest-sample ratio in parentheses). The derived values were checked against the primal's and the derivatives against central differences first.");
        text.AppendLine();
        text.AppendLine($"| Function | Task | Primal per point (median) | Derivative / primal | Central differences / primal | ≤ {target} |");
        text.AppendLine("|---|---|---:|---:|---:|---|");
        foreach (SuiteResult result in results)
        {
            string perPoint = SuiteTable.Time(result.Primal.Median / ThirdPartyWorkloads.Points);
            string derived = Cell(result, SuiteColumn.Derived1), differences = Cell(result, SuiteColumn.FiniteDifferences);
            string verdict = result.MedianRatio(SuiteColumn.Derived1) is { } ratio ? (ratio <= ThirdPartyWorkloads.Target ? "pass" : "**miss**") : "—";
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{result.Workload.Name}` | {result.Workload.Task} | {perPoint} | {derived} | {differences} | {verdict} |");
        }

        return text.ToString();
    }

    private static string Cell(SuiteResult result, string column) => result.MedianRatio(column) is { } median
        ? $"{SuiteTable.Ratio(median)} ({SuiteTable.Ratio(result.MinRatio(column)!.Value)})"
        : result.Text(column).Replace("|", "\\|", StringComparison.Ordinal);
}
