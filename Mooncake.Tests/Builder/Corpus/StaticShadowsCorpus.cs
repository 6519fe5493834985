namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Static fields that receive values carrying derivatives, as libraries keep them: the last
/// input of a function read back by a helper, a settings singleton replaced with one built from
/// the input, a lazily computed static the first read fills, a static scratch array allocated
/// per call, a running accumulator across a loop, a float field, and a static written inside a
/// parallel loop's body and read after it. Each field's tangent lives in the pass's shadow; the
/// primal fields end as the primal leaves them.
/// </summary>
public sealed class StaticShadowsCorpus : ICorpusFamily
{
    private static double s_last;
    private static double s_total;
    private static float s_single;
    private static double[]? s_scratch;
    private static double s_cached = double.NaN;

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(LastInputReadByAHelper, [0.7, -1.2, 0.4]),
        CorpusCase.Gradient(SettingsSingleton, [0.7, -1.2, 0.4]),
        CorpusCase.Gradient(ScratchAllocatedPerCall, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(RunningAccumulator, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(LazilyComputedPerCall, [0.3, 0.8]),
        CorpusCase.Gradient(FloatField, [0.7, -1.2], tolerance: 1e-5),
        CorpusCase.Gradient(WrittenBeforeAParallelLoop, CorpusCase.Point(8, -1, 1)),
    ];

    public static double LastInputReadByAHelper(double[] x)
    {
        s_last = x[0] * x[1];
        return Squared() + (s_last * x[2]);
    }

    private static double Squared() => s_last * s_last;

    public static double SettingsSingleton(double[] x)
    {
        Settings.Current = new Settings { Scale = Math.Exp(x[0]), Offset = x[1] };
        return Scaled(x[2]);
    }

    private static double Scaled(double v) => (Settings.Current.Scale * v) + Settings.Current.Offset;

    public static double ScratchAllocatedPerCall(double[] x)
    {
        s_scratch = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            s_scratch[i] = Math.Sin(x[i]) * x[(i + 1) % x.Length];
        }

        return SumOfScratch();
    }

    private static double SumOfScratch()
    {
        double s = 0;
        foreach (double v in s_scratch!)
        {
            s += v;
        }

        return s;
    }

    public static double RunningAccumulator(double[] x)
    {
        s_total = 0;
        foreach (double v in x)
        {
            Accumulate(v * v);
        }

        return s_total;
    }

    private static void Accumulate(double v) => s_total += v;

    /// <summary>A static cache cleared and filled from the input on every call (a memo of the last argument).</summary>
    public static double LazilyComputedPerCall(double[] x)
    {
        s_cached = double.NaN;
        return Cached(x) + Cached(x);
    }

    private static double Cached(double[] x)
    {
        if (double.IsNaN(s_cached))
        {
            s_cached = x[0] * Math.Log(1 + x[1]);
        }

        return s_cached;
    }

    public static double FloatField(double[] x)
    {
        s_single = (float)x[0] * (float)x[1];
        return s_single * s_single;
    }

    public static double WrittenBeforeAParallelLoop(double[] x)
    {
        s_last = x[0];
        var y = new double[x.Length];
        Parallel.For(0, x.Length, i => y[i] = x[i] * s_last);
        return y.Sum();
    }

    public sealed class Settings
    {
        public double Scale = 1;
        public double Offset;

        public static Settings Current { get; set; } = new();
    }
}
