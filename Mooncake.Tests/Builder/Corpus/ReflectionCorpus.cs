using System.Reflection;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Reflection with a target known at run time, as visitor-style and plug-in code writes it:
/// <see cref="MethodBase.Invoke(object, object[])"/> of a BCL function with a rule, of a user's
/// static and instance methods (a class argument whose tangent travels in the <c>object[]</c>, a
/// method writing into an array argument, a widened integer argument), the binding-flags overload,
/// and <see cref="Delegate.DynamicInvoke"/> of closures and method groups.
/// </summary>
public sealed class ReflectionCorpus : ICorpusFamily
{
    private static readonly MethodInfo Sin = typeof(Math).GetMethod(nameof(Math.Sin), [typeof(double)])!;
    private static readonly MethodInfo Weighted = typeof(ReflectionCorpus).GetMethod(nameof(WeightedProduct), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo Fill = typeof(ReflectionCorpus).GetMethod(nameof(FillSquares), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(InvokeOfARuleFunction, CorpusCase.Point(2, -1, 1)),
        CorpusCase.Gradient(InvokeOfAUserMethod, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(VisitorOverNodes, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(InvokeWritingAnArrayArgument, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(InvokeWithBindingFlags, CorpusCase.Point(2, -1, 1)),
        CorpusCase.Gradient(DynamicInvokeOfAClosure, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(DynamicInvokeOfAMethodGroup, CorpusCase.Point(3, -1, 1)),
    ];

    public static double InvokeOfARuleFunction(double[] x) => (double)Sin.Invoke(null, [x[0] * x[1]])! + x[1];

    public static double InvokeOfAUserMethod(double[] x) => (double)Weighted.Invoke(null, [x[0], x[1], 3])! * x[2];

    public static double VisitorOverNodes(double[] x)
    {
        Node[] nodes = [new Leaf(x[0]), new Scaled(new Leaf(x[1]), x[2]), new Leaf(x[3] * x[0])];
        var visitor = new Evaluator();
        double s = 0;
        foreach (Node node in nodes)
        {
            MethodInfo visit = typeof(Evaluator).GetMethod(nameof(Evaluator.Visit), [node.GetType()])!;
            s += (double)visit.Invoke(visitor, [node])!;
        }

        return s;
    }

    public static double InvokeWritingAnArrayArgument(double[] x)
    {
        var squares = new double[x.Length];
        Fill.Invoke(null, [x, squares]);
        return squares.Sum() * squares[0];
    }

    public static double InvokeWithBindingFlags(double[] x) =>
        (double)Sin.Invoke(null, BindingFlags.Default, null, [x[0]], System.Globalization.CultureInfo.InvariantCulture)! * x[1];

    public static double DynamicInvokeOfAClosure(double[] x)
    {
        double scale = x[2];
        Func<double, double, double> f = (a, b) => Math.Exp(a * scale) + b;
        return (double)f.DynamicInvoke(x[0], x[1])!;
    }

    public static double DynamicInvokeOfAMethodGroup(double[] x)
    {
        Func<double, double, double, double> f = WeightedProduct;
        return (double)f.DynamicInvoke(x[0], x[1], 2.0)! + x[2];
    }

    private static double WeightedProduct(double a, double b, double weight) => weight * a * Math.Cos(b);

    private static void FillSquares(double[] x, double[] destination)
    {
        for (int i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] * x[i];
        }
    }

    private abstract class Node;

    private sealed class Leaf(double value) : Node
    {
        public double Value = value;
    }

    private sealed class Scaled(Node inner, double factor) : Node
    {
        public Node Inner = inner;
        public double Factor = factor;
    }

    private sealed class Evaluator
    {
        public double Visit(Leaf leaf) => leaf.Value * leaf.Value;

        public double Visit(Scaled scaled) => scaled.Factor * (double)GetType().GetMethod(nameof(Visit), [scaled.Inner.GetType()])!.Invoke(this, [scaled.Inner])!;
    }
}

[TestClass] public sealed class ReflectionCorpusTests : CorpusTests<ReflectionCorpus>;
