namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// <c>System.Linq</c> over <c>double[]</c>: Select, Where, Zip, Skip, Take, Sum, Average, Max,
/// Min, Aggregate. The reductions have rules; the lazy operators go through theirs (or through
/// the builder, where they have none).
/// </summary>
public sealed class LinqCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Sum, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(Average, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(MaxAndMin, [0.3, -0.8, 0.1, 0.9, -0.4]),
        CorpusCase.Gradient(SumOfSelector, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(SelectorCapturingActiveValue, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(AggregateWithSeed, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(AggregateWithoutSeed, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(Select, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(SelectToArray, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(Where, [0.3, -0.8, 0.1, 0.9, -0.4, 0.6]),
        CorpusCase.Gradient(Zip, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(SkipAndTake, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(Pipeline, [0.3, -0.8, 0.1, 0.9, -0.4, 0.6]),
        CorpusCase.Gradient(ToList, CorpusCase.Point(5, -1, 1)),
    ];

    public static double Sum(double[] x) => x.Sum() * x[0];

    public static double Average(double[] x) => x.Average() + x[1];

    public static double MaxAndMin(double[] x) => x.Max() * x.Min();

    public static double SumOfSelector(double[] x) => x.Sum(v => v * v) + x.Average(Math.Exp) + x.Max(v => -v * v);

    public static double SelectorCapturingActiveValue(double[] x)
    {
        double c = x[0];
        return x.Sum(v => Math.Sin(v * c));
    }

    public static double AggregateWithSeed(double[] x) => x.Aggregate(1.0, (acc, v) => (acc * 0.5) + (v * v));

    public static double AggregateWithoutSeed(double[] x) => x.Aggregate((acc, v) => acc * Math.Cos(v));

    public static double Select(double[] x) => x.Select(v => v * v).Sum();

    public static double SelectToArray(double[] x)
    {
        double[] y = x.Select(Math.Sin).ToArray();
        return y[0] * y[1] + y[^1];
    }

    public static double Where(double[] x) => x.Where(v => v > 0).Sum() * x[1];

    public static double Zip(double[] x) => x.Zip(x.Skip(1), (a, b) => a * b).Sum();

    public static double SkipAndTake(double[] x) => x.Skip(1).Take(3).Sum() * x.Take(2).Average();

    public static double Pipeline(double[] x) => x.Where(v => v > -0.5).Select(v => v * v + 1).Take(4).Aggregate((a, b) => a * b);

    public static double ToList(double[] x)
    {
        List<double> list = x.ToList();
        list.Add(x[0] * x[1]);
        return (list[0] * list[^1]) + list[2];
    }

    // Not a corpus case: OrderBy has no rule and the builder cannot follow its sorter (see
    // UnsupportedLinqTests, which checks that building its rule fails at the call, by name).
    public static double OrderBy(double[] x)
    {
        double[] sorted = x.OrderBy(v => v).ToArray();
        return (sorted[0] * sorted[^1]) + sorted[2];
    }
}
