using Mooncake.Rules;
using Mooncake.Tests.Testing;

namespace Mooncake.Tests.Linq;

/// <summary>
/// LINQ pipelines in ordinary C# differentiated through the Forward API: the rule builder meets
/// the calls to Enumerable, finds their rules, and feeds one rule's sequence to the next. Every
/// gradient and Jacobian is checked against Richardson-extrapolated central differences, at
/// widths that cover one lane, a width that does not divide the input, and full SIMD chunks.
/// </summary>
[TestClass]
public sealed class LinqPipelineTests
{
    private static readonly double[] Point = [0.5, -1.0, 2.0, 3.0, 0.25, -0.75, 1.25];

    private static readonly Dictionary<string, Func<double[], double>> Pipelines = new()
    {
        ["Select(Math.Sin).Sum()"] = x => x.Select(Math.Sin).Sum(),
        ["Select(closure over x[0]).Average()"] = x => x.Select(v => v * x[0]).Average(),
        ["Where(v > 0).Sum(v => v * v)"] = x => x.Where(v => v > 0).Sum(v => v * v),
        ["Zip(Skip(1), product).Sum()"] = x => x.Zip(x.Skip(1), (a, b) => a * b).Sum(),
        ["Skip(1).Take(3).Max()"] = x => x.Skip(1).Take(3).Max(),
        ["SkipLast(2).TakeLast(3).Min()"] = x => x.SkipLast(2).TakeLast(3).Min(),
        ["Select((v, i) => v * i).Reverse().Concat(x).Aggregate(weighted)"] = x => x.Select((v, i) => v * i).Reverse().Concat(x).Aggregate((a, b) => (0.5 * a) + Math.Sin(b)),
        ["Select(v => v * v).ToArray() then indexing"] = x => { double[] s = x.Select(v => v * v).ToArray(); return s[1] * s[^1]; },
        ["First() * Last() + ElementAt(2)"] = x => (x.First() * x.Last()) + x.ElementAt(2),
        ["First(v < 0) + Last(v > 1)"] = x => x.First(v => v < 0) + x.Last(v => v > 1),
        ["Count() and Any() steer the primal"] = x => x.Count(v => v > 0) * (x.Any(v => v > 2.5) ? x[3] : x[0]),
        ["Repeat(x[0], 3).Sum() + Reverse().First()"] = x => Enumerable.Repeat(x[0], 3).Sum() + x.Reverse().First(),
        ["Where on a lazy Select"] = x => x.Select(Math.Exp).Where(v => v < 5).Select(v => Math.Log(v)).Sum(),
        ["Sum(Math.Sin) + Average(Math.Cos) (method groups with rules)"] = x => x.Sum(Math.Sin) + x.Average(Math.Cos),
        ["Max(Math.Atan) * Min(Math.Exp)"] = x => x.Max(Math.Atan) * x.Min(Math.Exp),
    };

    public static IEnumerable<object[]> Cases =>
        from name in Pipelines.Keys
        from chunk in new[] { 1, 3, 4, 8, 16 }
        select new object[] { name, chunk };

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void GradientMatchesFiniteDifferences(string name, int chunk)
    {
        Func<double[], double> f = Pipelines[name];
        double[] x = (double[])Point.Clone();
        double[] gradient = Forward.Gradient(f, x, chunk);
        CollectionAssert.AreEqual(Point, x, "the input is left as it was");
        for (int j = 0; j < x.Length; j++)
        {
            double[] e = new double[x.Length];
            e[j] = 1;
            Expect.Close(FiniteDifferences.Directional(f, x, e, initialStep: 1e-3), gradient[j], Expect.DerivativeTolerance, $"{name}: ∂f/∂x{j} at chunk {chunk}");
        }
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    [DataRow(8)]
    public void JacobianOfAMaterialisedPipelineMatchesFiniteDifferences(int chunk)
    {
        static double[] F(double[] x) => x.Select((v, i) => Math.Sin(v) * (i + 1)).Where(v => v > -0.5).Concat(x.Take(2)).ToArray();

        double[,] jacobian = Forward.Jacobian(F, Point, chunk);
        double[] y = F(Point);
        Assert.AreEqual(y.Length, jacobian.GetLength(0));
        for (int i = 0; i < y.Length; i++)
        {
            for (int j = 0; j < Point.Length; j++)
            {
                double[] e = new double[Point.Length];
                e[j] = 1;
                int row = i;
                Expect.Close(FiniteDifferences.Directional(v => F(v)[row], Point, e, initialStep: 1e-3), jacobian[i, j], Expect.DerivativeTolerance, $"J[{i}, {j}] at chunk {chunk}");
            }
        }
    }

    [TestMethod]
    public void ASelectorThatThrowsPropagatesItsException()
    {
        var e = Assert.ThrowsExactly<InvalidOperationException>(() => Forward.Gradient(x => x.Select(v => v > 2 ? throw new InvalidOperationException("too large") : v).Sum(), Point));
        Assert.AreEqual("too large", e.Message);
    }

    [TestMethod]
    public void AnEmptySelectionThrowsTheBclException()
    {
        var e = Assert.ThrowsExactly<InvalidOperationException>(() => Forward.Gradient(x => x.Where(v => v > 100).First(), Point));
        Assert.AreEqual("Sequence contains no elements", e.Message);
    }
}
