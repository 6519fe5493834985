using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Mooncake.Perf.Tangents;

namespace Mooncake.Perf.Commands;

/// <summary>
/// The tangent benchmarks: checks that the SIMD duals and the baseline compute identical
/// results, runs the benchmarks through BenchmarkDotNet's switcher (so <c>--filter</c> and the
/// other switcher options work), then prints the speed-up table and writes it as Markdown
/// next to BenchmarkDotNet's own reports.
/// </summary>
public static class TangentsCommand
{
    private const string QuickFlag = "--quick";
    private const string TableFileName = "tangent-ratios.md";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        bool quick = args.Contains(QuickFlag, StringComparer.OrdinalIgnoreCase);
        string[] switcherArgs = [.. args.Where(a => !a.Equals(QuickFlag, StringComparison.OrdinalIgnoreCase))];

        IReadOnlyList<string> mismatches = TangentResultCheck.Run();
        if (mismatches.Count > 0)
        {
            Console.Error.WriteLine("The SIMD duals and the baseline disagree; not benchmarking:");
            foreach (string mismatch in mismatches)
            {
                Console.Error.WriteLine("  " + mismatch);
            }

            return 1;
        }

        Console.WriteLine("Checked: every SIMD dual matches the baseline bit for bit on every workload.");

        // Without a filter the switcher would ask interactively which benchmarks to run; the
        // default run (no arguments) runs them all.
        if (!switcherArgs.Any(a => a is "--filter" or "-f" || a.StartsWith("--filter=", StringComparison.Ordinal)))
        {
            switcherArgs = [.. switcherArgs, "--filter", "*"];
        }

        var summaries = BenchmarkSwitcher.FromTypes(TangentVariant.BenchmarkTypes())
            .Run(switcherArgs, TangentBenchmarkConfig.Create(quick))
            .ToList();

        RatioTable table = RatioTable.From(summaries);
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
