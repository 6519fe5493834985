using Mooncake.Rules;

namespace Mooncake.Tests.Rules;

/// <summary>
/// The two per-pass paths of <see cref="GradientPlan"/> and <see cref="Mooncake.Forward.Pushforward"/>:
/// a function that cannot write its argument gets the caller's array and an O(width) reseed; one
/// that may write it gets a fresh copy and a fresh direction block each pass. Both must give the
/// same gradients, call after call, and leave the caller's input alone.
/// </summary>
[TestClass]
public sealed class GradientPlanPassTests
{
    private static readonly int[] Chunks = [1, 3, 4, 8, 16];

    [TestMethod]
    public void ReadOnlyAndWritingFunctionsGiveTheSameGradientOnEveryCall()
    {
        double[] x = Inputs(11);
        double[] expected = WeightedSquaresGradient(x);
        foreach (int chunk in Chunks)
        {
            foreach (Func<double[], double> f in new Func<double[], double>[] { WeightedSquares, WeightedSquaresInPlace, SwapsThenWeightedSquares })
            {
                double[] before = [.. x];
                GradientPlan plan = Mooncake.Forward.PrepareGradient(f, x.Length, chunk);
                var gradient = new double[x.Length];
                for (int call = 0; call < 3; call++)
                {
                    Array.Fill(gradient, double.NaN);
                    Assert.AreEqual(WeightedSquares(x), plan.ValueAndGradient(x, gradient), 1e-12, $"{f.Method.Name}, chunk {chunk}, call {call}: value");
                    AssertClose(expected, gradient, $"{f.Method.Name}, chunk {chunk}, call {call}");
                    CollectionAssert.AreEqual(before, x, $"{f.Method.Name}, chunk {chunk}: the input changed");
                }
            }
        }
    }

    [TestMethod]
    public void AFunctionThatThrowsLeavesThePlanReadyForTheNextCall()
    {
        double[] x = Inputs(10), bad = [.. x];
        bad[5] = 1000.0;
        foreach (int chunk in Chunks)
        {
            GradientPlan plan = Mooncake.Forward.PrepareGradient(ThrowsAboveHundred, x.Length, chunk);
            var gradient = new double[x.Length];
            Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => plan.ValueAndGradient(bad, gradient));
            plan.ValueAndGradient(x, gradient);
            AssertClose([.. x.Select(v => 2 * v)], gradient, $"chunk {chunk} after a throw");
        }
    }

    [TestMethod]
    public void PushforwardLeavesTheInputOfEitherKindOfFunctionAlone()
    {
        double[] x = Inputs(9), before = [.. x];
        double[][] directions = [Inputs(9, 1), Inputs(9, 2), Inputs(9, 3)];
        double[] expectedGradient = WeightedSquaresGradient(x);
        foreach (Func<double[], double> f in new Func<double[], double>[] { WeightedSquares, WeightedSquaresInPlace })
        {
            var result = new double[directions.Length];
            Mooncake.Forward.Pushforward(f, x, directions, result);
            for (int k = 0; k < directions.Length; k++)
            {
                double expected = expectedGradient.Zip(directions[k], (g, d) => g * d).Sum();
                Assert.AreEqual(expected, result[k], 1e-12 * Math.Max(1.0, Math.Abs(expected)), $"{f.Method.Name}, direction {k}");
            }

            CollectionAssert.AreEqual(before, x, $"{f.Method.Name}: the input changed");
        }
    }

    // Σ (i + 1) x_i²: reads its argument only.
    private static double WeightedSquares(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += (i + 1) * x[i] * x[i];
        }

        return s;
    }

    // The same function computed by squaring the argument in place first.
    private static double WeightedSquaresInPlace(double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            x[i] *= x[i];
        }

        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += (i + 1) * x[i];
        }

        return s;
    }

    // Swaps two elements and swaps them back: the values end as they started, the tangents only
    // if the function's writes are undone too (a plan must not rely on the values to tell).
    private static double SwapsThenWeightedSquares(double[] x)
    {
        (x[0], x[1]) = (x[1], x[0]);
        (x[1], x[0]) = (x[0], x[1]);
        return WeightedSquares(x);
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

    private static double[] WeightedSquaresGradient(double[] x) => [.. x.Select((v, i) => 2 * (i + 1) * v)];

    private static double[] Inputs(int n, int stream = 0)
    {
        var random = new Random(17 + stream);
        return [.. Enumerable.Range(0, n).Select(_ => (2 * random.NextDouble()) - 1)];
    }

    private static void AssertClose(double[] expected, double[] actual, string what)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.AreEqual(expected[i], actual[i], 1e-12 * Math.Max(1.0, Math.Abs(expected[i])), $"{what}: gradient entry {i}");
        }
    }
}
