using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// Functions that keep working arrays in static fields. Static data is constant at the start of
/// each pass, so it enters with a zero tangent; an active value written into it during the pass
/// must be read back with its derivative (every read of the field sees the same tangent), and
/// must not leak into the next pass.
/// </summary>
[TestClass]
public sealed class StaticStateTests
{
    public static IEnumerable<object[]> Widths => [[1], [3], [8]];

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void AValueWrittenIntoAStaticArrayIsReadBackWithItsDerivative(int width)
    {
        CollectionAssert.AreEqual(new[] { 10.0, 6.0 }, Forward.Gradient(StaticState.ThroughBuffer, [3.0, 5.0], width));
        CollectionAssert.AreEqual(new[] { 10.0, 6.0 }, Forward.Gradient(StaticState.ThroughBuffer, [3.0, 5.0], width), "a second call");
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void AHelperFillingAStaticArrayKeepsTheDerivatives(int width)
    {
        double[] x = [0.5, -1.5, 2.0, 0.25];
        double[] gradient = Forward.Gradient(StaticState.FilledByAHelper, x, width);
        CollectionAssert.AreEqual(new[] { 2.0 * Math.Cos(0.5), 2.0 * Math.Cos(-1.5), 2.0 * Math.Cos(2.0), 2.0 * Math.Cos(0.25) }, gradient);
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void ATangentWrittenInOnePassDoesNotLeakIntoTheNext(int width)
    {
        // ReadsThenWrites reads the value the previous call left (a constant to this call), then
        // stores x[1] there. Its derivative is (previous, 0): a tangent left from an earlier pass
        // would show up as a non-zero derivative along x[1].
        double[] x = [3.0, 5.0];
        _ = StaticState.ReadsThenWrites(x);
        CollectionAssert.AreEqual(new[] { 5.0, 0.0 }, Forward.Gradient(StaticState.ReadsThenWrites, x, width));
        CollectionAssert.AreEqual(new[] { 5.0, 0.0 }, Forward.Gradient(StaticState.ReadsThenWrites, x, width));
    }
}

/// <summary>The functions of <see cref="StaticStateTests"/>, each with a static field of its own.</summary>
internal static class StaticState
{
    private static readonly double[] Buffer = new double[2];
    private static readonly double[] Filled = new double[4];
    private static readonly double[] Previous = new double[1];

    public static double ThroughBuffer(double[] x)
    {
        Buffer[0] = x[0] * x[1];
        return Buffer[0] * 2;
    }

    public static double FilledByAHelper(double[] x)
    {
        Fill(Filled, x);
        double sum = 0;
        foreach (double v in Filled)
        {
            sum += v;
        }

        return sum;
    }

    public static double ReadsThenWrites(double[] x)
    {
        double previous = Previous[0];
        Previous[0] = x[1];
        return x[0] * previous;
    }

    private static void Fill(double[] target, double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            target[i] = 2 * Math.Sin(x[i]);
        }
    }
}
