using System.Numerics;

namespace Mooncake.Tests;

/// <summary>The example in README.md, so that the numbers it shows stay true.</summary>
[TestClass]
public sealed class ReadmeExampleTests
{
    [TestMethod]
    public void RosenbrockOnDualsGivesTheValueAndBothPartials()
    {
        var x = Dual<Chunk4>.Seed(1.5, lane: 0);
        var y = Dual<Chunk4>.Seed(-0.5, lane: 1);
        Dual<Chunk4> f = Rosenbrock(x, y);

        Assert.AreEqual(756.5, f.Value);
        Assert.AreEqual(1651.0, f[0]);
        Assert.AreEqual(-550.0, f[1]);
        Assert.AreEqual(0.0, f[2]);
        Assert.AreEqual("756.5 + [1651, -550, -0, -0]ε", f.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void TheForwardExampleGivesExactDerivatives()
    {
        double[] x = [0.5, 1.5, -0.25, 2.0];
        double[] g = Mooncake.Forward.Gradient(RosenbrockOf, x);
        double[] expected = RosenbrockGradient(x);
        for (int i = 0; i < x.Length; i++)
        {
            Assert.AreEqual(expected[i], g[i], 1e-12 * Math.Max(1, Math.Abs(expected[i])), $"gradient entry {i}");
        }

        double t = 0.3;
        double exact = Math.Exp(Math.Sin(t)) * ((Math.Cos(t) * (1 + (t * t))) - (2 * t)) / ((1 + (t * t)) * (1 + (t * t)));
        Assert.AreEqual(exact, Mooncake.Forward.Derivative(s => Math.Exp(Math.Sin(s)) / (1 + (s * s)), t), 1e-14);

        double[,] j = Mooncake.Forward.Jacobian(v => new[] { v[0] * v[1], Math.Sin(v[2]) }, x);
        Assert.AreEqual(x[1], j[0, 0]);
        Assert.AreEqual(x[0], j[0, 1]);
        Assert.AreEqual(Math.Cos(x[2]), j[1, 2]);
        Assert.AreEqual(0.0, j[1, 3]);

        Mooncake.GradientPlan plan = Mooncake.Forward.PrepareGradient(RosenbrockOf, x.Length);
        Assert.AreEqual(RosenbrockOf(x), plan.ValueAndGradient(x, g));
        CollectionAssert.AreEqual(Mooncake.Forward.Gradient(RosenbrockOf, x), g);

        double[][] directions = [[1, 0, 0, 0], [1, 1, 1, 1]];
        double[] result = new double[directions.Length];
        Mooncake.PushforwardPlan push = Mooncake.Forward.PreparePushforward(RosenbrockOf, x.Length, directions.Length);
        Assert.AreEqual(RosenbrockOf(x), push.ValueAndPushforward(x, directions, result));
        Assert.AreEqual(expected[0], result[0], 1e-12 * Math.Max(1, Math.Abs(expected[0])));
        Assert.AreEqual(expected.Sum(), result[1], 1e-12 * Math.Max(1, Math.Abs(expected.Sum())));
    }

    private static double RosenbrockOf(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            double a = 1 - x[i], b = x[i + 1] - (x[i] * x[i]);
            s += (a * a) + (100 * b * b);
        }

        return s;
    }

    private static double[] RosenbrockGradient(double[] x)
    {
        var g = new double[x.Length];
        for (int i = 0; i < x.Length - 1; i++)
        {
            double b = x[i + 1] - (x[i] * x[i]);
            g[i] += (-2 * (1 - x[i])) - (400 * b * x[i]);
            g[i + 1] += 200 * b;
        }

        return g;
    }

    private static T Rosenbrock<T>(T x, T y)
        where T : IFloatingPointIeee754<T>
    {
        T a = T.One - x, b = y - (x * x);
        return (a * a) + (T.CreateChecked(100) * b * b);
    }
}
