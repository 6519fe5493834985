using BenchmarkDotNet.Reports;
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
    private const string TableFileName = "tangent-ratios.md";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        (bool quick, string[] switcherArgs) = BenchmarkRun.Parse(args);
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

        List<Summary> summaries = BenchmarkRun.Run(TangentVariant.BenchmarkTypes(), switcherArgs, quick);
        RatioTable table = RatioTable.From(summaries);
        if (!table.IsEmpty)
        {
            BenchmarkRun.Publish(summaries, TableFileName, table.ToMarkdown());
        }

        return BenchmarkRun.ExitCode(summaries);
    }
}
