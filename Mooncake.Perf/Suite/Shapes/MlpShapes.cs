using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Suite.Shapes;

/// <summary>
/// The rows of the shapes table: <see cref="SmallMlp"/>'s JVP (one <see cref="Mooncake.PushforwardPlan"/>
/// pass carrying <see cref="Width"/> directions over x) with the function written four ways, each
/// against the same network written by hand on <see cref="Mooncake.Tangents.Dual{TChunk}"/>
/// (<see cref="SmallMlpWorkload.HandWritten(SmallMlp, double[], double[][])"/>). The point and
/// directions are the small MLP row's, so every row computes the same numbers; central
/// differences check the derived rule beside the hand-written code.
/// </summary>
public static class MlpShapes
{
    /// <summary>The table's name, which <c>--only</c> matches.</summary>
    public const string Name = "shapes";

    /// <summary>The issue's target for every shape: derived time / hand-written time at most this.</summary>
    public const double Target = 1.2;

    /// <summary>The directions per pass.</summary>
    public const int Width = 8;

    /// <summary>The prefix of every row's name.</summary>
    public const string RowPrefix = "MLP shape ";

    /// <summary>Where each shape keeps the weights, by row name, for the table.</summary>
    public static IReadOnlyDictionary<string, string> Holders { get; } = new Dictionary<string, string>
    {
        [RowPrefix + "(a)"] = "instance fields of the delegate's target (`SmallMlp.Evaluate`, as the small MLP row)",
        [RowPrefix + "(b)"] = "static readonly fields read by a static method (`StaticFieldMlp.Evaluate`)",
        [RowPrefix + "(c)"] = "arguments of a helper, passed static fields by the static function (`ArgumentMlp.Evaluate => Mlp(W1, B, W2, x)`)",
        [RowPrefix + "(d)"] = "a closure over three local arrays (`ClosureMlp.Create()`, display class of w1, b, w2 only)",
    };

    /// <summary>The rows, (a) to (d), each built when called.</summary>
    public static IEnumerable<Func<SuiteWorkload>> Rows()
    {
        yield return () => Row(RowPrefix + "(a)", new SmallMlp().Evaluate);
        yield return () => Row(RowPrefix + "(b)", StaticFieldMlp.Evaluate);
        yield return () => Row(RowPrefix + "(c)", ArgumentMlp.Evaluate);
        yield return ClosureRow;
    }

    private static SuiteWorkload ClosureRow()
    {
        const string name = RowPrefix + "(d)";
        Func<double[], double> f = ClosureMlp.Create();

        // What the row measures is a closure over the weights alone: another captured variable
        // (a counter, a flag) would make it a different shape.
        IReadOnlySet<string> captured = ClosureMlp.Captured(f);
        if (!captured.SetEquals(ClosureMlp.CapturedFields))
        {
            double[] x = Point();
            var wrong = new InvalidOperationException($"The closure captures {{{string.Join(", ", captured.Order())}}}, not just the weights {{{string.Join(", ", ClosureMlp.CapturedFields.Order())}}}.");
            return new SuiteWorkload(name, Task, Width, () => f(x), [SuiteMethod.Failed(SuiteColumn.Derived8, wrong)]);
        }

        return Row(name, f);
    }

    private static string Task => $"1 pass, {Width} directions, n = {SmallMlp.Inputs}";

    // SmallMlpWorkload's point: the same stream, so (a) is the small MLP row again.
    private static double[] Point() => BuilderInputs.Uniform(SmallMlp.Inputs, 4);

    private static SuiteWorkload Row(string name, Func<double[], double> f)
    {
        // The hand-written reference is the same for every shape: SmallMlp's, the weights in its
        // instance fields, since the hand-written code's cost does not depend on where they live.
        var reference = new SmallMlp();
        double[] x = Point();
        return PushforwardWorkload.Create(name, f, x, [Width], Width, directions => [SmallMlpWorkload.HandWritten(reference, x, directions)]);
    }
}
