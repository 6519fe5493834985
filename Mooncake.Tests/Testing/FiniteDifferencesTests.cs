namespace Mooncake.Tests.Testing;

/// <summary>The reference every derivative test leans on must itself be far more accurate than the tolerance it serves.</summary>
[TestClass]
public sealed class FiniteDifferencesTests
{
    [TestMethod]
    [DataRow(1.0)]
    [DataRow(-2.5)]
    [DataRow(0.0)]
    public void RiddersIsAccurateToFarBelowTheDerivativeTolerance(double x)
    {
        Expect.Close(Math.Exp(x), FiniteDifferences.Derivative(t => Math.Exp(x + t)), 1e-10, "exp'");
        Expect.Close(Math.Cos(3 * x) * 3, FiniteDifferences.Derivative(t => Math.Sin(3 * (x + t))), 1e-10, "(sin 3x)'");
        Expect.Close(2 * x * Math.Cosh(x * x), FiniteDifferences.Derivative(t => Math.Sinh((x + t) * (x + t))), 1e-9, "(sinh x²)'");
    }

    [TestMethod]
    public void DirectionalDerivativeIsTheGradientDotTheDirection()
    {
        // f(x, y) = x² y + sin y: gradient (2 x y, x² + cos y).
        double[] x = [1.5, -0.5], direction = [0.3, -0.8];
        double expected = (2 * x[0] * x[1] * direction[0]) + (((x[0] * x[0]) + Math.Cos(x[1])) * direction[1]);
        Expect.Close(expected, FiniteDifferences.Directional(p => (p[0] * p[0] * p[1]) + Math.Sin(p[1]), x, direction), 1e-10, "directional derivative");
    }

    [TestMethod]
    public void CloseFailsOutsideTheScaleAwareTolerance()
    {
        Expect.Close(1000.0, 1000.0005, 1e-6, "relative for large values");
        Expect.Close(0.0, 5e-7, 1e-6, "absolute near zero");
        Assert.ThrowsExactly<AssertFailedException>(() => Expect.Close(1000.0, 1000.002, 1e-6, "too far"));
        Assert.ThrowsExactly<AssertFailedException>(() => Expect.Close(1.0, double.NaN, 1e-6, "NaN is never close"));
        Assert.ThrowsExactly<AssertFailedException>(() => Expect.Same(0.0, -0.0, "signed zeros differ"));
        Expect.Same(double.NaN, -double.NaN, "NaN is NaN");
    }
}
