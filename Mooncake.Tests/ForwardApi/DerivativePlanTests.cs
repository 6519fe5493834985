using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;
using Mooncake.Tests.Testing;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// <see cref="DerivativePlan"/>: the batched <see cref="DerivativePlan.ValuesAndDerivatives"/>
/// gives, bit for bit, what one <see cref="DerivativePlan.ValueAndDerivative"/> per point,
/// <see cref="Forward.Derivative(Func{double, double}, double)"/> and the general derived rule
/// (direction as a parameter) give, agrees with finite
/// differences, treats each point as its own pass (static state carries no tangent from one point
/// into the next, also after a point threw), refuses spans of the wrong length by name, and
/// allocates nothing.
/// </summary>
[TestClass]
public sealed class DerivativePlanTests
{
    private static readonly int[] Lengths = [0, 1, 7, 100];

    private static readonly double Scale = 0.5;

    private static readonly (string Name, Func<double, double> F)[] Functions =
    [
        ("static method", Chain),
        ("lambda without captures", t => Math.Sin(t) * Math.Cos(t) + (t * t)),
        ("closure", t => Math.Exp(Scale * t) / (1.0 + (t * t))),
        ("parameter reassigned", t =>
        {
            t = (t * t) + Math.Sin(t);
            return t * Math.Exp(t);
        }),
        ("recursive", Halving),
        ("loop over constant coefficients", Horner),
        ("loop with a tuple", t =>
        {
            (double a, double b) = (t, 1.0);
            for (int k = 0; k < 4; k++)
            {
                (a, b) = (Math.Sin(a) + (b * t), a * 0.5);
            }

            return a + b;
        }),
        ("early return", t =>
        {
            // The jumps fall halfway between test points, beyond the finite differences' steps.
            if (t < -1.1185)
            {
                return Math.Exp(t);
            }

            double y = t * Math.Cos(t);
            return t > 0.6035 ? y * y : y;
        }),
        ("method group with a registered rule", Math.Atan),
    ];

    [TestMethod]
    public void TheBatchEqualsOneCallPerPointBitForBitAndFiniteDifferences()
    {
        foreach ((string name, Func<double, double> f) in Functions)
        {
            DerivativePlan plan = Forward.PrepareDerivative(f);

            // The general rule's entry, which reads the direction from its parameter (the plan's
            // rule takes the unit direction as a constant).
            ScalarToScalar<Chunk1> general = EntryPoints.For<ScalarToScalar<Chunk1>>(f.Method, memo: false);
            object? targetTangent = EntryPoints.ZeroTangentOfTarget(f.Target, ChunkWidth.Resolve(1));
            foreach (int length in Lengths)
            {
                double[] x = Points(length), xBefore = [.. x];
                double[] values = new double[length], derivatives = new double[length];
                plan.ValuesAndDerivatives(x, values, derivatives);
                CollectionAssert.AreEqual(xBefore, x, $"{name}: the points are not modified");
                for (int i = 0; i < length; i++)
                {
                    string what = $"{name}, {length} points, point {i}";
                    double value = plan.ValueAndDerivative(x[i], out double derivative);
                    Assert.AreEqual(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits(values[i]), $"{what}: value");
                    Assert.AreEqual(BitConverter.DoubleToInt64Bits(derivative), BitConverter.DoubleToInt64Bits(derivatives[i]), $"{what}: derivative");
                    Assert.AreEqual(BitConverter.DoubleToInt64Bits(Forward.Derivative(f, x[i])), BitConverter.DoubleToInt64Bits(derivative), $"{what}: Forward.Derivative");
                    double generalValue = general(f.Target, targetTangent, x[i], Chunk1.Broadcast(1.0), out Chunk1 generalDerivative);
                    Assert.AreEqual(BitConverter.DoubleToInt64Bits(generalValue), BitConverter.DoubleToInt64Bits(value), $"{what}: the general rule's value");
                    Assert.AreEqual(BitConverter.DoubleToInt64Bits(generalDerivative[0]), BitConverter.DoubleToInt64Bits(derivative), $"{what}: the general rule's derivative");
                    Assert.AreEqual(BitConverter.DoubleToInt64Bits(f(x[i])), BitConverter.DoubleToInt64Bits(value), $"{what}: the plain call");
                    double at = x[i];
                    double expected = FiniteDifferences.Derivative(h => f(at + h));
                    Assert.AreEqual(expected, derivative, 1e-6 * Math.Max(1.0, Math.Abs(expected)), $"{what}: finite differences");
                }
            }
        }
    }

    [TestMethod]
    public void ThePointRuleTakesTheUnitDirectionAsAConstant()
    {
        // The plan's rule ignores its tangent parameter: handed 5 (or 0) as the direction of t, it
        // still gives the derivative, bit for bit the general rule's with direction 1.
        MethodInfo general = DerivedRules.GetSplitRule(((Func<double, double>)Chain).Method, ChunkWidth.Resolve(1), memo: false);
        DerivedRule rule = DerivedRules.GetUnitSeededRule(((Func<double, double>)Chain).Method, constantReceiver: true);
        MethodInfo seeded = rule.Rule;
        Assert.IsTrue(rule.Request.Activity.IsAllActive, "a static method has no receiver");
        Assert.AreNotSame(general, seeded);
        foreach (double t in Points(7))
        {
            object?[] unit = [t, Chunk1.Broadcast(1.0), default(Chunk1)];
            double value = (double)general.Invoke(null, unit)!;
            foreach (double direction in new[] { 5.0, 0.0 })
            {
                object?[] ignored = [t, Chunk1.Broadcast(direction), default(Chunk1)];
                Assert.AreEqual(BitConverter.DoubleToInt64Bits(value), BitConverter.DoubleToInt64Bits((double)seeded.Invoke(null, ignored)!), $"value at {t}");
                Assert.AreEqual(BitConverter.DoubleToInt64Bits(((Chunk1)unit[2]!)[0]), BitConverter.DoubleToInt64Bits(((Chunk1)ignored[2]!)[0]), $"derivative at {t}, direction {direction} passed");
            }
        }
    }

    [TestMethod]
    public void ThePointLoopRunsTheBodyInlineWhereThatIsTheSameComputation()
    {
        // Inline: the methods of the functions above with IL, no exception handler and a constant
        // receiver (so the batch test covers the inline loop); a call of the rule otherwise.
        foreach ((string name, Func<double, double> f) in Functions.Where(f => f.F.Method.DeclaringType != typeof(Math)))
        {
            Assert.IsNotNull(PointEntries.TryBuildInline(f.Method), name);
        }

        Assert.IsNull(PointEntries.TryBuildInline(((Func<double, double>)Math.Atan).Method), "a registered rule has no body to inline");
        Func<double, double> guarded = Guarded;
        Assert.IsNull(PointEntries.TryBuildInline(guarded.Method), "a return inside a protected region cannot become a branch out of it");
        DerivativePlan plan = Forward.PrepareDerivative(guarded);
        Assert.AreEqual(4.0, plan.ValueAndDerivative(2.0, out double derivative));
        Assert.AreEqual(4.0, derivative);
    }

    [TestMethod]
    public void PointsMayBeOverwrittenByTheirValuesOrDerivatives()
    {
        DerivativePlan plan = Forward.PrepareDerivative(Chain);
        double[] x = Points(9), values = new double[9], derivatives = new double[9];
        plan.ValuesAndDerivatives(x, values, derivatives);

        double[] inPlace = [.. x], other = new double[9];
        plan.ValuesAndDerivatives(inPlace, inPlace, other);
        CollectionAssert.AreEqual(values, inPlace, "values over the points");
        CollectionAssert.AreEqual(derivatives, other);

        inPlace = [.. x];
        plan.ValuesAndDerivatives(inPlace, other, inPlace);
        CollectionAssert.AreEqual(values, other);
        CollectionAssert.AreEqual(derivatives, inPlace, "derivatives over the points");
    }

    [TestMethod]
    public void EachPointIsItsOwnPass()
    {
        // PointState.ReadsThenWrites returns t × (the t of the previous call) and keeps t in a
        // static array: its derivative is the previous t, a constant to this point. Were the
        // tangent stored at the previous point (1, the derivative of that point's t) still there,
        // the derivative would come out as previous + t.
        DerivativePlan plan = Forward.PrepareDerivative(PointState.ReadsThenWrites);
        double[] x = [2.0, 3.0, 5.0, 7.0], values = new double[4], derivatives = new double[4];
        PointState.Reset(1.0);
        plan.ValuesAndDerivatives(x, values, derivatives);
        CollectionAssert.AreEqual(new[] { 2.0, 6.0, 15.0, 35.0 }, values);
        CollectionAssert.AreEqual(new[] { 1.0, 2.0, 3.0, 5.0 }, derivatives);
    }

    [TestMethod]
    public void APointThatThrowsLeavesTheOutputsBeforeItAndClosesItsPass()
    {
        DerivativePlan throwing = Forward.PrepareDerivative(PointState.ThrowsAboveTen);
        double[] x = [1.0, 2.0, 11.0, 3.0], values = new double[4], derivatives = new double[4];
        var e = Assert.ThrowsExactly<InvalidOperationException>(() => throwing.ValuesAndDerivatives(x, values, derivatives));
        StringAssert.Contains(e.Message, "above ten");
        CollectionAssert.AreEqual(new[] { 1.0, 4.0, 0.0, 0.0 }, values);
        CollectionAssert.AreEqual(new[] { 2.0, 4.0, 0.0, 0.0 }, derivatives);

        // Were the throwing point's pass left open, every later pass on this thread would share one
        // scope, and the static state's tangent would leak from point to point.
        DerivativePlan plan = Forward.PrepareDerivative(PointState.ReadsThenWrites);
        PointState.Reset(1.0);
        double[] points = [2.0, 3.0], pointValues = new double[2], pointDerivatives = new double[2];
        plan.ValuesAndDerivatives(points, pointValues, pointDerivatives);
        CollectionAssert.AreEqual(new[] { 1.0, 2.0 }, pointDerivatives);
        Assert.AreEqual(9.0, plan.ValueAndDerivative(3.0, out double derivative));
        Assert.AreEqual(3.0, derivative, "a single point after a batch");
    }

    [TestMethod]
    public void SpansOfTheWrongLengthAreRefusedByName()
    {
        DerivativePlan plan = Forward.PrepareDerivative(Chain);
        double[] x = new double[3];
        var e = Assert.Throws<ArgumentException>(() => plan.ValuesAndDerivatives(x, new double[2], new double[3]));
        Assert.AreEqual("values", e.ParamName);
        StringAssert.Contains(e.Message, "3 points but room for 2 values");
        e = Assert.Throws<ArgumentException>(() => plan.ValuesAndDerivatives(x, new double[3], new double[4]));
        Assert.AreEqual("derivatives", e.ParamName);
        StringAssert.Contains(e.Message, "3 points but room for 4 derivatives");
        e = Assert.Throws<ArgumentException>(() => plan.ValuesAndDerivatives(x, default, default));
        Assert.AreEqual("values", e.ParamName);
    }

    [TestMethod]
    public void EvaluationsAllocateNothing()
    {
        DerivativePlan plan = Forward.PrepareDerivative(Functions[2].F);
        double[] x = Points(50), values = new double[50], derivatives = new double[50];
        plan.ValuesAndDerivatives(x, values, derivatives);
        Assert.AreEqual(0L, SteadyAllocation.PerCall(() => plan.ValuesAndDerivatives(x, values, derivatives)), "bytes per batch");
        Assert.AreEqual(0L, SteadyAllocation.PerCall(() => plan.ValueAndDerivative(0.3, out _)), "bytes per point");
    }

    // The suite's scalar chain.
    private static double Chain(double t) => (Math.Exp(Math.Sin(t)) / (1.0 + (t * t))) + Math.Log(1.0 + (Math.Cos(t) * Math.Cos(t)));

    private static double Guarded(double t)
    {
        try
        {
            return t * t;
        }
        finally
        {
            PointState.Reset(0.0);
        }
    }

    private static readonly double[] Coefficients = [0.5, -1.0, 2.0, 3.0];

    private static double Horner(double t)
    {
        double y = 0.0;
        foreach (double c in Coefficients)
        {
            y = (y * t) + c;
        }

        return y;
    }

    // Through a recursion whose calls pass tangents of their own (t / 2), not the unit direction.
    private static double Halving(double t) => Halved(t, 3);

    private static double Halved(double t, int depth) => depth == 0 ? Math.Sin(t) : 2.0 * Halved(t / 2.0, depth - 1) * Math.Cos(t);

    private static double[] Points(int length) => [.. Enumerable.Range(0, length).Select(i => -2.0 + (4.1 * i / Math.Max(1, length)))];
}

/// <summary>Functions of <see cref="DerivativePlanTests"/> with static state.</summary>
internal static class PointState
{
    private static readonly double[] Previous = new double[1];

    public static void Reset(double value) => Previous[0] = value;

    public static double ReadsThenWrites(double t)
    {
        double previous = Previous[0];
        Previous[0] = t;
        return t * previous;
    }

    public static double ThrowsAboveTen(double t) => t > 10.0 ? throw new InvalidOperationException("The point is above ten.") : t * t;
}
