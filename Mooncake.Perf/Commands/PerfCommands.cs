using Mooncake.Perf.Allocations;
using Mooncake.Perf.Tangents;

namespace Mooncake.Perf.Commands;

/// <summary>
/// The perf tool's commands. The first argument names a command; without one (or when it is not
/// a command name, e.g. <c>--quick</c>) the default command, the ratio-table suite, gets every
/// argument. New suites add an entry to <see cref="Commands"/>.
/// </summary>
public static class PerfCommands
{
    private const string DefaultCommand = "suite";

    private static readonly Dictionary<string, (Func<string[], int> Run, string Help)> Commands = new(StringComparer.OrdinalIgnoreCase)
    {
        [DefaultCommand] = (SuiteCommand.Run, "The ratio-table suite (default): per workload, AD time / primal time of the derived rule at widths 1, 8, 16, hand-written Dual<T>, "
            + "the baseline and central differences, checked for agreement first, and the parallel chunk passes; writes Markdown, CSV and SVG to "
            + SuiteCommand.DefaultOutput + "; then the shapes table (the small MLP's JVP written four ways, against hand-written Dual<T>) and the third-party table "
            + "(MathNet.Numerics derivatives against their primal), in suite.md. Options: --quick for a shorter run, --out DIR, --only TEXT (rows whose name contains TEXT, "
            + "or every row of a table it names: --only shapes, --only third-party, --only parallel)."),
        ["tangents"] = (TangentsCommand.Run, "SIMD dual vs scalar-loop baseline benchmarks and their speed-up table. "
            + "Options: --quick for a shorter run; other arguments go to BenchmarkDotNet, e.g. --filter '*Horner*'."),
        ["rules"] = (RulesCommand.Run, "Rule benchmarks: each scalar rule family against its primal call and each array rule at width 8 against eight width-1 calls. "
            + "Options as for tangents."),
        ["builder"] = (BuilderCommand.Run, "Derived rules (plain C# through Forward) vs hand-written Dual<T> code vs the baseline on Rosenbrock, Ackley, sin·cos·exp and a scalar chain; "
            + "checks they agree, runs BenchmarkDotNet (times, allocations), then an interleaved measurement that decides the requirements, and prints both tables. Options as for tangents."),
        ["allocations"] = (AllocationsCommand.Run, "Bytes per call of the prepared plans and the high-level Forward calls (BenchmarkDotNet's MemoryDiagnoser and a direct process-wide reading) "
            + "against issue 5's requirement: plans nothing, calls only their result; writes " + AllocationsCommand.DefaultOutput + "/allocations.md, exits 1 on a FAIL row. Options as for tangents."),
        ["bounds"] = (BoundsCommand.Run, "The suite rows that miss issue 5's targets (scalar chain, sum_sin_1000, _sum_1000 at width 1), each timed side by side with hand-written "
            + "code that bounds it; writes " + BoundsCommand.DefaultOutput + "/bounds.md. Options: --quick."),
        ["firstcall"] = (FirstCallCommand.Run, "Time to first derivative: the first Forward.Gradient of Rosenbrock, the first PrepareDerivative of SpecialFunctions.Erf and of a "
            + "Normal.CDF closure with one evaluation, each in fresh processes (medians), tiered compilation on and off; writes " + FirstCallCommand.DefaultOutput
            + "/firstcall.md. Options: --processes N (default 5), --out DIR."),
        ["coverage"] = (CoverageCommand.Run, "Prints which methods of Math, MathF, double, float, Enumerable and LinearAlgebra have rules."),
    };

    /// <summary>Runs the command <paramref name="args"/> select and returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        if (args is ["help"])
        {
            Console.WriteLine("usage: dotnet run -c Release --project Mooncake.Perf [command] [options]");
            foreach ((string name, (_, string help)) in Commands)
            {
                Console.WriteLine($"  {name,-10} {help}");
            }

            return 0;
        }

        return args.Length > 0 && Commands.TryGetValue(args[0], out var command)
            ? command.Run(args[1..])
            : Commands[DefaultCommand].Run(args);
    }
}
