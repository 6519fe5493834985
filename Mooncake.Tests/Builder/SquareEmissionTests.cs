using System.Reflection;
using System.Text.RegularExpressions;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.Builder;

/// <summary>
/// A product of a value with itself (<c>x[i] * x[i]</c>, <c>a * a</c>) gets the tangent
/// <c>(2v) · v'</c>: one broadcast and one product instead of the product rule's two of each.
/// Read from the emitted IL (the constant 2 the square multiplies by), and checked against the
/// exact gradient at several widths; products the block's value numbering cannot prove to be
/// squares keep the product rule.
/// </summary>
[TestClass]
public sealed partial class SquareEmissionTests
{
    [TestMethod]
    [DataRow(nameof(Squares), 6)]
    [DataRow(nameof(NotSquares), 0)]
    public void ProvableSquaresAreEmittedAsScalings(string name, int squares)
    {
        MethodInfo method = typeof(SquareEmissionTests).GetMethod(name)!;
        string path = Path.Combine(Path.GetTempPath(), $"mooncake-square-{Guid.NewGuid():N}.dll");
        try
        {
            string emitted = RuleDebugger.Save(method, ChunkWidth.Resolve(8), path).Split("-- emitted:")[1].Split("====")[0];
            Assert.AreEqual(squares, TimesTwo().Count(emitted), $"{name}: squares in\n{emitted}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    [DataRow(8)]
    public void SquaresHaveTheExactDerivative(int width)
    {
        double[] x = [0.3, -1.7, 2.5];
        double[] gradient = Forward.Gradient(Squares, x, width);
        double[] exact = [(2 * x[0]) + (4 * x[0] * x[0] * x[0] * x[2] * x[2]), 2 * x[1], 2 * Math.Pow(x[0] * x[0], 2) * x[2]];
        for (int j = 0; j < x.Length; j++)
        {
            Assert.AreEqual(exact[j], gradient[j], 1e-13 * Math.Max(1, Math.Abs(exact[j])), $"∂/∂x{j} at width {width}");
        }

        double[] other = Forward.Gradient(NotSquares, x, width);
        Assert.AreEqual(x[1] - 2 * x[0], other[0], 1e-13);
        Assert.AreEqual(x[0], other[1], 1e-13);
    }

    /// <summary>x₀² + x₁² + (x₀² x₂)², with x₀ · x₀ written four times: six squares of elements and of a local.</summary>
    public static double Squares(double[] x)
    {
        double a = x[0] * x[0] * x[2];
        return (x[0] * x[0]) - (0.0 * x[2]) + (x[1] * x[1]) + (a * a) - (x[0] * x[0]) + (x[0] * x[0]);
    }

    /// <summary>Products of different elements, and of a local with itself across a write.</summary>
    public static double NotSquares(double[] x)
    {
        double a = x[0];
        double b = a;
        a = x[1] - a;
        return (x[0] * x[1]) + (b * (a - x[1]));
    }

    [GeneratedRegex(@"ldc\.r8 2\b")]
    private static partial Regex TimesTwo();
}
