using System.Numerics.Tensors;

namespace Mooncake.Tests.Rules.Tensors;

/// <summary>
/// Differentiated calls of <c>TensorPrimitives</c> with bad arguments fail as the plain calls do:
/// the same exception type, message and parameter name, before anything is written (an in-place
/// call's input survives a failed check).
/// </summary>
[TestClass]
public sealed class TensorPrimitivesArgumentTests
{
    private static readonly double[] Point = [0.3, -0.4, 0.5, 0.7];

    public static double InputsOfDifferentLengths(double[] x)
    {
        var destination = new double[x.Length];
        TensorPrimitives.Add<double>(x, x.AsSpan(1), destination);
        return destination[0];
    }

    public static double DestinationTooShort(double[] x)
    {
        var destination = new double[x.Length - 1];
        TensorPrimitives.Sin<double>(x, destination);
        return destination[0];
    }

    public static double DestinationOverlapsTheInput(double[] x)
    {
        double[] y = [.. x];
        TensorPrimitives.Exp<double>(y.AsSpan(0, 2), y.AsSpan(1, 2));
        return y[0];
    }

    public static double TernaryOfDifferentLengths(double[] x)
    {
        var destination = new double[x.Length];
        TensorPrimitives.MultiplyAdd<double>(x, x, x.AsSpan(2), destination);
        return destination[0];
    }

    public static double MaximumOfNothing(double[] x) => TensorPrimitives.Max<double>(x.AsSpan(0, 0)) + x[0];

    public static double SoftMaxOfNothing(double[] x)
    {
        TensorPrimitives.SoftMax<double>(x.AsSpan(0, 0), x.AsSpan(0, 0));
        return x[0];
    }

    public static double SinCosWithAShortCosine(double[] x)
    {
        var sin = new double[x.Length];
        var cos = new double[1];
        TensorPrimitives.SinCos<double>(x, sin, cos);
        return sin[0] + cos[0];
    }

    public static double SinCosWithAShortSine(double[] x)
    {
        var sin = new double[1];
        var cos = new double[x.Length];
        TensorPrimitives.SinCos<double>(x, sin, cos);
        return sin[0] + cos[0];
    }

    public static double SinCosPiIntoItsInputShifted(double[] x)
    {
        var y = new double[x.Length + 1];
        Array.Copy(x, y, x.Length);
        var cos = new double[x.Length];
        TensorPrimitives.SinCosPi<double>(y.AsSpan(0, x.Length), y.AsSpan(1), cos);
        return y[0] + cos[0];
    }

    [TestMethod]
    [DataRow(nameof(InputsOfDifferentLengths))]
    [DataRow(nameof(DestinationTooShort))]
    [DataRow(nameof(DestinationOverlapsTheInput))]
    [DataRow(nameof(TernaryOfDifferentLengths))]
    [DataRow(nameof(MaximumOfNothing))]
    [DataRow(nameof(SoftMaxOfNothing))]
    [DataRow(nameof(SinCosWithAShortCosine))]
    [DataRow(nameof(SinCosWithAShortSine))]
    [DataRow(nameof(SinCosPiIntoItsInputShifted))]
    public void BadArgumentsFailAsThePrimalFails(string name)
    {
        var f = typeof(TensorPrimitivesArgumentTests).GetMethod(name)!.CreateDelegate<Func<double[], double>>();
        ArgumentException expected = Assert.ThrowsExactly<ArgumentException>(() => f([.. Point]));
        foreach (int width in new[] { 1, 4 })
        {
            double[] input = [.. Point];
            ArgumentException actual = Assert.ThrowsExactly<ArgumentException>(() => Forward.Gradient(f, input, width));
            Assert.AreEqual(expected.Message, actual.Message, $"{name} at width {width}");
            Assert.AreEqual(expected.ParamName, actual.ParamName, $"{name} at width {width}");
            CollectionAssert.AreEqual(Point, input, "the input is untouched");
        }
    }
}
