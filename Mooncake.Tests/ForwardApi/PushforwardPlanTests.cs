using Mooncake.Rules;
using Mooncake.Tests.Testing;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// <see cref="PushforwardPlan"/>: the same derivatives as <see cref="Forward.Pushforward"/>, the
/// exact gradient and finite differences, at direction counts that fill a chunk, round one up and
/// span several 8 × 8 transpose tiles, for a function that only reads its argument (caller's array
/// used as is) and one that writes it (copied, block rebuilt); call after call, with bad input
/// refused by name, and without allocating.
/// </summary>
[TestClass]
public sealed class PushforwardPlanTests
{
    // 37 elements: four whole 8-element tiles of the transpose and a remainder of 5.
    private const int N = 37;

    private static readonly int[] DirectionCounts = [1, 3, 8, 16, 64];

    private static readonly Func<double[], double>[] Functions = [Reads, Writes];

    [TestMethod]
    public void ThePlanAgreesWithPushforwardTheGradientAndFiniteDifferences()
    {
        foreach (int count in DirectionCounts)
        {
            foreach (Func<double[], double> f in Functions)
            {
                double[] x = Inputs(N, count), xBefore = [.. x];
                double[][] directions = Directions(count, stream: 100 + count);
                double[][] directionsBefore = [.. directions.Select(d => (double[])d.Clone())];
                PushforwardPlan plan = Forward.PreparePushforward(f, N, count);
                Assert.AreEqual(N, plan.Length);
                Assert.AreEqual(count, plan.Directions);

                var result = new double[count];
                double value = plan.ValueAndPushforward(x, directions, result);
                var viaForward = new double[count];
                double forwardValue = Forward.Pushforward(f, x, directions, viaForward);
                var viaMatrix = new double[count];
                double matrixValue = plan.ValueAndPushforward(x, ElementMajor(directions), viaMatrix);

                string what = $"{f.Method.Name}, {count} directions";
                Assert.AreEqual(Reads([.. x]), value, 1e-12, $"{what}: value");
                Assert.AreEqual(value, forwardValue, $"{what}: Pushforward's value");
                Assert.AreEqual(value, matrixValue, $"{what}: the matrix overload's value");
                CollectionAssert.AreEqual(viaForward, result, $"{what}: Pushforward's derivatives");
                CollectionAssert.AreEqual(result, viaMatrix, $"{what}: the matrix overload's derivatives");
                double[] gradient = ReadsGradient(x);
                for (int k = 0; k < count; k++)
                {
                    double exact = Dot(gradient, directions[k]);
                    Assert.AreEqual(exact, result[k], 1e-12 * Math.Max(1.0, Math.Abs(exact)), $"{what}: direction {k} against the gradient");
                    double differences = FiniteDifferences.Directional(Reads, x, directions[k]);
                    Assert.AreEqual(differences, result[k], 1e-7 * Math.Max(1.0, Math.Abs(differences)), $"{what}: direction {k} against finite differences");
                }

                CollectionAssert.AreEqual(xBefore, x, $"{what}: x changed");
                for (int k = 0; k < count; k++)
                {
                    CollectionAssert.AreEqual(directionsBefore[k], directions[k], $"{what}: direction {k} changed");
                }
            }
        }
    }

    [TestMethod]
    public void RepeatedCallsWithNewPointsAndDirectionsAreEachRight()
    {
        foreach (int count in DirectionCounts)
        {
            foreach (Func<double[], double> f in Functions)
            {
                PushforwardPlan plan = Forward.PreparePushforward(f, N, count);
                var result = new double[count + 2]; // longer than needed: the extra entries are left alone
                for (int call = 0; call < 4; call++)
                {
                    double[] x = Inputs(N, 10 * call);
                    double[][] directions = Directions(count, stream: 1000 + (10 * call));
                    Array.Fill(result, double.NaN);
                    double value = call % 2 == 0 ? plan.ValueAndPushforward(x, directions, result) : plan.ValueAndPushforward(x, ElementMajor(directions), result);
                    string what = $"{f.Method.Name}, {count} directions, call {call}";
                    Assert.AreEqual(Reads([.. x]), value, 1e-12, $"{what}: value");
                    double[] gradient = ReadsGradient(x);
                    for (int k = 0; k < count; k++)
                    {
                        double exact = Dot(gradient, directions[k]);
                        Assert.AreEqual(exact, result[k], 1e-12 * Math.Max(1.0, Math.Abs(exact)), $"{what}: direction {k}");
                    }

                    Assert.IsTrue(double.IsNaN(result[count]) && double.IsNaN(result[count + 1]), $"{what}: wrote past the directions");
                }
            }
        }
    }

    [TestMethod]
    public void AThrowingCallLeavesThePlanReady()
    {
        foreach (int count in DirectionCounts)
        {
            PushforwardPlan plan = Forward.PreparePushforward(ThrowsAboveHundred, N, count);
            double[] x = Inputs(N), bad = [.. x];
            bad[N / 2] = 1000.0;
            double[][] directions = Directions(count);
            var result = new double[count];
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => plan.ValueAndPushforward(bad, directions, result));
            plan.ValueAndPushforward(x, directions, result);
            for (int k = 0; k < count; k++)
            {
                double exact = Dot([.. x.Select(v => 2 * v)], directions[k]);
                Assert.AreEqual(exact, result[k], 1e-12 * Math.Max(1.0, Math.Abs(exact)), $"{count} directions after a throw: direction {k}");
            }
        }
    }

    [TestMethod]
    public void BadInputIsRefusedByName()
    {
        double[] x = Inputs(3);
        double[][] two = [[1, 0, 0], [0, 1, 0]];
        Named<ArgumentNullException>(() => Forward.PreparePushforward(null!, 3, 2), "f");
        Named<ArgumentOutOfRangeException>(() => Forward.PreparePushforward(Reads, 0, 2), "length");
        Named<ArgumentOutOfRangeException>(() => Forward.PreparePushforward(Reads, 3, 0), "directions", "between 1 and 64");
        Named<ArgumentOutOfRangeException>(() => Forward.PreparePushforward(Reads, 3, 65), "directions", "not 65");

        PushforwardPlan plan = Forward.PreparePushforward(Reads, 3, 2);
        Named<ArgumentNullException>(() => plan.ValueAndPushforward(null!, two, new double[2]), "x");
        Named<ArgumentNullException>(() => plan.ValueAndPushforward(x, (double[][])null!, new double[2]), "directions");
        Named<ArgumentNullException>(() => plan.ValueAndPushforward(x, (double[,])null!, new double[2]), "directions");
        Named<ArgumentNullException>(() => plan.ValueAndPushforward(x, [two[0], null!], new double[2]), "directions[1]");
        Named<ArgumentNullException>(() => plan.ValueAndPushforward(x, two, null!), "result");
        Named<ArgumentException>(() => plan.ValueAndPushforward([1, 2], two, new double[2]), "x", "3 inputs", "2 elements");
        Named<ArgumentException>(() => plan.ValueAndPushforward(x, [two[0]], new double[2]), "directions", "2 directions", "has 1");
        Named<ArgumentException>(() => plan.ValueAndPushforward(x, [two[0], [1, 0]], new double[2]), "directions", "Direction 1", "2 elements", "3");
        Named<ArgumentException>(() => plan.ValueAndPushforward(x, two, new double[1]), "result", "room for 1", "2 directions");
        Named<ArgumentException>(() => plan.ValueAndPushforward(x, new double[3, 3], new double[2]), "directions", "3×2", "not 3×3");
        Named<ArgumentException>(() => plan.ValueAndPushforward(x, new double[2, 2], new double[2]), "directions", "3×2", "not 2×2");

        var result = new double[2];
        Assert.AreEqual(Reads(x), plan.ValueAndPushforward(x, two, result), 1e-15, "the plan still works after rejecting bad input");
        double[] gradient = ReadsGradient(x);
        Assert.AreEqual(gradient[0], result[0], 1e-15);
        Assert.AreEqual(gradient[1], result[1], 1e-15);
    }

    [TestMethod]
    public void ThePlanAllocatesNothingPerCall()
    {
        foreach (int count in DirectionCounts)
        {
            foreach (Func<double[], double> f in Functions)
            {
                double[] x = Inputs(N);
                double[][] directions = Directions(count);
                double[,] matrix = ElementMajor(directions);
                var result = new double[count];
                PushforwardPlan plan = Forward.PreparePushforward(f, N, count);
                plan.ValueAndPushforward(x, directions, result);
                plan.ValueAndPushforward(x, matrix, result);
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int call = 0; call < 10; call++)
                {
                    plan.ValueAndPushforward(x, directions, result);
                    plan.ValueAndPushforward(x, matrix, result);
                }

                Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, $"{f.Method.Name}, {count} directions: bytes allocated by 20 calls");
            }
        }
    }

    [TestMethod]
    public void RepeatedPushforwardsAllocateNothingAfterTheFirst()
    {
        foreach (int count in DirectionCounts)
        {
            foreach (Func<double[], double> f in Functions)
            {
                double[] x = Inputs(N);
                double[][] directions = Directions(count);
                var result = new double[count];
                double first = Forward.Pushforward(f, x, directions, result);
                double[] firstResult = [.. result];
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int call = 0; call < 10; call++)
                {
                    Forward.Pushforward(f, x, directions, result);
                }

                Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, $"{f.Method.Name}, {count} directions: bytes allocated by 10 calls");
                Assert.AreEqual(first, Forward.Pushforward(f, x, directions, result));
                CollectionAssert.AreEqual(firstResult, result);
            }
        }
    }

    // Σ (i + 1) sin(x_i) x_i: reads its argument only.
    private static double Reads(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += (i + 1) * Math.Sin(x[i]) * x[i];
        }

        return s;
    }

    // The same function, computed by overwriting the argument with sin(x_i) x_i first.
    private static double Writes(double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = Math.Sin(x[i]) * x[i];
        }

        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += (i + 1) * x[i];
        }

        return s;
    }

    private static double ThrowsAboveHundred(double[] x)
    {
        double s = 0;
        foreach (double v in x)
        {
            if (v > 100)
            {
                throw new ArgumentOutOfRangeException(nameof(x));
            }

            s += v * v;
        }

        return s;
    }

    private static double[] ReadsGradient(double[] x) => [.. x.Select((v, i) => (i + 1) * ((Math.Cos(v) * v) + Math.Sin(v)))];

    private static double Dot(double[] a, double[] b) => a.Zip(b, (u, v) => u * v).Sum();

    private static double[] Inputs(int n, int stream = 0)
    {
        var random = new Random(29 + stream);
        return [.. Enumerable.Range(0, n).Select(_ => (2 * random.NextDouble()) - 1)];
    }

    private static double[][] Directions(int count, int stream = 500) => [.. Enumerable.Range(0, count).Select(k => Inputs(N, stream + k))];

    // Row i holds element i's directions.
    private static double[,] ElementMajor(double[][] directions)
    {
        var matrix = new double[N, directions.Length];
        for (int i = 0; i < N; i++)
        {
            for (int k = 0; k < directions.Length; k++)
            {
                matrix[i, k] = directions[k][i];
            }
        }

        return matrix;
    }

    private static void Named<TException>(Action action, string parameter, params string[] fragments)
        where TException : ArgumentException
    {
        TException e = Assert.ThrowsExactly<TException>(action);
        Assert.AreEqual(parameter, e.ParamName, $"the parameter {typeof(TException).Name} names: {e.Message}");
        foreach (string fragment in fragments)
        {
            StringAssert.Contains(e.Message, fragment);
        }
    }
}
