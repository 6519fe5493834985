using System.Numerics;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Sines and cosines of one value, which the builder computes from one <c>SinCos</c> when it can
/// prove the two arguments equal (same element, same local, either order, float, generic math),
/// and the near misses where it must not: the element or the local written between the calls,
/// a store through the local's address, a call that may write the array, a branch between.
/// <c>SinCosFusionTests</c> checks which of these are fused; here every one must be right.
/// </summary>
public sealed class SinCosCorpus : ICorpusFamily
{
    private const double FloatTolerance = 1e-5;

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(SameElement, CorpusCase.Point(5, -2, 2), x => [.. x.Select(v => Math.Cos(2 * v))]),
        CorpusCase.Gradient(SinCosExp, CorpusCase.Point(6, -1, 1), x => [.. x.Select(v => Math.Exp(v) * ((Math.Cos(2 * v)) + (Math.Sin(v) * Math.Cos(v))))]),
        CorpusCase.Gradient(SameLocal, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(CosBeforeSin, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(MixedSpellings, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(RepeatedCalls, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(ElementWrittenBetween, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(LocalReassignedBetween, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(WrittenThroughAddress, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(CallWritesBetween, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(AcrossLoopIterations, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(SinCosFloat, [0.3, -0.8, 0.5], reference: x => x.Sum(v => Math.Sin(v) * Math.Cos(v)), tolerance: FloatTolerance),
        CorpusCase.Gradient(CosSinFloatElement, [0.3, -0.8, 0.5], reference: x => (Math.Cos(x[0]) * Math.Sin(x[0])) + x[1] + x[2], tolerance: FloatTolerance),
        CorpusCase.Gradient(GenericSinCos<double>, CorpusCase.Point(4, -1, 1)),
    ];

    public static double SameElement(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Sin(x[i]) * Math.Cos(x[i]);
        }

        return s;
    }

    /// <summary>The benchmark's function (Mooncake.Perf's SinCosExpSum.Plain).</summary>
    public static double SinCosExp(double[] x)
    {
        double s = 0;
        foreach (double xi in x)
        {
            s += Math.Sin(xi) * Math.Cos(xi) * Math.Exp(xi);
        }

        return s;
    }

    public static double SameLocal(double[] x)
    {
        double v = (x[0] * x[1]) + x[2];
        return Math.Sin(v) * Math.Cos(v) + v;
    }

    public static double CosBeforeSin(double[] x)
    {
        double v = x[0] - (x[1] * x[2]);
        double c = Math.Cos(v);
        return (c * x[1]) + Math.Sin(v);
    }

    public static double MixedSpellings(double[] x)
    {
        double v = x[0] * x[2];
        return double.Sin(v) + (Math.Cos(v) * x[1]);
    }

    public static double RepeatedCalls(double[] x)
    {
        double v = x[0] + x[1] + x[2];
        return Math.Sin(v) * Math.Sin(v) * Math.Cos(v) + Math.Cos(v) + Math.Cos(v);
    }

    // The element changes between the calls: the store bumps the memory version.
    public static double ElementWrittenBetween(double[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = x[i];
        }

        double s = 0;
        for (int i = 0; i < y.Length; i++)
        {
            double a = Math.Sin(y[i]);
            y[i] = (y[i] * 3) + 0.5;
            s += a * Math.Cos(y[i]);
        }

        return s;
    }

    // The local changes between the calls: the store bumps its version.
    public static double LocalReassignedBetween(double[] x)
    {
        double v = x[0] * x[1];
        double a = Math.Sin(v);
        v = (v * 2) + x[2];
        return a + Math.Cos(v);
    }

    // The local changes through a reference to it: no stloc, so its loads must not be numbered at all.
    public static double WrittenThroughAddress(double[] x)
    {
        double v = x[0] * x[1];
        ref double r = ref v;
        double a = Math.Sin(v);
        r = (r * 2) + x[2];
        return a * Math.Cos(v);
    }

    // A call that is not pure math may write the array.
    public static double CallWritesBetween(double[] x)
    {
        var y = new double[] { x[0] + x[1], x[2] };
        double a = Math.Sin(y[0]);
        Overwrite(y);
        return a + Math.Cos(y[0]);
    }

    // The sine of one iteration and the cosine of the next see different values of v.
    public static double AcrossLoopIterations(double[] x)
    {
        double s = 0, v = x[0];
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Cos(v);
            v = (v * 0.5) + x[i];
            s *= 1 + (0.1 * Math.Sin(v));
        }

        return s;
    }

    public static double SinCosFloat(double[] x)
    {
        float s = 0;
        foreach (double xi in x)
        {
            float f = (float)xi;
            s += MathF.Sin(f) * MathF.Cos(f);
        }

        return s;
    }

    public static double CosSinFloatElement(double[] x)
    {
        float[] f = [(float)x[0], (float)x[1], (float)x[2]];
        return (MathF.Cos(f[0]) * MathF.Sin(f[0])) + f[1] + f[2];
    }

    public static T GenericSinCos<T>(T[] x)
        where T : IFloatingPointIeee754<T>
    {
        T s = T.Zero;
        foreach (T xi in x)
        {
            s += T.Sin(xi) * T.Cos(xi) * T.Exp(xi);
        }

        return s;
    }

    private static void Overwrite(double[] y) => y[0] = (y[0] * y[1]) + 1;
}
