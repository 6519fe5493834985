namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Unsafe HPC kernels as people write them: <c>fixed</c> over double and float arrays, spans and
/// a constant table, pointer arithmetic (indexing, increments, walking to an end pointer, pointer
/// differences), writes through pointers, <c>stackalloc</c> into a pointer, spans over pointers, and
/// kernels taking pointer parameters called from safe code.
/// </summary>
public sealed unsafe class PointersCorpus : ICorpusFamily
{
    private static readonly double[] Weights = [0.5, -1.25, 2.0, 0.75, -0.3, 1.1, 0.9, 0.2];

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(IndexedSumOfSquares, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(WalkToEndPointer, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ScaleInPlaceThroughPointer, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(CopyWithPostIncrements, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(FixedOverConstantTable, CorpusCase.Point(8, -1, 1)),
        CorpusCase.Gradient(FixedOverSpan, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(FloatPointers, CorpusCase.Point(5, -1, 1), tolerance: 1e-4),
        CorpusCase.Gradient(StackallocBuffer, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(SpanOverPointer, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(PointerKernelCalls, CorpusCase.Point(8, -1, 1)),
        CorpusCase.Gradient(PointerDifferenceAndBackwardsWalk, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(StencilWithNegativeOffsets, CorpusCase.Point(7, -1, 1)),
    ];

    public static double IndexedSumOfSquares(double[] x)
    {
        double s = 0;
        fixed (double* p = x)
        {
            for (int i = 0; i < x.Length; i++)
            {
                s += p[i] * p[i] * (i + 1);
            }

            s += *(p + 2) * p[0];
        }

        return s;
    }

    public static double WalkToEndPointer(double[] x)
    {
        double s = 0;
        fixed (double* start = &x[0])
        {
            double* end = start + x.Length;
            for (double* p = start; p < end; p++)
            {
                s += Math.Sin(*p) * *start;
            }
        }

        return s;
    }

    public static double ScaleInPlaceThroughPointer(double[] x)
    {
        double[] y = (double[])x.Clone();
        fixed (double* p = y)
        {
            for (int i = 0; i < y.Length; i++)
            {
                p[i] = (p[i] * 3) + (x[0] * i);
            }
        }

        return y.Select((v, i) => v * v * (i + 1)).Sum();
    }

    public static double CopyWithPostIncrements(double[] x)
    {
        var y = new double[x.Length];
        fixed (double* source = x, destination = y)
        {
            double* s = source, d = destination;
            for (int i = 0; i < x.Length; i++)
            {
                *d++ = *s++ * 2;
            }
        }

        return y[0] * y[1] + Math.Exp(y[^1]);
    }

    public static double FixedOverConstantTable(double[] x)
    {
        double s = 0;
        fixed (double* w = Weights)
        fixed (double* p = x)
        {
            for (int i = 0; i < x.Length; i++)
            {
                s += w[i] * p[i] * p[i];
            }
        }

        return s;
    }

    public static double FixedOverSpan(double[] x)
    {
        Span<double> tail = x.AsSpan(1);
        double s = 0;
        fixed (double* p = tail)
        {
            for (int i = 0; i < tail.Length; i++)
            {
                s += p[i] * x[0];
            }
        }

        return s * s;
    }

    public static double FloatPointers(double[] x)
    {
        var f = new float[x.Length];
        for (int i = 0; i < f.Length; i++)
        {
            f[i] = (float)x[i];
        }

        float s = 0;
        fixed (float* p = f)
        {
            for (float* q = p; q < p + f.Length; q++)
            {
                *q = MathF.Cos(*q);
                s += *q * *q;
            }
        }

        return s + f[0];
    }

    public static double StackallocBuffer(double[] x)
    {
        double* buffer = stackalloc double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            buffer[i] = Math.Sin(x[i]);
        }

        double s = 0;
        for (double* p = buffer; p < buffer + x.Length; p++)
        {
            s += *p * x[0];
        }

        return s;
    }

    public static double SpanOverPointer(double[] x)
    {
        fixed (double* p = x)
        {
            var span = new Span<double>(p + 1, x.Length - 1);
            span[0] *= 2;
            double s = 0;
            foreach (double v in span)
            {
                s += v * v;
            }

            return s + x[1];
        }
    }

    public static double PointerKernelCalls(double[] x)
    {
        var y = new double[x.Length];
        fixed (double* p = x, q = y, w = Weights)
        {
            Axpy(x.Length, 0.5, p, q);
            Axpy(x.Length, x[0], w, q);
            return Dot(p, q, x.Length) + Dot(w, q, x.Length);
        }
    }

    public static double PointerDifferenceAndBackwardsWalk(double[] x)
    {
        double s = 0;
        fixed (double* p = x)
        {
            double* last = p + (x.Length - 1);
            long count = last - p;
            for (double* q = last; q >= p; q--)
            {
                s = (s * 0.5) + (*q * count);
            }
        }

        return s;
    }

    public static double StencilWithNegativeOffsets(double[] x)
    {
        var y = new double[x.Length];
        fixed (double* p = x, q = y)
        {
            for (int i = 1; i < x.Length - 1; i++)
            {
                double* c = p + i;
                q[i] = c[-1] - (2 * *c) + c[1];
            }
        }

        return y.Sum(v => v * v);
    }

    private static void Axpy(int n, double a, double* x, double* y)
    {
        for (int i = 0; i < n; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static double Dot(double* a, double* b, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}

[TestClass] public sealed class PointersCorpusTests : CorpusTests<PointersCorpus>;
