using Mooncake.Rules;
using Mooncake.Tests.Testing;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// <see cref="PushforwardPlan.PrepareDirections"/>: directions seeded once give, bit for bit, what
/// the overload taking the direction arrays gives, at new points call after call, for a function
/// that only reads its argument (the prepared block goes into the pass) and one that writes it
/// (a copy of the block does); bad input is refused by name, and evaluations allocate nothing.
/// </summary>
[TestClass]
public sealed class PushforwardDirectionsTests
{
    private const int N = 37;

    private static readonly Func<double[], double>[] Functions = [Reads, Writes];

    [TestMethod]
    public void PreparedDirectionsEqualTheArraysAtEveryPoint()
    {
        foreach (int count in new[] { 1, 3, 8, 16 })
        {
            foreach (Func<double[], double> f in Functions)
            {
                PushforwardPlan plan = Forward.PreparePushforward(f, N, count);
                double[][] directions = [.. Enumerable.Range(0, count).Select(k => Vector(N, 10 + k))];
                PushforwardDirections prepared = plan.PrepareDirections(directions);
                Assert.AreEqual(N, prepared.Length);
                Assert.AreEqual(count, prepared.Count);
                for (int point = 0; point < 3; point++)
                {
                    double[] x = Vector(N, 100 + point);
                    double[] expected = new double[count], actual = new double[count];
                    double expectedValue = plan.ValueAndPushforward(x, directions, expected);
                    double value = plan.ValueAndPushforward(x, prepared, actual);
                    string what = $"{f.Method.Name}, {count} directions, point {point}";
                    Assert.AreEqual(BitConverter.DoubleToInt64Bits(expectedValue), BitConverter.DoubleToInt64Bits(value), $"{what}: value");
                    CollectionAssert.AreEqual(expected, actual, $"{what}: derivatives");
                }
            }
        }
    }

    [TestMethod]
    public void LaterChangesToTheArraysDoNotReachPreparedDirections()
    {
        PushforwardPlan plan = Forward.PreparePushforward(Reads, N, 2);
        double[][] directions = [Vector(N, 1), Vector(N, 2)];
        PushforwardDirections prepared = plan.PrepareDirections(directions);
        double[] x = Vector(N, 3), before = new double[2], after = new double[2];
        plan.ValueAndPushforward(x, prepared, before);
        directions[0][0] += 1.0;
        plan.ValueAndPushforward(x, prepared, after);
        CollectionAssert.AreEqual(before, after);
    }

    [TestMethod]
    public void BadInputIsRefusedByName()
    {
        PushforwardPlan plan = Forward.PreparePushforward(Reads, N, 2);
        PushforwardPlan other = Forward.PreparePushforward(Reads, N, 2);
        double[][] directions = [Vector(N, 1), Vector(N, 2)];
        PushforwardDirections prepared = other.PrepareDirections(directions);
        double[] x = Vector(N, 3), result = new double[2];

        Assert.AreEqual("directions", Assert.Throws<ArgumentNullException>(() => plan.PrepareDirections(null!)).ParamName);
        Assert.AreEqual("directions[1]", Assert.Throws<ArgumentNullException>(() => plan.PrepareDirections([directions[0], null!])).ParamName);
        Assert.AreEqual("directions", Assert.Throws<ArgumentException>(() => plan.PrepareDirections([directions[0]])).ParamName);
        Assert.AreEqual("directions", Assert.Throws<ArgumentException>(() => plan.PrepareDirections([directions[0], new double[N - 1]])).ParamName);
        var e = Assert.Throws<ArgumentException>(() => plan.ValueAndPushforward(x, prepared, result));
        Assert.AreEqual("directions", e.ParamName);
        StringAssert.Contains(e.Message, "another plan");
        Assert.AreEqual("directions", Assert.Throws<ArgumentNullException>(() => plan.ValueAndPushforward(x, (PushforwardDirections)null!, result)).ParamName);
        Assert.AreEqual("x", Assert.Throws<ArgumentException>(() => other.ValueAndPushforward(new double[N + 1], prepared, result)).ParamName);
        Assert.AreEqual("result", Assert.Throws<ArgumentException>(() => other.ValueAndPushforward(x, prepared, new double[1])).ParamName);
    }

    [TestMethod]
    public void EvaluationsAllocateNothing()
    {
        foreach (Func<double[], double> f in Functions)
        {
            PushforwardPlan plan = Forward.PreparePushforward(f, N, 8);
            PushforwardDirections prepared = plan.PrepareDirections([.. Enumerable.Range(0, 8).Select(k => Vector(N, k))]);
            double[] x = Vector(N, 50), result = new double[8];
            plan.ValueAndPushforward(x, prepared, result);
            Assert.AreEqual(0L, SteadyAllocation.PerCall(() => plan.ValueAndPushforward(x, prepared, result)), f.Method.Name);
        }
    }

    [TestMethod]
    public void ALinqSumTakesTheCallersArrayAsIsAndStaysExact()
    {
        // x.Sum() counts as only reading its argument, so the pass runs on the caller's array.
        PushforwardPlan plan = Forward.PreparePushforward(x => x.Sum(), N, 3);
        double[][] directions = [.. Enumerable.Range(0, 3).Select(k => Vector(N, 20 + k))];
        PushforwardDirections prepared = plan.PrepareDirections(directions);
        double[] x = Vector(N, 4), xBefore = [.. x], result = new double[3];
        Assert.AreEqual(x.Sum(), plan.ValueAndPushforward(x, prepared, result));
        CollectionAssert.AreEqual(xBefore, x);
        for (int k = 0; k < 3; k++)
        {
            Assert.AreEqual(directions[k].Sum(), result[k], 1e-12, $"direction {k}");
        }
    }

    private static double Reads(double[] x)
    {
        double sum = 0;
        for (int i = 0; i < x.Length; i++)
        {
            sum += Math.Sin(x[i]) * x[(i + 1) % x.Length];
        }

        return sum;
    }

    // Writes its argument (and so its tangent) before reading it back.
    private static double Writes(double[] x)
    {
        x[0] *= 2.0;
        return Reads(x);
    }

    private static double[] Vector(int length, int seed) => [.. Enumerable.Range(0, length).Select(i => Math.Sin((seed * 7.1) + (i * 0.37)))];
}
