namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// <c>throw</c>, try/catch/finally and filters on the primal path: the derived rule takes the
/// paths the primal takes. (A function whose own exception escapes is in the bad-input tests.)
/// </summary>
public sealed class ExceptionsCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(TryFinally, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(CatchesItsOwnThrow, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(CatchesItsOwnThrow, [0.3, 0.8, 0.5], name: "CatchesItsOwnThrow (no throw)"),
        CorpusCase.Gradient(CatchesABclException, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(CatchesFromCallee, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(ExceptionFilter, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(NestedTryBlocks, [0.3, -0.8, 0.5]),
        CorpusCase.Gradient(ThrowNotTaken, CorpusCase.Point(4, 0.1, 1)),
        CorpusCase.Gradient(UsingStatement, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(CheckedArithmetic, CorpusCase.Point(3, -1, 1)),
    ];

    public static double TryFinally(double[] x)
    {
        double s = x[0];
        try
        {
            s *= x[1];
        }
        finally
        {
            s += x[2] * x[3];
        }

        return s;
    }

    public static double CatchesItsOwnThrow(double[] x)
    {
        double s = x[0] * x[2];
        try
        {
            if (x[1] < 0)
            {
                throw new InvalidOperationException("negative");
            }

            s += x[1];
        }
        catch (InvalidOperationException)
        {
            s -= x[2] * x[2];
        }

        return s;
    }

    public static double CatchesABclException(double[] x)
    {
        double s = x[0];
        try
        {
            int i = (int)(x[1] * 100);
            s *= x[i + 80];
        }
        catch (IndexOutOfRangeException)
        {
            s *= x[2];
        }

        return s;
    }

    public static double CatchesFromCallee(double[] x)
    {
        try
        {
            return Checked(x[1]) * x[0];
        }
        catch (ArgumentException e) when (e.ParamName == "v")
        {
            return x[0] * x[2];
        }
    }

    public static double ExceptionFilter(double[] x)
    {
        double s = x[0];
        try
        {
            s += Checked(x[1]);
        }
        catch (ArgumentException) when (x[2] > 0)
        {
            s *= x[2];
        }

        return s;
    }

    public static double NestedTryBlocks(double[] x)
    {
        double s = x[0];
        try
        {
            try
            {
                s += Checked(x[1]);
            }
            finally
            {
                s *= x[2];
            }
        }
        catch (ArgumentOutOfRangeException)
        {
            s += x[2];
        }

        return s;
    }

    public static double ThrowNotTaken(double[] x)
    {
        double s = 0;
        foreach (double v in x)
        {
            s += v > 0 ? Math.Log(v) : throw new ArgumentException("non-positive", nameof(x));
        }

        return s;
    }

    public static double UsingStatement(double[] x)
    {
        var log = new Log();
        double s;
        using (log)
        {
            s = x[0] * x[1];
            log.Count++;
        }

        return s + x[2] * log.Count;
    }

    public static double CheckedArithmetic(double[] x)
    {
        int n = checked(x.Length * 2);
        return checked(x[0] * n + x[1] * x[2]);
    }

    private static double Checked(double v) => v >= 0 ? Math.Sqrt(v) : throw new ArgumentOutOfRangeException(nameof(v), v, "negative");

    private sealed class Log : IDisposable
    {
        public int Count { get; set; }

        public void Dispose() => Count += 10;
    }
}
