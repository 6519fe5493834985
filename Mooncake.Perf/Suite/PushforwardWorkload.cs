using Mooncake.Perf.Builder;
using Mooncake.Rules;

namespace Mooncake.Perf.Suite;

/// <summary>
/// A suite row for a plain <c>Func&lt;double[], double&gt;</c> differentiated in one pass that
/// carries several directions over all its inputs: the derived rule through a
/// <see cref="PushforwardPlan"/> prepared per width (the directions as one array each, as
/// <see cref="Forward.Pushforward"/> takes them), central differences along the
/// reference width's directions, and whatever hand-written cells the caller adds.
/// </summary>
public static class PushforwardWorkload
{
    /// <summary>Builds the row; the directions are fixed-seed uniform draws, direction k the same at every width.</summary>
    /// <param name="name">The workload's name.</param>
    /// <param name="f">The plain function.</param>
    /// <param name="x">The point.</param>
    /// <param name="widths">The derived-rule widths measured (1, 8 or 16).</param>
    /// <param name="referenceWidth">The directions of the finite-difference (and hand-written) columns.</param>
    /// <param name="handWritten">Given the directions, the hand-written and baseline cells, if the workload has them.</param>
    /// <param name="prepareDirections">
    /// Seed the directions once (<see cref="PushforwardPlan.PrepareDirections"/>) and time passes
    /// that reuse them, as a caller evaluating the same directions at new points does; otherwise
    /// each pass writes the direction arrays into the plan's block.
    /// </param>
    public static SuiteWorkload Create(string name, Func<double[], double> f, double[] x, int[] widths, int referenceWidth, Func<double[][], IEnumerable<SuiteMethod>>? handWritten = null, bool prepareDirections = false)
    {
        int most = Math.Max(widths.Max(), referenceWidth);
        double[][] directions = [.. Enumerable.Range(1, most).Select(k => BuilderInputs.Uniform(x.Length, 100 + k))];
        var methods = new List<SuiteMethod>();
        foreach (int width in widths)
        {
            double[][] carried = directions[..width];
            double[] result = new double[width];
            methods.Add(SuiteMethod.Try(SuiteColumn.Derived(width), () =>
            {
                // Prepared outside the timed region (builds the rule now, so a refusal lands in this cell).
                PushforwardPlan plan = Forward.PreparePushforward(f, x.Length, width);
                if (prepareDirections)
                {
                    PushforwardDirections seeded = plan.PrepareDirections(carried);
                    return SuiteMethod.Of(
                        SuiteColumn.Derived(width),
                        () => plan.ValueAndPushforward(x, seeded, result),
                        () => { Array.Fill(result, double.NaN); return [plan.ValueAndPushforward(x, seeded, result), .. result]; });
                }

                return SuiteMethod.Of(
                    SuiteColumn.Derived(width),
                    () => plan.ValueAndPushforward(x, carried, result),
                    () => { Array.Fill(result, double.NaN); return [plan.ValueAndPushforward(x, carried, result), .. result]; });
            }));
        }

        double[][] reference = directions[..referenceWidth];
        if (handWritten is not null)
        {
            methods.AddRange(handWritten(reference));
        }

        double[] work = new double[x.Length], differences = new double[referenceWidth];
        methods.Add(SuiteMethod.Of(
            SuiteColumn.FiniteDifferences,
            () => CentralDifferences.Directional(f, x, reference, work, differences),
            () => [CentralDifferences.Directional(f, x, reference, work, differences), .. differences]));
        string passes = widths.Length == 1 ? $"{widths[0]} directions" : $"{string.Join(" or ", widths)} directions";
        return new SuiteWorkload(name, $"1 pass, {passes}, n = {x.Length}", referenceWidth, () => f(x), methods);
    }
}
