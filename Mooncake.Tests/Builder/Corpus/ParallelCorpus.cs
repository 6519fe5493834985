using System.Collections.Concurrent;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Parallel loops as numerical code writes them: <see cref="Parallel.For(int, int, Action{int})"/>
/// writing disjoint elements, with <see cref="ParallelOptions"/>, <see cref="Parallel.ForEach{TSource}(Partitioner{TSource}, Action{TSource})"/>
/// over <see cref="Partitioner.Create(int, int, int)"/> ranges (MathNet's <c>CommonParallel.For</c>),
/// over indices, <see cref="Parallel.Invoke(Action[])"/>, a loop nested in a loop's body, and a
/// body that fills a static scratch array each iteration reads back. The derived bodies run in
/// parallel; each case's derivatives are checked as any other's.
/// </summary>
public sealed class ParallelCorpus : ICorpusFamily
{
    private static readonly ParallelOptions TwoWorkers = new() { MaxDegreeOfParallelism = 2 };

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(ForOverElements, CorpusCase.Point(37, -1, 1)),
        CorpusCase.Gradient(ForWithOptions, CorpusCase.Point(20, -1, 1)),
        CorpusCase.Gradient(ForEachOverRanges, CorpusCase.Point(41, -1, 1)),
        CorpusCase.Gradient(ForEachOverIndices, CorpusCase.Point(9, -1, 1)),
        CorpusCase.Gradient(InvokeTwoHalves, CorpusCase.Point(10, -1, 1)),
        CorpusCase.Gradient(NestedLoops, CorpusCase.Point(12, -1, 1)),
        CorpusCase.Gradient(MatrixVectorRows, CorpusCase.Point(30, -1, 1)),
    ];

    public static double ForOverElements(double[] x)
    {
        var y = new double[x.Length];
        Parallel.For(0, x.Length, i => y[i] = Math.Exp(x[i]) * x[(i + 1) % x.Length]);
        return y.Sum();
    }

    public static double ForWithOptions(double[] x)
    {
        var y = new double[x.Length];
        Parallel.For(0, x.Length, TwoWorkers, i => y[i] = x[i] * x[i] * (i + 1));
        return Math.Sqrt(y.Sum());
    }

    public static double ForEachOverRanges(double[] x)
    {
        var y = new double[x.Length];
        Parallel.ForEach(Partitioner.Create(0, x.Length, 8), TwoWorkers, range =>
        {
            for (int i = range.Item1; i < range.Item2; i++)
            {
                y[i] = Math.Sin(x[i]) * x[x.Length - 1 - i];
            }
        });
        double s = 0;
        foreach (double v in y)
        {
            s += v;
        }

        return s;
    }

    public static double ForEachOverIndices(double[] x)
    {
        var y = new double[x.Length];
        Parallel.ForEach(Enumerable.Range(0, x.Length), i => y[i] = Math.Log(1 + (x[i] * x[i])));
        return y.Sum();
    }

    public static double InvokeTwoHalves(double[] x)
    {
        double first = 0, second = 0;
        int half = x.Length / 2;
        Parallel.Invoke(
            () => first = x.Take(half).Sum(v => v * v),
            () => second = x.Skip(half).Sum(v => Math.Cos(v)));
        return first * second;
    }

    public static double NestedLoops(double[] x)
    {
        int n = 3, m = x.Length / n;
        var y = new double[x.Length];
        Parallel.For(0, n, i => Parallel.For(0, m, j => y[(i * m) + j] = x[(i * m) + j] * x[(j * n) % x.Length]));
        return y.Sum();
    }

    /// <summary>y = A x for a 5 x 6 matrix in the first 30 inputs' layout, rows in parallel, then |y|².</summary>
    public static double MatrixVectorRows(double[] x)
    {
        const int rows = 5, columns = 6;
        var y = new double[rows];
        Parallel.For(0, rows, r =>
        {
            double s = 0;
            for (int c = 0; c < columns; c++)
            {
                s += x[(r * columns) + c] * x[c];
            }

            y[r] = s;
        });
        return y.Sum(v => v * v);
    }
}
