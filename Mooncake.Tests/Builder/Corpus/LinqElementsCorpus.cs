using System.Numerics;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// LINQ over elements other than doubles: complex numbers, user structs, tuples and floats through
/// lazy pipelines, <c>ToArray</c>/<c>ToList</c> of lazy sequences (the BCL's own fills go through
/// span builders; the compiler differentiates plain stand-ins in their place), <c>Aggregate</c>
/// (whose span fast path is a stand-in's enumerator path), <c>GroupBy</c> (its groupings grow by
/// <c>Array.Resize</c>), and the double rules fed by lazy sequences of other elements.
/// </summary>
public sealed class LinqElementsCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(ComplexAggregate, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ComplexToArray, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ComplexToListMinBy, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ComplexArrayAggregate, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(ComplexPipelineIntoDoubleSum, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ComplexSkipTakeReverse, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ComplexConcatZip, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(TupleToList, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(TupleWhereToArray, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(StructToArrayMax, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(GroupByTuples, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(FloatLazyToArray, CorpusCase.Point(5, -1, 1), tolerance: 1e-4),
        CorpusCase.Gradient(UserIteratorIntoSum, CorpusCase.Point(5, -1, 1)),
    ];

    public static double ComplexAggregate(double[] x) =>
        x.Select(v => new Complex(v, v * v)).Aggregate(Complex.Zero, (a, b) => a + (b * b)).Real;

    public static double ComplexToArray(double[] x) => x.Select(v => new Complex(v, 2 * v)).ToArray().Sum(c => c.Magnitude);

    public static double ComplexToListMinBy(double[] x)
    {
        List<Complex> list = x.Select(v => new Complex(v, 1 - v)).ToList();
        return list.MinBy(c => c.Real).Imaginary * list.Sum(c => c.Real * c.Imaginary);
    }

    public static double ComplexArrayAggregate(double[] x)
    {
        Complex[] c = [.. x.Select(v => new Complex(v, -v))];
        return c.Aggregate((a, b) => a * b).Imaginary;
    }

    public static double ComplexPipelineIntoDoubleSum(double[] x) =>
        x.Select(v => new Complex(v, v)).ToList().Select(c => c.Magnitude).Sum();

    public static double ComplexSkipTakeReverse(double[] x) =>
        x.Select(v => new Complex(v, v)).Skip(1).Take(3).Reverse().Select((c, i) => c.Real * (i + 1)).Sum();

    public static double ComplexConcatZip(double[] x) =>
        x.Select(v => new Complex(v, 0)).Concat([new Complex(1, 1)]).Zip(x, (c, d) => (c * d).Real).Sum();

    public static double TupleToList(double[] x) => x.Select(v => (v, v * v)).ToList().Sum(t => t.Item1 * t.Item2);

    public static double TupleWhereToArray(double[] x) =>
        x.Select((v, i) => (v, i)).Where(t => t.i != 2).ToArray().Sum(t => t.v * t.v * t.i);

    public static double StructToArrayMax(double[] x) => x.Select(v => new Pair(v, v * 2)).ToArray().Max(p => p.A * p.B);

    public static double GroupByTuples(double[] x) =>
        x.Select((v, i) => (v, i)).GroupBy(t => t.i % 3).Sum(g => g.Sum(t => t.v * t.v) * g.Key);

    public static double FloatLazyToArray(double[] x) => x.Select(v => (float)v).Where(f => f > -5).ToArray().Sum(f => (double)f * f);

    public static double UserIteratorIntoSum(double[] x) => Pairs(x).Select(p => p.A * Math.Sin(p.B)).Sum();

    private static IEnumerable<Pair> Pairs(double[] x)
    {
        for (int i = 0; i + 1 < x.Length; i++)
        {
            yield return new Pair(x[i], x[i + 1]);
        }
    }

    public readonly record struct Pair(double A, double B);
}

[TestClass] public sealed class LinqElementsCorpusTests : CorpusTests<LinqElementsCorpus>;
