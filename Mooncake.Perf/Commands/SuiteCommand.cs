using System.Diagnostics;
using Mooncake.Perf.Suite;

namespace Mooncake.Perf.Commands;

/// <summary>
/// The ratio-table suite of issue 5, the default command: for each workload, the primal time
/// and the ratios AD time / primal time of the derived rule at widths 1, 8 and 16, the
/// hand-written dual code, the baseline and central differences, checked for agreement first,
/// then measured interleaved (median of the samples, the fastest-sample ratio beside it); then
/// the parallel chunk passes; then the tables of <see cref="SuiteSection.All"/> (the small MLP
/// written four ways against hand-written code, MathNet.Numerics functions' derivatives against
/// their primal), in suite.md only. <c>--only TEXT</c> keeps the rows whose name contains TEXT,
/// and every row of a table whose name contains it (<c>--only shapes</c>, <c>--only third-party</c>).
/// Writes <c>suite.md</c>, <c>suite.csv</c> and <c>suite.svg</c> (the last two of the main table)
/// to the output folder (<see cref="DefaultOutput"/>, or <c>--out DIR</c>). Exits 1 if an
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
        Console.WriteLine($"Suite: each row checked for agreement, then at most {rounds} interleaved rounds or {budget.TotalSeconds} s (at least {Builder.InterleavedTimes.MinimumRounds} rounds).");
        List<SuiteResult> results = MeasureRows(SuiteWorkloads.All(), all: only is null, only, SuiteCheck.Run, rounds, budget, clock, ref agree);

        // A filtered run (--only) is for looking at a few rows: it skips the parallel-passes table,
        // unless the filter names it (--only parallel).
        (string parallel, bool identical) = only is null || "parallel".Contains(only, StringComparison.OrdinalIgnoreCase) ? ParallelPasses.Run(rounds, budget) : ("", true);

        // The tables with columns of their own (shapes, third-party), each a section of suite.md.
        var sections = new List<string>();
        foreach (SuiteSection section in SuiteSection.All)
        {
            List<SuiteResult> sectionResults = MeasureRows(section.Rows(), section.SelectsAll(only), only, section.Check, rounds, budget, clock, ref agree);
            if (sectionResults.Count > 0)
            {
                sections.Add(section.ToMarkdown(sectionResults));
            }
        }

        string title = $"Mooncake for .NET: AD time / primal time ({(quick ? "--quick, " : "")}{Environment.ProcessorCount} processors, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})";
        // A filtered run that selects none of the main rows prints only the tables it selects.
        string main = results.Count == 0 && only is not null ? "" : "Median of interleaved samples (fastest-sample ratio in parentheses). Derived: the plain C# function through `Forward` "
            + "(`GradientPlan` for gradients, `PushforwardPlan` prepared outside the timed region for one pass of several directions, with the Mooncake.jl rows' fixed directions seeded once by `PrepareDirections`, `DerivativePlan.ValuesAndDerivatives` for the scalar chain, all points in one call). "
            + "Hand-written `Dual<T>`, baseline and central differences run at the row's reference width; — where a column does not apply.\n\n"
            + SuiteTable.ToMarkdown(results) + "\n";
        string markdown = $"## {title}\n\n" + string.Join("\n", new[] { main + parallel }.Concat(sections).Where(part => part.Length > 0));
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "suite.md"), markdown);
        File.WriteAllText(Path.Combine(output, "suite.csv"), SuiteTable.ToCsv(results));
        File.WriteAllText(Path.Combine(output, "suite.svg"), RatioChart.ToSvg(results, title));
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Written to {Path.GetFullPath(output)} (suite.md, suite.csv, suite.svg) in {clock.Elapsed.TotalSeconds:F0} s.");
        Console.WriteLine($"Time to first derivative (fresh processes, not part of the suite): {FirstCallCommand.HowToRun}");
        if (!agree || !identical)
        {
            Console.Error.WriteLine(!agree ? "Some implementations disagree (FAIL lines above)." : "The parallel passes are not bit-identical to the sequential ones.");
            return 1;
        }

        return 0;
    }

    // Builds each row that the filter selects (every row when all is set), checks it, prints the
    // check's lines and any refusal, measures it interleaved and returns the measured rows.
    private static List<SuiteResult> MeasureRows(IEnumerable<Func<SuiteWorkload>> rows, bool all, string? only, Func<SuiteWorkload, (SuiteWorkload Row, IReadOnlyList<string> Lines, bool Agree)> check, int rounds, TimeSpan budget, Stopwatch clock, ref bool agree)
    {
        var results = new List<SuiteResult>();
        foreach (Func<SuiteWorkload> build in rows)
        {
            SuiteWorkload built = build();
            if (!all && (only is null || !built.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            (SuiteWorkload row, IReadOnlyList<string> lines, bool rowAgrees) = check(built);
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

        return results;
    }
}
