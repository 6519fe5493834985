using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Reports;

namespace Mooncake.Perf.Commands;

/// <summary>
/// The rule benchmarks: every benchmark class in the <c>Mooncake.Perf.Rules</c> namespace, run
/// with the short job; then a table of each benchmark's time and its ratio to the baseline
/// method of its class (the primal call for scalar rules, eight width-1 calls for array rules),
/// measured in the same run.
/// </summary>
public static class RulesCommand
{
    private const string TableFileName = "rule-ratios.md";

    /// <summary>The benchmark classes of the rule suite.</summary>
    public static Type[] BenchmarkTypes() =>
        [.. typeof(RulesCommand).Assembly.GetTypes()
            .Where(t => t.Namespace?.StartsWith("Mooncake.Perf.Rules", StringComparison.Ordinal) == true && !t.IsAbstract
                && (!t.IsGenericTypeDefinition || t.IsDefined(typeof(GenericTypeArgumentsAttribute), false))
                && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkAttribute), false)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        (bool quick, string[] switcherArgs) = BenchmarkRun.Parse(args);
        List<Summary> summaries = BenchmarkRun.Run(BenchmarkTypes(), switcherArgs, quick);
        BenchmarkRun.Publish(summaries, TableFileName, Table(summaries));
        return BenchmarkRun.ExitCode(summaries);
    }

    // One row per benchmark: its fastest iteration and that divided by its class's baseline.
    private static string Table(IEnumerable<Summary> summaries)
    {
        var text = new StringBuilder();
        text.AppendLine("Rule benchmarks: time of each benchmark (fastest iteration) and its ratio to the baseline of its class, one run.");
        text.AppendLine();
        text.AppendLine("| Benchmark | Method | Time | Ratio to baseline |");
        text.AppendLine("|---|---|---:|---:|");
        foreach (Summary summary in summaries)
        {
            foreach (var group in summary.Reports.GroupBy(r => r.BenchmarkCase.Descriptor.Type))
            {
                BenchmarkReport? baseline = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
                foreach (BenchmarkReport report in group)
                {
                    if (report.ResultStatistics is not { } statistics)
                    {
                        continue;
                    }

                    string ratio = baseline?.ResultStatistics is { } b ? (statistics.Min / b.Min).ToString("F2", CultureInfo.InvariantCulture) : "";
                    text.AppendLine(CultureInfo.InvariantCulture,
                        $"| {Name(group.Key)} | {report.BenchmarkCase.Descriptor.WorkloadMethod.Name}{Parameters(report)} | {Format(statistics.Min)} | {ratio} |");
                }
            }
        }

        return text.ToString();
    }

    private static string Parameters(BenchmarkReport report) =>
        report.BenchmarkCase.HasParameters ? $" ({report.BenchmarkCase.Parameters.DisplayInfo})" : "";

    private static string Name(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>" : type.Name;

    private static string Format(double nanoseconds) => nanoseconds switch
    {
        < 1e3 => nanoseconds.ToString("F2", CultureInfo.InvariantCulture) + " ns",
        < 1e6 => (nanoseconds / 1e3).ToString("F2", CultureInfo.InvariantCulture) + " µs",
        _ => (nanoseconds / 1e6).ToString("F2", CultureInfo.InvariantCulture) + " ms",
    };
}
