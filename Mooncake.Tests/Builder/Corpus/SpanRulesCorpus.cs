namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Rules of primals that take spans and references (the convention of <see cref="DualSpan{T, TChunk}"/>,
/// <see cref="ReadOnlyDualSpan{T, TChunk}"/> and <see cref="DualRef{TPrimal, TTangent}"/>): a user's
/// own kernels with registered rules, called from derived code with spans over arrays that carry
/// derivatives, over constant tables (an empty tangent) and with references to array elements and locals.
/// </summary>
public sealed class SpanRulesCorpus : ICorpusFamily
{
    private static readonly double[] Weights = [0.5, -1.25, 2.0, 0.75, -0.3, 1.1, 0.9];

    private static readonly Lazy<bool> Registered = new(() =>
    {
        RuleRegistry.RegisterType(typeof(SpanKernelRules));
        return true;
    });

    public static IEnumerable<CorpusCase> Cases()
    {
        _ = Registered.Value;
        return
        [
            CorpusCase.Gradient(DotOfTwoActiveSpans, CorpusCase.Point(7, -1, 1)),
            CorpusCase.Gradient(DotWithConstantWeights, CorpusCase.Point(7, -1, 1)),
            CorpusCase.Gradient(AxpyIntoALocalArray, CorpusCase.Point(6, -1, 1)),
            CorpusCase.Gradient(AxpyOfConstantsIntoActive, CorpusCase.Point(5, -1, 1)),
            CorpusCase.Gradient(AccumulateThroughReferences, CorpusCase.Point(4, -1, 1)),
        ];
    }

    public static double DotOfTwoActiveSpans(double[] x)
    {
        double[] y = [.. x.Select(Math.Sin)];
        return SpanKernels.Dot(x, y) + SpanKernels.Dot(x.AsSpan(1), y.AsSpan(0, x.Length - 1));
    }

    public static double DotWithConstantWeights(double[] x) => SpanKernels.Dot(x, Weights) * x[0];

    public static double AxpyIntoALocalArray(double[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < y.Length; i++)
        {
            y[i] = x[i] * x[i];
        }

        SpanKernels.Axpy(x[0], x, y);
        return y.Sum() + (y[2] * y[3]);
    }

    // Constants written into an array that carries derivatives: the rule must overwrite the
    // destination's tangent with zeros, or the old tangent of y would survive.
    public static double AxpyOfConstantsIntoActive(double[] x)
    {
        double[] y = [.. x];
        SpanKernels.Axpy(2.0, Weights.AsSpan(0, 3), y.AsSpan(1, 3));
        return y.Select((v, i) => v * (i + 1) * x[i]).Sum();
    }

    public static double AccumulateThroughReferences(double[] x)
    {
        double total = 0;
        double[] partial = new double[2];
        for (int i = 0; i < x.Length; i++)
        {
            SpanKernels.Accumulate(ref total, x[i] * x[i]);
            SpanKernels.Accumulate(ref partial[i % 2], Math.Exp(x[i]));
        }

        return total * partial[0] + partial[1];
    }
}

/// <summary>Kernels over spans and references, each with a registered rule in <see cref="SpanKernelRules"/>.</summary>
public static class SpanKernels
{
    public static double Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * y[i];
        }

        return s;
    }

    public static void Axpy(double a, ReadOnlySpan<double> x, Span<double> y)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    public static void Accumulate(ref double target, double value) => target += value;
}

/// <summary>The rules of <see cref="SpanKernels"/>, written against the span and reference duals.</summary>
public static class SpanKernelRules
{
    /// <summary>How many times these rules ran (the tests check that the compiler called them rather than lifting the kernels).</summary>
    public static int Calls;

    [FRule(typeof(SpanKernels), nameof(SpanKernels.Dot), typeof(ReadOnlySpan<double>), typeof(ReadOnlySpan<double>))]
    public static Dual<TChunk> Dot<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Interlocked.Increment(ref Calls);
        double s = 0;
        TChunk d = default;
        for (int i = 0; i < x.Length; i++)
        {
            s += x.Primal[i] * y.Primal[i];
            d = TChunk.Add(d, TChunk.Combine(x.TangentAt(i), y.Primal[i], y.TangentAt(i), x.Primal[i]));
        }

        return new Dual<TChunk>(s, d);
    }

    [FRule(typeof(SpanKernels), nameof(SpanKernels.Axpy), typeof(double), typeof(ReadOnlySpan<double>), typeof(Span<double>))]
    public static void Axpy<TChunk>(Dual<TChunk> a, ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Interlocked.Increment(ref Calls);
        Span<TChunk> dy = y.RequireTangent(nameof(y));
        for (int i = 0; i < x.Length; i++)
        {
            y.Primal[i] += a.Value * x.Primal[i];
            dy[i] = TChunk.Add(dy[i], TChunk.Combine(a.Partials, x.Primal[i], x.TangentAt(i), a.Value));
        }
    }

    [FRule(typeof(SpanKernels), nameof(SpanKernels.Accumulate), typeof(double), typeof(double))]
    public static void Accumulate<TChunk>(DualRef<double, TChunk> target, Dual<TChunk> value)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Interlocked.Increment(ref Calls);
        target.Primal += value.Value;
        target.Tangent = TChunk.Add(target.Tangent, value.Partials);
    }
}
