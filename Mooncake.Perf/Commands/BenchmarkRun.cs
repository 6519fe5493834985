using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Mooncake.Perf.Tangents;

namespace Mooncake.Perf.Commands;

/// <summary>
/// What the benchmark commands share: their options (<c>--quick</c>, the rest for
/// BenchmarkDotNet's switcher), the switcher run with the short job, the exit code, and
/// publishing a Markdown table next to BenchmarkDotNet's own reports.
/// </summary>
public static class BenchmarkRun
{
    private const string QuickFlag = "--quick";

    /// <summary>Whether <c>--quick</c> is given, and the other arguments for the switcher, with <c>--filter *</c> added when there is no filter.</summary>
    public static (bool Quick, string[] SwitcherArgs) Parse(string[] args)
    {
        bool quick = args.Contains(QuickFlag, StringComparer.OrdinalIgnoreCase);
        string[] switcherArgs = [.. args.Where(a => !a.Equals(QuickFlag, StringComparison.OrdinalIgnoreCase))];

        // Without a filter the switcher would ask interactively which benchmarks to run; the
        // default run (no arguments) runs them all.
        if (!switcherArgs.Any(a => a is "--filter" or "-f" || a.StartsWith("--filter=", StringComparison.Ordinal)))
        {
            switcherArgs = [.. switcherArgs, "--filter", "*"];
        }

        return (quick, switcherArgs);
    }

    /// <summary>Runs the benchmark classes <paramref name="types"/> through the switcher with the short (or quick) job.</summary>
    public static List<Summary> Run(Type[] types, string[] switcherArgs, bool quick) =>
        [.. BenchmarkSwitcher.FromTypes(types).Run(switcherArgs, TangentBenchmarkConfig.Create(quick))];

    /// <summary>1 if a benchmark failed or did not validate, else 0.</summary>
    public static int ExitCode(IEnumerable<Summary> summaries) =>
        summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;

    /// <summary>Prints <paramref name="markdown"/> and writes it to <paramref name="fileName"/> in the results folder of the run.</summary>
    public static void Publish(IReadOnlyList<Summary> summaries, string fileName, string markdown)
    {
        string path = Path.Combine(summaries.FirstOrDefault()?.ResultsDirectoryPath ?? ".", fileName);
        File.WriteAllText(path, markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Written to {path}");
    }
}
