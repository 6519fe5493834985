using System.Globalization;
using System.Text;
using Mooncake.Perf.Builder;
using Mooncake.Rules;

namespace Mooncake.Perf.Suite;

/// <summary>
/// The parallel chunk passes of issue 5: the Rosenbrock gradient (n = <see cref="BuilderInputs.Length"/>,
/// width <see cref="Width"/>) by a plan prepared with <c>parallel: true</c> against the
/// sequential plan, interleaved. The two results are first compared bit for bit; a difference
/// fails the suite and skips the timing.
/// </summary>
public static class ParallelPasses
{
    /// <summary>The width of the plans.</summary>
    public const int Width = 8;

    /// <summary>The speed-up issue 5 requires on 2 cores.</summary>
    public const double RequiredSpeedUp = 1.6;

    /// <summary>Checks and measures; returns the Markdown table and whether the results are bit-identical.</summary>
    /// <summary>The evaluations in a row that one sample times.</summary>
    public const int Repeats = 10;

    public static (string Markdown, bool Identical) Run(int rounds, TimeSpan budget)
    {
        double[] x = BuilderInputs.Uniform(BuilderInputs.Length);
        Func<double[], double> f = Rosenbrock.Plain;
        GradientPlan sequential = Forward.PrepareGradient(f, x.Length, Width, parallel: false);
        GradientPlan parallel = Forward.PrepareGradient(f, x.Length, Width, parallel: true);
        double[] sequentialGradient = new double[x.Length], parallelGradient = new double[x.Length];
        double sequentialValue = sequential.ValueAndGradient(x, sequentialGradient);
        double parallelValue = parallel.ValueAndGradient(x, parallelGradient);
        bool identical = BitConverter.DoubleToInt64Bits(sequentialValue) == BitConverter.DoubleToInt64Bits(parallelValue)
            && sequentialGradient.AsSpan().SequenceEqual(parallelGradient);

        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Parallel chunk passes: Rosenbrock gradient, n = {x.Length}, width {Width}, `Forward.PrepareGradient(f, {x.Length}, {Width}, parallel: true)` against the sequential plan, each evaluated {Repeats} times in a row per sample, on {Environment.ProcessorCount} processors (required: at least {RequiredSpeedUp}x, results bit-identical).");
        text.AppendLine();
        text.AppendLine("| Workers | Passes | Bit-identical | Primal (median) | Sequential (median) | Parallel (median) | Speed-up (median) | Speed-up (fastest samples) | ≥ 1.6x |");
        text.AppendLine("|---:|---:|---|---:|---:|---:|---:|---:|---|");
        if (!identical)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {parallel.Workers} | {parallel.Passes} | **no** | | | | | | not timed |");
            return (text.ToString(), false);
        }

        // Each sample evaluates a plan several times in a row, as an optimiser's loop does: a
        // parallel plan's workers stay awake between evaluations (see GradientPlan), which a
        // single evaluation between sequential ones would not show. Times are per evaluation.
        Dictionary<string, TimeSamples> times = InterleavedTimes.Sample(
            [("Primal", () => f(x)), ("Sequential", () => Repeat(sequential, x, sequentialGradient)), ("Parallel", () => Repeat(parallel, x, parallelGradient))],
            rounds,
            budget);
        TimeSamples s = times["Sequential"].Scaled(1.0 / Repeats), p = times["Parallel"].Scaled(1.0 / Repeats);
        double speedUp = s.Median / p.Median;
        text.AppendLine(CultureInfo.InvariantCulture,
            $"| {parallel.Workers} | {parallel.Passes} | yes | {SuiteTable.Time(times["Primal"].Median)} | {SuiteTable.Time(s.Median)} | {SuiteTable.Time(p.Median)} | {speedUp:F2}x | {s.Min / p.Min:F2}x | {(speedUp >= RequiredSpeedUp ? "pass" : "**FAIL**")} |");
        return (text.ToString(), true);
    }

    private static double Repeat(GradientPlan plan, double[] x, double[] gradient)
    {
        double value = 0;
        for (int i = 0; i < Repeats; i++)
        {
            value = plan.ValueAndGradient(x, gradient);
        }

        return value;
    }
}
