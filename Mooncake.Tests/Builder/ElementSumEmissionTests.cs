using System.Reflection;
using System.Text.RegularExpressions;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.Builder;

/// <summary>
/// An element read <c>x[i]</c> whose only use is an add or subtract, with only loads of variables
/// and constants between, is read by the sum itself: no chunk copied out of the block into a local
/// (<c>ldobj</c> of the chunk type), so the JIT can take both loads as memory operands of the
/// adds. Read from the emitted IL; the gradients are checked against exact ones at several widths
/// and bit for bit against twins whose array has its address taken, which keeps every read in place.
/// </summary>
[TestClass]
public sealed partial class ElementSumEmissionTests
{
    // copies: chunks copied out of a block into a local, in the rule at width 8.
    [TestMethod]
    [DataRow(nameof(WhileSum), 0)]
    [DataRow(nameof(ElementFirst), 0)]
    [DataRow(nameof(Difference), 0)]
    [DataRow(nameof(ConstantMinusElement), 0)]
    [DataRow(nameof(TwoElements), 1)]
    [DataRow(nameof(LengthBetween), 1)]
    [DataRow(nameof(SineOfElement), 1)]
    [DataRow(nameof(ElementUsedTwice), 1)]
    [DataRow(nameof(FloatElements), 1)]
    public void ElementsReadOnlyBySumsAreReadInPlace(string name, int copies)
    {
        MethodInfo method = typeof(ElementSumEmissionTests).GetMethod(name)!;
        string path = Path.Combine(Path.GetTempPath(), $"mooncake-elementsum-{Guid.NewGuid():N}.dll");
        try
        {
            string emitted = RuleDebugger.Save(method, ChunkWidth.Resolve(8), path).Split("-- emitted:")[1].Split("====")[0];
            Assert.AreEqual(copies, ChunkCopy().Count(emitted), $"{name}: chunks copied out of a block in\n{emitted}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static IEnumerable<object[]> Widths => [[1], [3], [8], [16]];

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void ElementSumsHaveTheExactDerivative(int width)
    {
        double[] x = [0.3, -1.7, 2.5, 0.9, -0.4, 1.1, 0.2];
        int n = x.Length;
        double[] ones = [.. Enumerable.Repeat(1.0, n)];
        Expect(width, WhileSum, x, ones);
        Expect(width, ElementFirst, x, ones);
        Expect(width, Difference, x, [.. Enumerable.Repeat(-1.0, n)]);
        Expect(width, ConstantMinusElement, x, [.. Enumerable.Repeat(-1.0, n)]);
        Expect(width, TwoElements, x, [.. Enumerable.Range(0, n).Select(j => j % 2 == 0 ? 1.0 : j == n - 1 ? 0.0 : -1.0)]);
        Expect(width, LengthBetween, x, ones);
        Expect(width, SineOfElement, x, [.. x.Select(Math.Cos)]);
        Expect(width, ElementUsedTwice, x, [.. x.Select(v => 1 + (2 * v))]);
        Expect(width, FloatElements, x, ones);
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void ReadInPlaceAndInLocalsGiveIdenticalGradients(int width)
    {
        var random = new Random(5);
        double[] x = [.. Enumerable.Range(0, 23).Select(_ => (random.NextDouble() * 4) - 2)];
        (Func<double[], double> InPlace, Func<double[], double> InLocals)[] pairs =
        [
            (WhileSum, WhileSumAddressTaken),
            (TwoElements, TwoElementsAddressTaken),
        ];
        foreach ((Func<double[], double> inPlace, Func<double[], double> inLocals) in pairs)
        {
            CollectionAssert.AreEqual(
                Forward.Gradient(inLocals, x, width).Select(BitConverter.DoubleToInt64Bits).ToArray(),
                Forward.Gradient(inPlace, x, width).Select(BitConverter.DoubleToInt64Bits).ToArray(),
                $"{inPlace.Method.Name} at width {width}");
        }
    }

    public static double WhileSum(double[] x)
    {
        double y = 0.0;
        int n = 0;
        while (n < x.Length)
        {
            y += x[n];
            n++;
        }

        return y;
    }

    public static double WhileSumAddressTaken(double[] x)
    {
        Keep(ref x);
        double y = 0.0;
        int n = 0;
        while (n < x.Length)
        {
            y += x[n];
            n++;
        }

        return y;
    }

    // The sum's operands are loaded after the element: a load of y between the read and the add.
    public static double ElementFirst(double[] x)
    {
        double y = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            y = x[i] + y;
        }

        return y;
    }

    public static double Difference(double[] x)
    {
        double y = 10.0;
        for (int i = 0; i < x.Length; i++)
        {
            y -= x[i];
        }

        return y;
    }

    // 2 - x[i]: the element's tangent negated, the constant's none.
    public static double ConstantMinusElement(double[] x)
    {
        double y = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            y += 2.0 - x[i];
        }

        return y;
    }

    // x[i] - x[i + 1]: between the first read and the subtraction stand the index arithmetic and
    // the second read, so only the second (and x[^1], added to y) is read by its sum; the first is
    // copied into its locals.
    public static double TwoElements(double[] x)
    {
        double y = 0.0;
        for (int i = 0; i + 1 < x.Length; i += 2)
        {
            y += x[i] - x[i + 1];
        }

        return y + x[^1];
    }

    public static double TwoElementsAddressTaken(double[] x)
    {
        Keep(ref x);
        double y = 0.0;
        for (int i = 0; i + 1 < x.Length; i += 2)
        {
            y += x[i] - x[i + 1];
        }

        return y + x[^1];
    }

    // x[i] + x.Length: ldlen (which can throw) stands between the read and the add.
    public static double LengthBetween(double[] x)
    {
        double y = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            y += x[i] + x.Length;
        }

        return y;
    }

    public static double SineOfElement(double[] x)
    {
        double y = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            y += Math.Sin(x[i]);
        }

        return y;
    }

    public static double ElementUsedTwice(double[] x)
    {
        double y = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            double v = x[i];
            y += v + (v * v);
        }

        return y;
    }

    // A float array's elements summed in float; the copy into it reads each x[i] for a conversion.
    public static double FloatElements(double[] x)
    {
        float[] f = new float[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            f[i] = (float)x[i];
        }

        float s = 0;
        for (int i = 0; i < f.Length; i++)
        {
            s += f[i];
        }

        return s;
    }

    private static void Expect(int width, Func<double[], double> f, double[] x, double[] exact, double tolerance = 1e-13)
    {
        double[] input = (double[])x.Clone();
        double[] gradient = Forward.Gradient(f, input, width);
        CollectionAssert.AreEqual(x, input, $"{f.Method.Name} changed its input");
        for (int j = 0; j < x.Length; j++)
        {
            Assert.AreEqual(exact[j], gradient[j], tolerance * Math.Max(1, Math.Abs(exact[j])), $"{f.Method.Name}: ∂/∂x{j} at width {width}");
        }
    }

    private static void Keep(ref double[] array)
    {
    }

    [GeneratedRegex(@"ldobj\s+\S*Chunk")]
    private static partial Regex ChunkCopy();
}
