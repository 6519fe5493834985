using Mooncake.Perf.Builder;
using Mooncake.Perf.Suite.MooncakeJl;
using Mooncake.Rules;

namespace Mooncake.Perf.Bounds;

/// <summary>
/// The suite rows whose targets the derived rules miss, each with the hand-written code that
/// bounds them (<see cref="FloorFunctions"/>): the scalar chain, <c>sum_sin_1000</c> and
/// <c>_sum_1000</c> at width 1. Each is built on the suite's own inputs and checked against the
/// derived rule before it is timed.
/// </summary>
public static class BoundRows
{
    private const int Points = ScalarChainBenchmark.Points;

    /// <summary>The comparisons, each built (and checked) when called.</summary>
    public static IEnumerable<Func<BoundComparison>> All()
    {
        yield return ScalarChainRow;
        yield return SumSinRow;
        yield return WhileSumRow;
    }

    private static BoundComparison ScalarChainRow()
    {
        double[] t = BuilderInputs.Uniform(Points);
        double[] values = new double[Points], derivatives = new double[Points], hand = new double[Points], handValues = new double[Points];
        DerivativePlan plan = Forward.PrepareDerivative(ScalarChain.Plain);
        plan.ValuesAndDerivatives(t, values, derivatives);
        _ = FloorFunctions.ScalarChainWithStrongZero(t, handValues, hand);
        Require("scalar chain", derivatives, hand);
        return new(
            "scalar chain (derivative at 1000 points)",
            1.08,
            "The derived body (inlined into the plan's loop) against the same derivative written by hand on doubles in the same loop, with its strong-zero test per chain-rule step and without (plain products, what a C++ dual number computes).",
            [
                ("primal", () =>
                {
                    for (int j = 0; j < t.Length; j++)
                    {
                        handValues[j] = ScalarChain.Plain(t[j]);
                    }

                    return handValues[^1];
                }),
                ("derived (DerivativePlan)", () =>
                {
                    plan.ValuesAndDerivatives(t, values, derivatives);
                    return values[^1];
                }),
                ("by hand, strong zero", () => FloorFunctions.ScalarChainWithStrongZero(t, handValues, hand)),
                ("by hand, plain products", () => FloorFunctions.ScalarChainPlainProducts(t, handValues, hand)),
            ]);
    }

    private static BoundComparison SumSinRow()
    {
        double[] x = BuilderInputs.Uniform(1000, 11);
        (PushforwardPlan plan, PushforwardDirections directions, double[] result) = Unit(Sums.SumSin, x);
        _ = plan.ValueAndPushforward(x, directions, result);
        Require("sum_sin_1000", result, [x.Sum(Math.Cos)]);
        return new(
            "sum_sin_1000, width 1",
            1.34,
            "The derivative needs cos x beside sin x: Math.SinCos per element is its least cost, and the plain loops show that cost against Math.Sin's.",
            [
                ("primal (x.Sum(Math.Sin))", () => Sums.SumSin(x)),
                ("derived (PushforwardPlan)", () => plan.ValueAndPushforward(x, directions, result)),
                ("loop of Math.Sin", () => FloorFunctions.SineLoop(x)),
                ("loop of Math.SinCos", () => FloorFunctions.SineCosineLoop(x)),
            ]);
    }

    private static BoundComparison WhileSumRow()
    {
        double[] x = BuilderInputs.Uniform(1000, 10);
        double[] tangent = [.. Enumerable.Repeat(1.0, x.Length)];
        (PushforwardPlan plan, PushforwardDirections directions, double[] result) = Unit(Sums.WhileSum, x);
        _ = plan.ValueAndPushforward(x, directions, result);
        Require("_sum_1000", result, [x.Length]);
        return new(
            "_sum_1000, width 1",
            1.01,
            "The derived loop is the while loop plus a second chain of adds over the tangent; the same loop by hand, without any call overhead, is its floor.",
            [
                ("primal (while loop)", () => Sums.WhileSum(x)),
                ("derived (PushforwardPlan)", () => plan.ValueAndPushforward(x, directions, result)),
                ("by hand, value and tangent", () => FloorFunctions.SumWithTangent(x, tangent)),
            ]);
    }

    // A width-1 plan along the all-ones direction, seeded once, as the suite's rows are.
    private static (PushforwardPlan Plan, PushforwardDirections Directions, double[] Result) Unit(Func<double[], double> f, double[] x)
    {
        PushforwardPlan plan = Forward.PreparePushforward(f, x.Length, 1);
        return (plan, plan.PrepareDirections([[.. Enumerable.Repeat(1.0, x.Length)]]), new double[1]);
    }

    private static void Require(string workload, double[] derived, double[] expected)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            if (Math.Abs(derived[i] - expected[i]) > 1e-12 * Math.Max(1.0, Math.Abs(expected[i])))
            {
                throw new InvalidOperationException($"{workload}: the derived rule's derivative {derived[i]:R} at {i} differs from the hand-written {expected[i]:R}.");
            }
        }
    }
}
