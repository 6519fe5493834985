using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Memory as HPC kernels handle it: scratch arrays from <see cref="ArrayPool{T}.Shared"/>, loops
/// over <see cref="MemoryMarshal.GetReference{T}(Span{T})"/> and <see cref="Unsafe.Add{T}(ref T, int)"/>
/// (bounds checks removed by hand), <see cref="MemoryMarshal.GetArrayDataReference{T}(T[])"/>,
/// <see cref="MemoryMarshal.CreateSpan{T}(ref T, int)"/> over part of an array, an identity
/// <see cref="MemoryMarshal.Cast{TFrom, TTo}(Span{TFrom})"/>, <see cref="Unsafe.As{T}(object)"/>,
/// and <c>stackalloc</c> spans, in double and float.
/// </summary>
public sealed class MemoryCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(PooledScratch, CorpusCase.Point(13, -1, 1)),
        CorpusCase.Gradient(DotThroughReferences, CorpusCase.Point(11, -1, 1)),
        CorpusCase.Gradient(AxpyThroughArrayDataReference, CorpusCase.Point(10, -1, 1)),
        CorpusCase.Gradient(SpanOverPartOfAnArray, CorpusCase.Point(8, -1, 1)),
        CorpusCase.Gradient(IdentityCast, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(UncheckedReferenceCast, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(StackallocStencil, CorpusCase.Point(9, -1, 1)),
        CorpusCase.Gradient(FloatReferences, CorpusCase.Point(7, -1, 1), tolerance: 1e-5),
    ];

    public static double PooledScratch(double[] x)
    {
        double[] scratch = ArrayPool<double>.Shared.Rent(x.Length);
        try
        {
            for (int i = 0; i < x.Length; i++)
            {
                scratch[i] = Math.Tanh(x[i]) * x[(i + 3) % x.Length];
            }

            double s = 0;
            for (int i = 0; i < x.Length; i++)
            {
                s += scratch[i];
            }

            return s;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scratch);
        }
    }

    public static double DotThroughReferences(double[] x)
    {
        ref double start = ref MemoryMarshal.GetReference(x.AsSpan());
        double s = 0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            s += Unsafe.Add(ref start, i) * Unsafe.Add(ref start, i + 1);
        }

        return s;
    }

    public static double AxpyThroughArrayDataReference(double[] x)
    {
        var y = new double[x.Length];
        ref double from = ref MemoryMarshal.GetArrayDataReference(x);
        ref double to = ref MemoryMarshal.GetArrayDataReference(y);
        for (nint i = 0; i < x.Length; i++)
        {
            Unsafe.Add(ref to, i) = (2.5 * Unsafe.Add(ref from, i)) + Math.Sin(Unsafe.Add(ref from, i));
        }

        return y.Sum(v => v * v);
    }

    public static double SpanOverPartOfAnArray(double[] x)
    {
        Span<double> middle = MemoryMarshal.CreateSpan(ref x[2], 4);
        double s = 0;
        foreach (double v in middle)
        {
            s += v * v * v;
        }

        return s + x[0];
    }

    public static double IdentityCast(double[] x)
    {
        Span<double> same = MemoryMarshal.Cast<double, double>(x.AsSpan());
        return (same[1] * same[2]) + Math.Exp(same[5]);
    }

    public static double UncheckedReferenceCast(double[] x)
    {
        object boxed = x;
        double[] back = Unsafe.As<double[]>(boxed);
        return back[0] * back[3] + back[1];
    }

    public static double StackallocStencil(double[] x)
    {
        Span<double> smoothed = stackalloc double[x.Length];
        for (int i = 1; i + 1 < x.Length; i++)
        {
            smoothed[i] = (x[i - 1] + (2 * x[i]) + x[i + 1]) * 0.25;
        }

        double s = 0;
        foreach (double v in smoothed)
        {
            s += v * v;
        }

        return s;
    }

    public static double FloatReferences(double[] x)
    {
        var f = new float[x.Length];
        for (int i = 0; i < f.Length; i++)
        {
            f[i] = (float)x[i];
        }

        ref float start = ref MemoryMarshal.GetArrayDataReference(f);
        float s = 0;
        for (int i = 0; i < f.Length; i++)
        {
            s += Unsafe.Add(ref start, i) * Unsafe.Add(ref start, i);
        }

        return s;
    }
}
