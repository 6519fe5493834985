using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// User SIMD code: hand-vectorised kernels over <see cref="Vector{T}"/> and
/// <see cref="Vector128{T}"/>/<see cref="Vector256{T}"/>/<see cref="Vector512{T}"/> of double and
/// float, the shapes people write (a dot product with a tail loop, an AXPY into a local array,
/// loads through references, horizontal sums, masks from comparisons). Each vector's tangent is one
/// chunk per lane (see <c>LaneTangents4</c>); float cases are checked against their double twins.
/// </summary>
public sealed class SimdCorpus : ICorpusFamily
{
    private const double FloatTolerance = 1e-5;

    private static readonly double[] Weights = [0.5, -1.25, 2.0, 0.75, -0.3, 1.1, 0.9, 1.7, -0.6, 0.4, 1.3, -0.8, 0.2];

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(VectorDotWithTail, CorpusCase.Point(11, -1, 1), reference: x => x.Select((v, i) => v * Weights[i] * v).Sum()),
        CorpusCase.Gradient(VectorDotOfTwoActive, CorpusCase.Point(9, -1, 1), reference: x => x.Select((v, i) => v * Math.Sin(v + i)).Sum()),
        CorpusCase.Gradient(VectorSumAndSqrt, CorpusCase.Point(8, 0.5, 2), reference: x => x.Sum(v => Math.Sqrt(v) * v) + x.Max() * 0),
        CorpusCase.Gradient(VectorFromSpans, CorpusCase.Point(8, -1, 1), reference: x => x.Select((v, i) => v * x[(i + 1) % x.Length]).Sum()),
        CorpusCase.Gradient(VectorScalarOperators, CorpusCase.Point(8, 0.5, 2), reference: ScalarOperatorsReference),
        CorpusCase.Gradient(VectorMinMaxAbsAndSelect, CorpusCase.Point(8, -1, 1), reference: MinMaxAbsAndSelectReference),
        CorpusCase.Gradient(VectorCopyToAndIndexer, CorpusCase.Point(8, -1, 1), reference: x => x.Select((v, i) => (i + 1) * v * v).Sum()),
        CorpusCase.Gradient(Vector256AxpyIntoLocal, CorpusCase.Point(10, -1, 1), reference: AxpyReference),
        CorpusCase.Gradient(Vector256LoadUnsafeFma, CorpusCase.Point(8, -1, 1), reference: x => Enumerable.Range(0, 8).Sum(i => x[i] * x[7 - i] + x[i])),
        CorpusCase.Gradient(Vector128CreateAndElements, CorpusCase.Point(4, -1, 1), reference: x => (x[0] * x[2]) + (x[1] / (2 + x[3])) + (3 * x[1] * x[0])),
        CorpusCase.Gradient(Vector512DotWithTail, CorpusCase.Point(19, -1, 1), reference: x => x.Sum(v => v * v * v)),
        CorpusCase.Gradient(Vector256FloatDot, CorpusCase.Point(12, -1, 1), reference: x => x.Select((v, i) => v * v * (i % 3 + 1)).Sum(), tolerance: FloatTolerance),
        CorpusCase.Gradient(VectorFloatSqrtDivide, CorpusCase.Point(8, 0.5, 2), reference: x => x.Sum(v => Math.Sqrt(v) / (1 + v)), tolerance: FloatTolerance),
        CorpusCase.Gradient(WidenAndNarrow, CorpusCase.Point(16, -1, 1), reference: x => x.Select((v, i) => v * v * (1 + (i % 4))).Sum() + x.Take(8).Select(v => 0.5 * v).Sum(), tolerance: FloatTolerance),
        CorpusCase.Gradient(VectorWidenIntoDoubles, CorpusCase.Point(8, -1, 1), reference: WidenIntoDoublesReference, tolerance: FloatTolerance),
    ];

    // Floats widened to doubles for an accurate sum, narrowed back to floats.
    public static double WidenAndNarrow(double[] x)
    {
        float[] f = new float[16];
        for (int k = 0; k < f.Length; k++)
        {
            f[k] = (float)x[k];
        }

        var lo = Vector256.Create(f, 0);
        var hi = Vector256.Create(f, 8);
        Vector256<double> a = Vector256.WidenLower(lo), b = Vector256.WidenUpper(lo);
        (Vector256<double> c, Vector256<double> d) = Vector256.Widen(hi);
        var weights = Vector256.Create(1.0, 2.0, 3.0, 4.0);
        double s = Vector256.Dot(a * a, weights) + Vector256.Dot(b * b, weights) + Vector256.Dot(c * c, weights) + Vector256.Dot(d * d, weights);
        Vector256<float> narrowed = Vector256.Narrow(a * 0.5, b * 0.5);
        return s + Vector256.Sum(narrowed);
    }

    public static double VectorWidenIntoDoubles(double[] x)
    {
        float[] f = new float[Vector<float>.Count];
        for (int k = 0; k < f.Length; k++)
        {
            f[k] = (float)x[k % x.Length];
        }

        Vector.Widen(new Vector<float>(f), out Vector<double> low, out Vector<double> high);
        double[] scales = new double[Vector<double>.Count * 2];
        for (int k = 0; k < scales.Length; k++)
        {
            scales[k] = k < x.Length ? Math.Exp(0.1 * k) : 0;
        }

        Vector<float> back = Vector.Narrow(low * 2.0, high);
        return (Vector.Dot(low, new Vector<double>(scales, 0)) + Vector.Dot(high, new Vector<double>(scales, Vector<double>.Count))) * x[0]
            + Vector.Sum(back);
    }

    private static double WidenIntoDoublesReference(double[] x)
    {
        int count = Vector<float>.Count;
        double scaled = 0, narrowed = 0;
        for (int k = 0; k < count; k++)
        {
            double f = x[k % x.Length];
            scaled += k < x.Length ? f * Math.Exp(0.1 * k) : 0;
            narrowed += k < count / 2 ? 2 * f : f;
        }

        return (scaled * x[0]) + narrowed;
    }

    // f(x) = Σ x_i w_i x_i, vectorised with Vector<double> and finished by a scalar tail loop.
    public static double VectorDotWithTail(double[] x)
    {
        var acc = Vector<double>.Zero;
        int i = 0;
        for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var vx = new Vector<double>(x, i);
            var vw = new Vector<double>(Weights, i);
            acc += vx * vw * vx;
        }

        double s = Vector.Dot(acc, Vector<double>.One);
        for (; i < x.Length; i++)
        {
            s += x[i] * Weights[i] * x[i];
        }

        return s;
    }

    public static double VectorDotOfTwoActive(double[] x)
    {
        double[] y = new double[x.Length];
        for (int k = 0; k < x.Length; k++)
        {
            y[k] = Math.Sin(x[k] + k);
        }

        double s = 0;
        int i = 0;
        for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            s += Vector.Dot(new Vector<double>(x, i), new Vector<double>(y, i));
        }

        for (; i < x.Length; i++)
        {
            s += x[i] * y[i];
        }

        return s;
    }

    public static double VectorSumAndSqrt(double[] x)
    {
        var total = Vector<double>.Zero;
        for (int i = 0; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var v = new Vector<double>(x, i);
            total += Vector.SquareRoot(v) * v;
        }

        return Vector.Sum(total);
    }

    public static double VectorFromSpans(double[] x)
    {
        double[] shifted = new double[x.Length];
        for (int k = 0; k < x.Length; k++)
        {
            shifted[k] = x[(k + 1) % x.Length];
        }

        ReadOnlySpan<double> a = x.AsSpan();
        Span<double> b = shifted.AsSpan();
        double s = 0;
        for (int i = 0; i <= a.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            s += Vector.Dot(new Vector<double>(a[i..]), new Vector<double>(b[i..]));
        }

        return s;
    }

    public static double VectorScalarOperators(double[] x)
    {
        var v = new Vector<double>(x);
        var w = (x[0] * v) - (v / x[1]) + (-v * 0.5) + new Vector<double>(x[2]) / v;
        return Vector.Sum(w);
    }

    private static double ScalarOperatorsReference(double[] x)
    {
        double s = 0;
        for (int i = 0; i < Vector<double>.Count; i++)
        {
            s += (x[0] * x[i]) - (x[i] / x[1]) + (-x[i] * 0.5) + (x[2] / x[i]);
        }

        return s;
    }

    public static double VectorMinMaxAbsAndSelect(double[] x)
    {
        var a = new Vector<double>(x);
        var b = Vector.Negate(a) * 0.5 + new Vector<double>(0.1);
        var mask = Vector.GreaterThan(a, b);
        var picked = Vector.ConditionalSelect(mask, a * a, b);
        return Vector.Sum(Vector.Min(a, b) + Vector.Max(a, b) * 2.0 + Vector.Abs(a) + picked);
    }

    private static double MinMaxAbsAndSelectReference(double[] x)
    {
        double s = 0;
        for (int i = 0; i < Vector<double>.Count; i++)
        {
            double a = x[i], b = (-a * 0.5) + 0.1;
            s += Math.Min(a, b) + (Math.Max(a, b) * 2.0) + Math.Abs(a) + (a > b ? a * a : b);
        }

        return s;
    }

    public static double VectorCopyToAndIndexer(double[] x)
    {
        double[] squares = new double[x.Length];
        for (int i = 0; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var v = new Vector<double>(x, i);
            (v * v).CopyTo(squares, i);
        }

        double s = 0;
        for (int i = 0; i < squares.Length; i++)
        {
            s += (i + 1) * squares[i];
        }

        var first = new Vector<double>(squares);
        return s + first[0] - squares[0];
    }

    // y = a x + y with Vector256<double>, y a local array; a tail loop for the rest.
    public static double Vector256AxpyIntoLocal(double[] x)
    {
        double[] y = new double[x.Length];
        for (int k = 0; k < y.Length; k++)
        {
            y[k] = x[k] * x[k];
        }

        double a = x[0];
        int i = 0;
        for (; i <= x.Length - Vector256<double>.Count; i += Vector256<double>.Count)
        {
            var vy = Vector256.Create(a) * Vector256.Create(x, i) + Vector256.Create(y, i);
            vy.CopyTo(y, i);
        }

        for (; i < x.Length; i++)
        {
            y[i] = (a * x[i]) + y[i];
        }

        double s = 0;
        for (int k = 0; k < y.Length; k++)
        {
            s += y[k] * (k + 1);
        }

        return s;
    }

    private static double AxpyReference(double[] x)
    {
        double s = 0;
        for (int k = 0; k < x.Length; k++)
        {
            s += ((x[0] * x[k]) + (x[k] * x[k])) * (k + 1);
        }

        return s;
    }

    public static double Vector256LoadUnsafeFma(double[] x)
    {
        double[] reversed = [.. x.Reverse()];
        ref double first = ref MemoryMarshal.GetArrayDataReference(x);
        var lo = Vector256.LoadUnsafe(ref first);
        var hi = Vector256.LoadUnsafe(ref first, 4);
        var rlo = Vector256.LoadUnsafe(ref reversed[0]);
        var rhi = Vector256.LoadUnsafe(ref reversed[0], 4);
        double[] result = new double[8];
        Vector256.FusedMultiplyAdd(lo, rlo, lo).StoreUnsafe(ref result[0]);
        Vector256.FusedMultiplyAdd(hi, rhi, hi).StoreUnsafe(ref result[0], 4);
        return Vector256.Sum(Vector256.LoadUnsafe(ref result[0])) + Vector256.Sum(Vector256.LoadUnsafe(ref result[4]));
    }

    public static double Vector128CreateAndElements(double[] x)
    {
        var a = Vector128.Create(x[0], x[1]);
        var b = Vector128.Create(x[2], 2 + x[3]);
        var q = Vector128.WithElement(a * b, 1, x[1] / b.GetElement(1));
        return q.ToScalar() + q[1] + Vector128.Dot(a, Vector128.Create(0.0, 3 * x[0]));
    }

    public static double Vector512DotWithTail(double[] x)
    {
        var acc = Vector512<double>.Zero;
        int i = 0;
        for (; i <= x.Length - Vector512<double>.Count; i += Vector512<double>.Count)
        {
            var v = Vector512.Create(x.AsSpan(i));
            acc = Vector512.FusedMultiplyAdd(v * v, v, acc);
        }

        double s = Vector512.Sum(acc);
        for (; i < x.Length; i++)
        {
            s += x[i] * x[i] * x[i];
        }

        return s;
    }

    public static double Vector256FloatDot(double[] x)
    {
        float[] f = new float[x.Length];
        float[] w = new float[x.Length];
        for (int k = 0; k < x.Length; k++)
        {
            f[k] = (float)x[k];
            w[k] = (k % 3) + 1;
        }

        float s = 0;
        int i = 0;
        for (; i <= f.Length - Vector256<float>.Count; i += Vector256<float>.Count)
        {
            var v = Vector256.Create(f, i);
            s += Vector256.Dot(v * v, Vector256.Create(w, i));
        }

        for (; i < f.Length; i++)
        {
            s += f[i] * f[i] * w[i];
        }

        return s;
    }

    public static double VectorFloatSqrtDivide(double[] x)
    {
        float[] f = new float[Vector<float>.Count];
        for (int k = 0; k < f.Length; k++)
        {
            f[k] = (float)x[k % x.Length];
        }

        var v = new Vector<float>(f);
        float s = Vector.Sum(Vector.SquareRoot(v) / (Vector<float>.One + v));
        return s * x.Length / f.Length;
    }
}

[TestClass] public sealed class SimdCorpusTests : CorpusTests<SimdCorpus>;
