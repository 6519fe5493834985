using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Tests.Builder;

/// <summary>
/// Which derived rules run without a <see cref="PassScope"/> (<see cref="ScopeUse"/>): those that
/// cannot materialise a zero tangent, directly or through what they call. The verdicts are read
/// from the analysis, and the derivatives of functions whose materialisation hides in a callee,
/// a recursion or a selector are checked exactly: a rule wrongly judged scope-free would read back
/// a fresh zero tangent instead of the one it wrote, and lose the derivative.
/// </summary>
[TestClass]
public sealed class ScopeUseTests
{
    public static IEnumerable<object[]> Widths => [[1], [3], [8]];

    [TestMethod]
    [DataRow(nameof(ScopeFunctions.Sum), false)]
    [DataRow(nameof(ScopeFunctions.ThroughANumericHelper), false)]
    [DataRow(nameof(ScopeFunctions.RecursiveNumeric), false)]
    [DataRow(nameof(ScopeFunctions.ScaledCopy), false)]
    [DataRow(nameof(ScopeFunctions.ThroughBuffer), true)]
    [DataRow(nameof(ScopeFunctions.ThroughABufferingHelper), true)]
    [DataRow(nameof(ScopeFunctions.RecursiveThroughBuffer), true)]
    [DataRow(nameof(ScopeFunctions.WithASelector), true)]
    [DataRow(nameof(ScopeFunctions.ThroughAVirtualCall), true)]
    public void RulesThatMayMaterialiseAZeroTangentNeedAScope(string name, bool needed)
    {
        MethodInfo method = typeof(ScopeFunctions).GetMethod(name)!;
        foreach (int width in new[] { 1, 8 })
        {
            MethodInfo rule = DerivedRules.GetSplitRule(method, ChunkWidth.Resolve(width));
            Assert.AreEqual(needed, ScopeUse.Needs(rule), $"{name} at width {width}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void MaterialisationInACalleeKeepsTheScope(int width)
    {
        double[] x = [3.0, 5.0];
        CollectionAssert.AreEqual(new[] { 10.0, 6.0 }, Forward.Gradient(ScopeFunctions.ThroughABufferingHelper, x, width));
        CollectionAssert.AreEqual(new[] { 10.0, 6.0 }, Forward.Gradient(ScopeFunctions.RecursiveThroughBuffer, x, width));
        CollectionAssert.AreEqual(new[] { 6.0, 10.0 }, Forward.Gradient(ScopeFunctions.WithASelector, x, width));
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void ScopeFreeRulesHaveTheExactDerivative(int width)
    {
        double[] x = [0.5, -1.25, 2.0, 0.75];
        CollectionAssert.AreEqual(new[] { 1.0, 1.0, 1.0, 1.0 }, Forward.Gradient(ScopeFunctions.Sum, x, width));
        CollectionAssert.AreEqual(x.Select(v => 2 * v).ToArray(), Forward.Gradient(ScopeFunctions.ThroughANumericHelper, x, width));
        CollectionAssert.AreEqual(new[] { 1.0, 1.0, 1.0, 1.0 }, Forward.Gradient(ScopeFunctions.RecursiveNumeric, x, width));
        CollectionAssert.AreEqual(new[] { 2.0, 2.0, 2.0, 2.0 }, Forward.Gradient(ScopeFunctions.ScaledCopy, x, width));
    }

    [TestMethod]
    public void ABatchOfPointsThroughABufferingHelperKeepsEachPointApart()
    {
        // Each point writes t² into a static buffer through a helper and reads it back: with the
        // scope per point the derivative is 2t at every point, and nothing carries over.
        DerivativePlan plan = Forward.PrepareDerivative(ScopeFunctions.SquareThroughAHelper);
        double[] t = [1.0, 2.0, 3.0], values = new double[3], derivatives = new double[3];
        plan.ValuesAndDerivatives(t, values, derivatives);
        CollectionAssert.AreEqual(new[] { 1.0, 4.0, 9.0 }, values);
        CollectionAssert.AreEqual(new[] { 2.0, 4.0, 6.0 }, derivatives);
    }
}

/// <summary>The functions of <see cref="ScopeUseTests"/>, each buffer its own static field.</summary>
public static class ScopeFunctions
{
    private static readonly double[] Buffer = new double[2];
    private static readonly double[] RecursionBuffer = new double[2];
    private static readonly double[] SelectorBuffer = new double[1];
    private static readonly double[] PointBuffer = new double[1];
    private static readonly Shape Square = new SquareShape();

    public static double Sum(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i];
        }

        return s;
    }

    public static double ThroughANumericHelper(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += SquareOf(x[i]);
        }

        return s;
    }

    public static double RecursiveNumeric(double[] x) => SumFrom(x, 0);

    public static double ScaledCopy(double[] x)
    {
        double[] y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = 2 * x[i];
        }

        return Sum(y);
    }

    public static double ThroughBuffer(double[] x)
    {
        Buffer[0] = x[0] * x[1];
        return Buffer[0] * 2;
    }

    public static double ThroughABufferingHelper(double[] x) => Buffered(x[0] * x[1]) * 2;

    public static double RecursiveThroughBuffer(double[] x) => 2 * BufferedProduct(x, 1);

    public static double WithASelector(double[] x) => x.Select(Selected).Sum();

    public static double ThroughAVirtualCall(double[] x) => Square.Of(x[0]);

    public static double SquareThroughAHelper(double t)
    {
        PointBuffer[0] = t * t;
        return PointBuffer[0];
    }

    private static double Selected(double v)
    {
        SelectorBuffer[0] = v * v;
        return SelectorBuffer[0];
    }

    private static double SquareOf(double v) => v * v;

    private static double SumFrom(double[] x, int i) => i == x.Length ? 0 : x[i] + SumFrom(x, i + 1);

    private static double Buffered(double v)
    {
        Buffer[1] = v;
        return Buffer[1];
    }

    // Writes x[0]·x[1] into a static buffer at the bottom of a recursion and reads it back.
    private static double BufferedProduct(double[] x, int depth)
    {
        if (depth > 0)
        {
            return BufferedProduct(x, depth - 1);
        }

        RecursionBuffer[0] = x[0] * x[1];
        return RecursionBuffer[0];
    }

    public abstract class Shape
    {
        public abstract double Of(double x);
    }

    public sealed class SquareShape : Shape
    {
        public override double Of(double x) => x * x;
    }
}
