using System.Diagnostics;
using Mooncake.Perf.Suite;

namespace Mooncake.Perf.Commands;

/// <summary>
/// The ratio-table suite of issue 5, the default command: for each workload, the primal time
/// and the ratios AD time / primal time of the derived rule at widths 1, 8 and 16, the
/// hand-written dual code, the baseline and central differences, checked for agreement first,
/// then measured interleaved (median of the samples, the fastest-sample ratio beside it); then
/// the parallel chunk passes. Writes <c>suite.md</c>, <c>suite.csv</c> and <c>suite.svg</c> to
/// the output folder (<see cref="DefaultOutput"/>, or <c>--out DIR</c>). Exits 1 if an
/// implementation disagrees or the parallel passes are not bit-identical.
/// </summary>
public static class SuiteCommand
{
    /// <summary>The output folder, relative to the working directory.</summary>
    public const string DefaultOutput = "artifacts/suite";

    // Rounds per row, and the time after which a row stops sampling (each sample is a batch of at
    // least 0.5 ms, so the slow rows, whose batches are single calls of tens of ms, stop early).
    private const int Rounds = 200, QuickRounds = 12;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10), QuickBudget = TimeSpan.FromSeconds(1.2);

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        bool quick = false;
        string output = DefaultOutput;
        string? only = null;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--quick":
                    quick = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    output = args[++i];
                    break;
                case "--only" when i + 1 < args.Length:
                    only = args[++i];
                    break;
                default:
                    Console.Error.WriteLine($"suite: unknown option '{args[i]}' (options: --quick, --out DIR, --only TEXT)");
                    return 2;
            }
        }

        (int rounds, TimeSpan budget) = quick ? (QuickRounds, QuickBudget) : (Rounds, Budget);
        var clock = Stopwatch.StartNew();
        bool agree = true;
        var results = new List<SuiteResult>();
        Console.WriteLine($"Suite: each row checked for agreement, then at most {rounds} interleaved rounds or {budget.TotalSeconds} s (at least {Builder.InterleavedTimes.MinimumRounds} rounds).");
        foreach (Func<SuiteWorkload> build in SuiteWorkloads.All())
        {
            SuiteWorkload built = build();
            if (only is not null && !built.Name.Contains(only, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            (SuiteWorkload row, IReadOnlyList<string> lines, bool rowAgrees) = SuiteCheck.Run(built);
            agree &= rowAgrees;
            foreach (string line in lines)
            {
                Console.WriteLine("  " + line);
            }

            foreach (SuiteMethod refused in row.Methods.Where(m => !m.Runs))
            {
                Console.WriteLine($"  --   {row.Name}: {refused.Column}: {refused.Error}");
            }

            SuiteResult result = SuiteResult.Measure(row, rounds, budget);
            results.Add(result);
            Console.WriteLine($"  measured {row.Name}: primal {SuiteTable.Time(result.Primal.Median)}, {result.Primal.PerCall.Length} rounds ({clock.Elapsed.TotalSeconds:F0} s)");
        }

        // A filtered run (--only) is for looking at a few rows: it skips the parallel-passes table,
        // unless the filter names it (--only parallel).
        (string parallel, bool identical) = only is null || "parallel".Contains(only, StringComparison.OrdinalIgnoreCase) ? ParallelPasses.Run(rounds, budget) : ("", true);
        string title = $"Mooncake for .NET: AD time / primal time ({(quick ? "--quick, " : "")}{Environment.ProcessorCount} processors, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})";
        string markdown = $"## {title}\n\n"
            + "Median of interleaved samples (fastest-sample ratio in parentheses). Derived: the plain C# function through `Forward` "
            + "(`GradientPlan` for gradients, `PushforwardPlan` prepared outside the timed region for one pass of several directions, with the Mooncake.jl rows' fixed directions seeded once by `PrepareDirections`, `DerivativePlan.ValuesAndDerivatives` for the scalar chain, all points in one call). "
            + "Hand-written `Dual<T>`, baseline and central differences run at the row's reference width; — where a column does not apply.\n\n"
            + SuiteTable.ToMarkdown(results) + "\n" + parallel;
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "suite.md"), markdown);
        File.WriteAllText(Path.Combine(output, "suite.csv"), SuiteTable.ToCsv(results));
        File.WriteAllText(Path.Combine(output, "suite.svg"), RatioChart.ToSvg(results, title));
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Written to {Path.GetFullPath(output)} (suite.md, suite.csv, suite.svg) in {clock.Elapsed.TotalSeconds:F0} s.");
        if (!agree || !identical)
        {
            Console.Error.WriteLine(!agree ? "Some implementations disagree (FAIL lines above)." : "The parallel passes are not bit-identical to the sequential ones.");
            return 1;
        }

        return 0;
    }
}
