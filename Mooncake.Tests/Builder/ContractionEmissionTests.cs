using System.Reflection;
using System.Text.RegularExpressions;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.Builder;

/// <summary>
/// A scaling or a square (also a scaled square <c>c * v * v</c>) used only by an add or subtract
/// later in its block (<c>s -= 3 * x</c>, <c>s += r * r</c>) hands its tangent to the sum, which becomes one fused multiply-add: read
/// from the emitted IL (no vector product left, one FMA), and checked against exact gradients at
/// several widths. Products of two active values, and products used otherwise, keep their own tangent.
/// </summary>
[TestClass]
public sealed partial class ContractionEmissionTests
{
    [TestMethod]
    [DataRow(nameof(ProductAccumulation), 1, 1)]
    [DataRow(nameof(ScaledSubtraction), 1, 0)]
    [DataRow(nameof(SquareAccumulation), 1, 0)]
    [DataRow(nameof(ProductThenSubtracted), 1, 1)]
    [DataRow(nameof(ProductUsedTwice), 1, 1)]
    [DataRow(nameof(ProductAddedToAConstant), 1, 1)]
    [DataRow(nameof(Rosenbrock), 2, 2)]
    public void ProductsFeedingOneSumAreFused(string name, int fusedMultiplyAdds, int vectorProducts)
    {
        MethodInfo method = typeof(ContractionEmissionTests).GetMethod(name)!;
        string path = Path.Combine(Path.GetTempPath(), $"mooncake-contraction-{Guid.NewGuid():N}.dll");
        try
        {
            string emitted = RuleDebugger.Save(method, ChunkWidth.Resolve(8), path).Split("-- emitted:")[1].Split("====")[0];
            Assert.AreEqual(fusedMultiplyAdds, FusedMultiplyAdd().Count(emitted), $"{name}: FMAs in\n{emitted}");
            Assert.AreEqual(vectorProducts, VectorProduct().Count(emitted), $"{name}: vector products in\n{emitted}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static IEnumerable<object[]> Widths => [[1], [3], [8], [16]];

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void FusedSumsHaveTheExactDerivative(int width)
    {
        double[] x = [0.3, -1.7, 2.5, 0.9, -0.4];
        int n = x.Length;
        Expect(width, ProductAccumulation, x, [.. Enumerable.Range(0, n).Select(j => x[(j + 1) % n] + x[(j + n - 1) % n])]);
        Expect(width, ScaledSubtraction, x, [.. Enumerable.Repeat(-3.0, n)]);
        Expect(width, SquareAccumulation, x, [.. x.Select(v => 2 * v)]);
        Expect(width, ProductThenSubtracted, x, [x[1], x[0], -1, 0, 0]);
        Expect(width, ProductUsedTwice, x, [2 * x[1], 2 * x[0], 0, 0, 0]);
        Expect(width, ProductAddedToAConstant, x, [x[1], x[0], 0, 0, 0]);
        Expect(width, Rosenbrock, x, [.. Enumerable.Range(0, n).Select(j =>
            (j < n - 1 ? (-2 * (1 - x[j])) - (400 * x[j] * (x[j + 1] - (x[j] * x[j]))) : 0)
            + (j > 0 ? 200 * (x[j] - (x[j - 1] * x[j - 1])) : 0))]);
        Expect(width, FloatAccumulation, x, [.. Enumerable.Range(0, n).Select(j => (double)((float)x[(j + 1) % n] + (float)x[(j + n - 1) % n]))], 1e-6);
    }

    public static double ProductAccumulation(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * x[(i + 1) % x.Length];
        }

        return s;
    }

    public static double ScaledSubtraction(double[] x)
    {
        double s = 1;
        for (int i = 0; i < x.Length; i++)
        {
            s -= 3.0 * x[i];
        }

        return s;
    }

    public static double SquareAccumulation(double[] x)
    {
        double s = 0;
        foreach (double v in x)
        {
            s += v * v;
        }

        return s;
    }

    // (100 * b) * b is a scaled square: tangent (2·(100b))·b', folded into the sum with a², and
    // x[i+1] - x[i]² folds the square too: two FMAs, the scaled square's product, and the scaling
    // 100 * b's own product (dead once the scaled square does not read it; the JIT drops it).
    public static double Rosenbrock(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            double a = 1 - x[i], b = x[i + 1] - (x[i] * x[i]);
            s += (a * a) + (100 * b * b);
        }

        return s;
    }

    public static double ProductThenSubtracted(double[] x) => (x[0] * x[1]) - x[2];

    public static double ProductUsedTwice(double[] x)
    {
        double m = x[0] * x[1];
        return m + m;
    }

    public static double ProductAddedToAConstant(double[] x) => 2.0 + (x[0] * x[1]);

    public static double FloatAccumulation(double[] x)
    {
        float s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += (float)x[i] * (float)x[(i + 1) % x.Length];
        }

        return s;
    }

    private static void Expect(int width, Func<double[], double> f, double[] x, double[] exact, double tolerance = 1e-13)
    {
        double[] gradient = Forward.Gradient(f, x, width);
        for (int j = 0; j < x.Length; j++)
        {
            Assert.AreEqual(exact[j], gradient[j], tolerance * Math.Max(1, Math.Abs(exact[j])), $"{f.Method.Name}: ∂/∂x{j} at width {width}");
        }
    }

    [GeneratedRegex(@"Vector512::FusedMultiplyAdd\(")]
    private static partial Regex FusedMultiplyAdd();

    [GeneratedRegex(@"Vector512`1\[System.Double\]::op_Multiply\(")]
    private static partial Regex VectorProduct();
}
