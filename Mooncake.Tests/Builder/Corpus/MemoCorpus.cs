namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Functions whose passes call memoised scalar functions (<c>PrimalMemo</c>): every memoised
/// function, a fused sine/cosine pair, calls inside a helper, functions whose passes take other
/// paths or call more functions than the memo holds. The corpus checks them against finite
/// differences; <c>PrimalMemoTests</c> checks they are bit for bit what they are without a memo.
/// </summary>
public sealed class MemoCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Ackley, CorpusCase.Point(9, -2, 2)),
        CorpusCase.Gradient(EveryFunction, CorpusCase.Point(7, 0.1, 0.9)),
        CorpusCase.Gradient(SineTimesCosine, CorpusCase.Point(6, -2, 2), x => [.. x.Select(v => Math.Cos(2 * v))]),
        CorpusCase.Gradient(ThroughAHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(MatrixSumOfVector, CorpusCase.Point(6, 0.1, 0.9)),
    ];

    public static double Ackley(double[] x)
    {
        double squares = 0, cosines = 0;
        for (int i = 0; i < x.Length; i++)
        {
            squares += x[i] * x[i];
            cosines += Math.Cos(2 * Math.PI * x[i]);
        }

        return (-20 * Math.Exp(-0.2 * Math.Sqrt(squares / x.Length))) - Math.Exp(cosines / x.Length) + 20 + Math.E;
    }

    // Each memoised function once per element, at arguments inside its domain.
    public static double EveryFunction(double[] x)
    {
        double s = 0;
        foreach (double t in x)
        {
            double u = 0.9 * Math.Tanh(t), p = 1 + (t * t);
            s += Math.Sin(t) + Math.Cos(t) + Math.Tan(0.3 * t) + Math.Asin(u) + Math.Acos(u) + Math.Atan(t);
            s += double.SinPi(t) + double.CosPi(t) + double.TanPi(0.1 * t) + double.AsinPi(u) + double.AcosPi(u) + double.AtanPi(t);
            s += Math.Exp(0.1 * t) + double.Exp2(0.1 * t) + double.Exp10(0.1 * t) + double.ExpM1(t) + double.Exp2M1(t) + double.Exp10M1(0.1 * t);
            s += Math.Log(p) + Math.Log2(p) + Math.Log10(p) + double.LogP1(t * t) + double.Log2P1(t * t) + double.Log10P1(t * t);
            s += Math.Sinh(t) + Math.Cosh(t) + Math.Tanh(t) + Math.Asinh(t) + Math.Acosh(p + 0.5) + Math.Atanh(u) + Math.Cbrt(t);
        }

        return s;
    }

    public static double SineTimesCosine(double[] x)
    {
        double s = 0;
        foreach (double t in x)
        {
            s += Math.Sin(t) * Math.Cos(t);
        }

        return s;
    }

    public static double ThroughAHelper(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Bump(x[i]) * Math.Log(2 + x[(i + 1) % x.Length]);
        }

        return s;
    }

    // More memoised calls in one pass than PrimalMemo.MaxEntries.
    public static double ManySines(double[] x)
    {
        double s = 0;
        for (int k = 0; k < 600_000; k++)
        {
            s += Math.Sin(x[k % x.Length] + (k * 1e-7));
        }

        return s;
    }

    public static double[] Map(double[] x)
    {
        var y = new double[x.Length];
        MapInPlace(y, x);
        return y;
    }

    public static void MapInPlace(double[] y, double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Sin(x[i]) * Math.Exp(x[(i + 1) % x.Length]);
        }
    }

    public static double MatrixSum(double[,] m)
    {
        double s = 0;
        for (int i = 0; i < m.GetLength(0); i++)
        {
            for (int j = 0; j < m.GetLength(1); j++)
            {
                s += Math.Cos(m[i, j]) * Math.Log(1 + m[i, j]);
            }
        }

        return s;
    }

    public static double MatrixSumOfVector(double[] x)
    {
        var m = new double[2, x.Length / 2];
        for (int k = 0; k < x.Length; k++)
        {
            m[k % 2, k / 2] = x[k];
        }

        return MatrixSum(m);
    }

    /// <summary>Two memoised calls on a scalar: sin(t)·exp(t).</summary>
    public static double SineTimesExponential(double t) => Math.Sin(t) * Math.Exp(t);

    public static double ThrowsAfterASine(double[] x) =>
        Math.Sin(x[0]) < 10 ? throw new InvalidOperationException("thrown by the function") : x[1];

    private static double Bump(double t) => Math.Exp(-t * t) * Math.Sin(3 * t);

    /// <summary>A closure whose passes differ: each call computes other functions at other arguments.</summary>
    public sealed class PassCounter
    {
        public int Calls;

        public double Alternating(double[] x)
        {
            Calls++;
            double s = 0;
            if (Calls % 2 == 0)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    s += Math.Sin(x[i] + (0.01 * Calls));
                }
            }
            else
            {
                for (int i = x.Length - 1; i >= 0; i--)
                {
                    s += Math.Exp(x[i]) + Math.Sin(x[i]);
                }
            }

            return s;
        }
    }
}
