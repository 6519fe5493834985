namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Helpers that take no argument carrying a derivative but read static data that other code of
/// the same pass wrote derivatives into: they must run their derived rules, not the primal (which
/// returned the values with zero derivatives: every gradient below was zero, or partly zero,
/// before <c>PrimalSafety</c>). Also static data copied between static arrays by such a helper,
/// a static object's field written and read back through a helper, and the same helpers where
/// nothing was written (their reads are then of constant data).
/// </summary>
public sealed class StaticStateCorpus : ICorpusFamily
{
    private static readonly double[] S = new double[4];
    private static readonly double[] T = new double[4];
    private static readonly double[] Untouched = [0.5, -1.25, 2.0, 0.75];
    private static readonly Box B0 = new();
    private static readonly double[] Stored = new double[2];
    private static double[]? s_lazyTable;

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(WrittenThenSummedByANoArgumentHelper, [1.0, 2.0], exact: x => [6 * x[0], 6 * x[1]]),
        CorpusCase.Gradient(WrittenHereThenSummed, [1.0, 2.0], exact: x => [6 * x[0], 6 * x[1]]),
        CorpusCase.Gradient(WrittenThenReadByAGetter, [1.0, 2.0], exact: x => [2 * x[0], 0]),
        CorpusCase.Gradient(GetterPlusDirectRead, [1.0, 2.0], exact: x => [2 * x[0], 2 * x[1]]),
        CorpusCase.Gradient(WrittenThenScaledByAConstant, [1.0, 2.0], exact: x => [6 * x[0], 0]),
        CorpusCase.Gradient(CopiedBetweenStatics, [1.0, 2.0], exact: x => [2 * x[0], 2 * x[1]]),
        CorpusCase.Gradient(ObjectFieldThroughAHelper, [1.0, 2.0], exact: x => [x[1], x[0]]),
        CorpusCase.Gradient(ObjectArrayThroughAHelper, [1.0, 2.0], exact: x => [2 * x[0], 2 * x[1]]),
        CorpusCase.Gradient(UntouchedTableThroughAHelper, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Derivative(ScalarWrittenThenRead, 0.7, exact: t => Math.Cos(t) * 3),
        CorpusCase.Gradient(StoredByAVoidHelperOfNumbers, [1.5, -0.5], exact: x => [2 * x[0], 3]),
        CorpusCase.Gradient(LazilyBuiltTable, CorpusCase.Point(3, -1, 1)),
    ];

    // A helper of numbers only, returning nothing, that stores its active argument into static
    // data: it ran as the primal (it takes only copies), and the stored value lost its derivative.
    private static double StoredByAVoidHelperOfNumbers(double[] x)
    {
        Store(0, x[0] * x[0]);
        Store(1, 3 * x[1]);
        return Stored[0] + Stored[1];
    }

    private static void Store(int i, double value) => Stored[i] = value;

    // s ??= Build(): refused before (the store was taken for an active value's); the table is constant.
    private static double LazilyBuiltTable(double[] x)
    {
        double[] table = s_lazyTable ??= BuildTable();
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += table[i] * Math.Sin(x[i]);
        }

        return s;
    }

    private static double[] BuildTable() => [0.5, -1.25, 2.0];

    private static double WrittenThenSummedByANoArgumentHelper(double[] x)
    {
        Write(x);
        return SumTimesThree(x.Length);
    }

    private static double WrittenHereThenSummed(double[] x)
    {
        S[0] = x[0] * x[0];
        S[1] = x[1] * x[1];
        return SumTimesThree(2);
    }

    private static double WrittenThenReadByAGetter(double[] x)
    {
        Write(x);
        return First();
    }

    private static double GetterPlusDirectRead(double[] x)
    {
        Write(x);
        return First() + S[1];
    }

    private static double WrittenThenScaledByAConstant(double[] x)
    {
        Write(x);
        return FirstTimes(3.0);
    }

    private static double CopiedBetweenStatics(double[] x)
    {
        Write(x);
        CopySToT();
        return T[0] + T[1];
    }

    private static double ObjectFieldThroughAHelper(double[] x)
    {
        B0.V = x[0] * x[1];
        return ReadBoxValue();
    }

    private static double ObjectArrayThroughAHelper(double[] x)
    {
        B0.A[0] = x[0] * x[0];
        B0.A[1] = x[1] * x[1];
        return ReadBoxArray();
    }

    private static double UntouchedTableThroughAHelper(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Math.Sin(x[i]) * UntouchedAt(i);
        }

        return s;
    }

    private static double ScalarWrittenThenRead(double t)
    {
        S[2] = Math.Sin(t);
        return ThirdTimesThree();
    }

    private static void Write(double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            S[i] = x[i] * x[i];
        }
    }

    private static double SumTimesThree(int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s += S[i] * 3;
        }

        return s;
    }

    private static double First() => S[0];

    private static double FirstTimes(double k) => S[0] * k;

    private static double ThirdTimesThree() => S[2] * 3;

    private static void CopySToT()
    {
        for (int i = 0; i < 2; i++)
        {
            T[i] = S[i];
        }
    }

    private static double ReadBoxValue() => B0.V;

    private static double ReadBoxArray() => B0.A[0] + B0.A[1];

    private static double UntouchedAt(int i) => Untouched[i];

    private sealed class Box
    {
        public double V;
        public double[] A = new double[2];
    }
}

[TestClass] public sealed class StaticStateCorpusTests : CorpusTests<StaticStateCorpus>;
