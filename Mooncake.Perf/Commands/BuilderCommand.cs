using BenchmarkDotNet.Reports;
using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Commands;

/// <summary>
/// The builder benchmarks (issue 4): checks that the derived rule, the hand-written dual code and
/// the baseline agree on every workload, runs the benchmarks of <see cref="BuilderBenchmarks"/>
/// through BenchmarkDotNet's switcher (times and allocations), then measures the same classes
/// interleaved (<see cref="InterleavedTimes"/>, the verdict), prints both tables and writes them
/// as Markdown next to BenchmarkDotNet's own reports.
/// </summary>
public static class BuilderCommand
{
    private const string TableFileName = "builder-ratios.md";
    private const int Rounds = 150;
    private const int QuickRounds = 40;

    private const string Heading = "## Builder benchmarks\n\n"
        + "The derived rule (the plain C# function through `Forward`: `GradientPlan`, `PushforwardPlan`, `DerivativePlan`) against the same function "
        + "written once with generic math and run on `Dual<TChunk>` (hand-written) and against the ForwardDiff-style baseline dual. "
        + "Times per call: a full gradient of 1024 inputs, one 8-direction pass over 1024 inputs, or 1000 scalar derivatives. "
        + "Required (issue 4): derived ≤ 1.2x hand-written on every row, and ≥ 2x faster than the baseline at width 8. "
        + "The verdict is the interleaved measurement, whose ratios hold when the machine's load changes (rounds that run every method in turn, "
        + "fastest sample of each); BenchmarkDotNet's run, one method after the other, adds the bytes each call allocates.";

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        (bool quick, string[] switcherArgs) = BenchmarkRun.Parse(args);

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

        List<Summary> summaries = BenchmarkRun.Run(BuilderBenchmarks.Types(), switcherArgs, quick);
        BuilderRatioTable table = BuilderRatioTable.FromBenchmarkDotNet(summaries);
        if (!table.IsEmpty)
        {
            int rounds = quick ? QuickRounds : Rounds;
            Console.WriteLine($"Interleaved measurement: {rounds} rounds per benchmark class...");
            BuilderRatioTable verdict = BuilderRatioTable.Verdict(
                $"Verdict: interleaved measurement, fastest of {rounds} rounds that each run every method once in turn",
                table.Types.Select(type =>
                {
                    var benchmark = (BuilderBenchmark)Activator.CreateInstance(type)!;
                    benchmark.Setup();
                    return (benchmark, InterleavedTimes.Measure(benchmark, rounds));
                }));

            BenchmarkRun.Publish(summaries, TableFileName, Heading + Environment.NewLine + Environment.NewLine + verdict.ToMarkdown() + Environment.NewLine + table.ToMarkdown());
            Console.WriteLine(verdict.RequirementsHold ? "Every requirement holds." : "Some requirement does not hold (FAIL rows above).");
        }

        return BenchmarkRun.ExitCode(summaries);
    }
}
