using System.Globalization;
using System.Text;

namespace Mooncake.Perf.Suite.Shapes;

/// <summary>The shapes table in Markdown: per shape the primal, hand-written and derived times and the ratio derived / hand-written against <see cref="MlpShapes.Target"/>.</summary>
public static class ShapesTable
{
    /// <summary>The Markdown section of <paramref name="results"/> (empty when there are none).</summary>
    public static string ToMarkdown(IReadOnlyList<SuiteResult> results)
    {
        if (results.Count == 0)
        {
            return "";
        }

        string chunk = SmallMlpWorkload.HandWrittenChunk;
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"### Shapes: the small MLP's JVP written four ways, derived / hand-written `Dual<{chunk}>` (target ≤ {MlpShapes.Target:0.0}x)");
        text.AppendLine();
        text.Append(CultureInfo.InvariantCulture, $"f(x) = Σ W2 · tanh(W1 · x + b), {SmallMlp.Inputs} → {SmallMlp.Hidden} → {SmallMlp.Outputs}, one `PushforwardPlan` pass of {MlpShapes.Width} directions (prepared outside the timed region), ")
            .Append(CultureInfo.InvariantCulture, $"against the same network written by hand on `Dual<{chunk}>` (the chunk the plan picks), timed interleaved with the shape's primal in each row. ")
            .Append("Ratios: median (fastest-sample ratio in parentheses). Each derived result was checked against the hand-written code and central differences first. ")
            .AppendLine("Bytes per call: what one more call allocates on this thread, after the timing (a derived rule that gives the constant weights tangent blocks allocates them on every call).");
        text.AppendLine();
        text.AppendLine("| Shape | Weights held in | Task | Primal (median) | Hand-written (median) | Derived (median) | Derived / hand-written | Derived / primal | Bytes per call, derived / hand-written | ≤ " + MlpShapes.Target.ToString("0.0", CultureInfo.InvariantCulture) + "x |");
        text.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---|");
        foreach (SuiteResult result in results)
        {
            string name = result.Workload.Name;
            string holder = MlpShapes.Holders.TryGetValue(name, out string? h) ? h : "";
            string shape = name.StartsWith(MlpShapes.RowPrefix, StringComparison.Ordinal) ? name[MlpShapes.RowPrefix.Length..] : name;
            string primal = SuiteTable.Time(result.Primal.Median);
            if (!result.Times.TryGetValue(SuiteColumn.HandWritten, out Builder.TimeSamples? hand) || !result.Times.TryGetValue(SuiteColumn.Derived8, out Builder.TimeSamples? derived))
            {
                // A refused or disagreeing cell: its text in place of the numbers.
                string handText = hand is null ? Escape(result.Text(SuiteColumn.HandWritten)) : SuiteTable.Time(hand.Median);
                string derivedText = Escape(result.Text(SuiteColumn.Derived8));
                text.AppendLine(CultureInfo.InvariantCulture, $"| {shape} | {holder} | {result.Workload.Task} | {primal} | {handText} | {derivedText} | — | — | — | — |");
                continue;
            }

            double ratio = derived.Median / hand.Median;
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {shape} | {holder} | {result.Workload.Task} | {primal} | {SuiteTable.Time(hand.Median)} | {SuiteTable.Time(derived.Median)} | "
                + $"{SuiteTable.Ratio(ratio)} ({SuiteTable.Ratio(derived.Min / hand.Min)}) | {SuiteTable.Ratio(derived.Median / result.Primal.Median)} | {Bytes(result, SuiteColumn.Derived8)} / {Bytes(result, SuiteColumn.HandWritten)} | {(ratio <= MlpShapes.Target ? "pass" : "**miss**")} |");
        }

        return text.ToString();
    }

    // The bytes one call of the cell allocates on this thread (the cells run on the caller's thread).
    private static string Bytes(SuiteResult result, string column)
    {
        Func<double> run = result.Workload.Cell(column)!.Run!;
        long before = GC.GetAllocatedBytesForCurrentThread();
        run();
        return (GC.GetAllocatedBytesForCurrentThread() - before).ToString("N0", CultureInfo.InvariantCulture);
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
