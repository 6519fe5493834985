using System.Globalization;
using System.Text;
using Mooncake.Perf.Bounds;
using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Commands;

/// <summary>
/// The suite rows that miss issue 5's targets, each timed side by side with hand-written code
/// that bounds it (<see cref="BoundRows"/>): how far the derived rule is from the least that
/// computing its derivative on this machine costs. Prints a Markdown table and writes it to
/// <see cref="DefaultOutput"/>/bounds.md.
/// </summary>
public static class BoundsCommand
{
    /// <summary>The output folder, relative to the working directory.</summary>
    public const string DefaultOutput = "artifacts/bounds";

    private const int Rounds = 400, QuickRounds = 60;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(25), QuickBudget = TimeSpan.FromSeconds(6);

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        bool quick = args.Contains("--quick");
        if (args.FirstOrDefault(a => a != "--quick") is { } unknown)
        {
            Console.Error.WriteLine($"bounds: unknown option '{unknown}' (options: --quick)");
            return 2;
        }

        (int rounds, TimeSpan budget) = quick ? (QuickRounds, QuickBudget) : (Rounds, Budget);
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"## Bounds of the rows that miss their targets ({Environment.ProcessorCount} processors, .NET {Environment.Version})");
        table.AppendLine();
        table.AppendLine("Each workload's primal, derived rule and hand-written floors, timed in interleaved rounds; ratios to the primal: median (fastest sample).");
        table.AppendLine();
        table.AppendLine("| Workload | Target | Method | Time (median) | Ratio to primal |");
        table.AppendLine("|---|---:|---|---:|---:|");
        var readings = new StringBuilder();
        foreach (Func<BoundComparison> build in BoundRows.All())
        {
            BoundComparison comparison = build();
            Dictionary<string, TimeSamples> samples = InterleavedTimes.Sample(comparison.Methods, rounds, budget);
            TimeSamples primal = samples[comparison.Methods[0].Method];
            foreach ((string method, _) in comparison.Methods)
            {
                TimeSamples s = samples[method];
                table.AppendLine(CultureInfo.InvariantCulture,
                    $"| {comparison.Workload} | {comparison.Target:0.00} | {method} | {Format(s.Median)} | {s.Median / primal.Median:0.00} ({s.Min / primal.Min:0.00}) |");
            }

            readings.AppendLine(CultureInfo.InvariantCulture, $"- {comparison.Workload}: {comparison.Reading}");
            Console.WriteLine($"  measured {comparison.Workload}: {samples[comparison.Methods[0].Method].PerCall.Length} rounds");
        }

        table.AppendLine();
        table.Append(readings);
        string markdown = table.ToString();
        Console.WriteLine();
        Console.WriteLine(markdown);
        Directory.CreateDirectory(DefaultOutput);
        string path = Path.Combine(DefaultOutput, "bounds.md");
        File.WriteAllText(path, markdown);
        Console.WriteLine($"Written to {Path.GetFullPath(path)}");
        return 0;
    }

    private static string Format(double nanoseconds) => nanoseconds >= 1000
        ? string.Create(CultureInfo.InvariantCulture, $"{nanoseconds / 1000:0.00} µs")
        : string.Create(CultureInfo.InvariantCulture, $"{nanoseconds:0.0} ns");
}
