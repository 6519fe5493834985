namespace Mooncake.Tests.Builder.Corpus;

/// <summary><c>Span&lt;double&gt;</c> and <c>ReadOnlySpan&lt;double&gt;</c> over arrays, slicing, <c>stackalloc</c>.</summary>
public sealed class SpansCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(SpanOverArray, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ReadOnlySpanParameter, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(SpanWrites, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(Slices, CorpusCase.Point(8, -1, 1)),
        CorpusCase.Gradient(RangeOfSpan, CorpusCase.Point(8, -1, 1)),
        CorpusCase.Gradient(StackAllocated, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StackAllocatedConditionally, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(CopyToAndToArray, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ForeachOverSpan, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(SpanFillAndClear, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(FloatSpan, CorpusCase.Point(4, -1, 1), reference: x => x.Sum(v => v * v * v), tolerance: 1e-5),
        CorpusCase.InPlace(SpanKernel, 6, CorpusCase.Point(6, -1, 1)),
    ];

    public static double SpanOverArray(double[] x)
    {
        Span<double> s = x;
        Span<double> t = x.AsSpan();
        return s[0] * t[1] + s[^1] * s.Length;
    }

    public static double ReadOnlySpanParameter(double[] x) => Dot(x, x.AsSpan(1)) + Dot(x.AsSpan(2, 3), x);

    public static double SpanWrites(double[] x)
    {
        var y = new double[x.Length];
        Span<double> s = y;
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = x[i] * (i + 1);
        }

        s[0] *= s[1];
        return y[0] + y[^1] * y[2];
    }

    public static double Slices(double[] x)
    {
        Span<double> all = x;
        Span<double> front = all.Slice(0, 4);
        Span<double> back = all.Slice(4);
        front[1] += back[2];
        return Dot(front, back) + x[1];
    }

    public static double RangeOfSpan(double[] x)
    {
        ReadOnlySpan<double> s = x;
        ReadOnlySpan<double> a = s[1..4], b = s[^3..];
        return Dot(a, b) * s[0];
    }

    public static double StackAllocated(double[] x)
    {
        Span<double> buffer = stackalloc double[x.Length];
        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = Math.Sin(x[i]) * x[0];
        }

        return Dot(buffer, buffer);
    }

    public static double StackAllocatedConditionally(double[] x)
    {
        Span<double> buffer = x.Length <= 16 ? stackalloc double[x.Length] : new double[x.Length];
        x.CopyTo(buffer);
        buffer[0] *= buffer[1];
        return buffer[0] + buffer[4] * buffer[3];
    }

    public static double CopyToAndToArray(double[] x)
    {
        Span<double> s = stackalloc double[3];
        x.AsSpan(1, 3).CopyTo(s);
        double[] copy = s.ToArray();
        return copy[0] * copy[2] + s[1];
    }

    public static double ForeachOverSpan(double[] x)
    {
        double p = 1;
        foreach (double v in x.AsSpan(1))
        {
            p *= 1 + v;
        }

        return p;
    }

    public static double SpanFillAndClear(double[] x)
    {
        Span<double> s = stackalloc double[4];
        s.Fill(x[0]);
        s[1] = x[1];
        s[2..].Clear();
        return s[0] * s[1] + s[3] + s[2];
    }

    public static double FloatSpan(double[] x)
    {
        Span<float> s = stackalloc float[x.Length];
        for (int i = 0; i < s.Length; i++)
        {
            s[i] = (float)x[i];
        }

        float sum = 0;
        foreach (float v in s)
        {
            sum += v * v * v;
        }

        return sum;
    }

    public static void SpanKernel(double[] y, double[] x) => Axpy(2.5, x, y);

    private static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = a * x[i] * x[i] + y[i];
        }
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double s = 0;
        for (int i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            s += a[i] * b[i];
        }

        return s;
    }
}
