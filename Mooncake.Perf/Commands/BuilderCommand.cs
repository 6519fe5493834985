using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Mooncake.Perf.Builder;
using Mooncake.Perf.Tangents;

namespace Mooncake.Perf.Commands;

/// <summary>
/// The builder benchmarks (issue 4): checks that the derived rule, the hand-written dual code and
/// the baseline agree on every workload, runs the benchmarks of <see cref="BuilderBenchmarks"/>
/// through BenchmarkDotNet's switcher, then prints the ratio table and writes it as Markdown
/// next to BenchmarkDotNet's own reports.
/// </summary>
public static class BuilderCommand
{
    private const string QuickFlag = "--quick";
    private const string TableFileName = "builder-ratios.md";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        bool quick = args.Contains(QuickFlag, StringComparer.OrdinalIgnoreCase);
        string[] switcherArgs = [.. args.Where(a => !a.Equals(QuickFlag, StringComparison.OrdinalIgnoreCase))];

        (IReadOnlyList<string> lines, bool agree) = BuilderResultCheck.Run();
        Console.WriteLine($"Agreement with the derived rule (value and every derivative, normwise relative difference at most {BuilderResultCheck.Tolerance:E0}):");
        foreach (string line in lines)
        {
            Console.WriteLine("  " + line);
        }

        if (!agree)
        {
            Console.Error.WriteLine("The implementations disagree; not benchmarking.");
            return 1;
        }

        if (!switcherArgs.Any(a => a is "--filter" or "-f" || a.StartsWith("--filter=", StringComparison.Ordinal)))
        {
            switcherArgs = [.. switcherArgs, "--filter", "*"];
        }

        List<Summary> summaries = [.. BenchmarkSwitcher.FromTypes(BuilderBenchmarks.Types()).Run(switcherArgs, TangentBenchmarkConfig.Create(quick))];
        BuilderRatioTable table = BuilderRatioTable.From(summaries);
        if (!table.IsEmpty)
        {
            string markdown = table.ToMarkdown();
            string path = Path.Combine(summaries[0].ResultsDirectoryPath, TableFileName);
            File.WriteAllText(path, markdown);
            Console.WriteLine();
            Console.WriteLine(markdown);
            Console.WriteLine($"Written to {path}");
        }

        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
