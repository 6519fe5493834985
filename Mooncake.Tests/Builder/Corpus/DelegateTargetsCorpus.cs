namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Delegates handed to helpers (an integrator, a solver, a wrapper lambda around a lambda), whose
/// rules call the known target directly (<c>KnownDelegates</c>), and the shapes where the target
/// is not known and the call must still find the right one: a parameter assigned another lambda,
/// a local assigned twice, a choice between two lambdas, recursion. Calls through delegates and
/// virtual methods with constant numbers among their arguments (the site holds them constant);
/// constant tables kept in objects' fields and cloned.
/// </summary>
public sealed class DelegateTargetsCorpus : ICorpusFamily
{
    private static readonly double[] Nodes = [-0.9, -0.5, -0.1, 0.3, 0.7];
    private static readonly double[] Weights = [0.4, 0.9, 1.1, 0.8, 0.3];
    private static readonly Rule StaticRule = new(Nodes, Weights);
    private static readonly double[] Shared = new double[4];
    private static readonly Holder SharedHolder = new(Shared);

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Derivative(t => Sum(u => Math.Exp(-t * u * u) * Math.Cos(u)), 0.6,
            exact: t => Enumerable.Range(0, Nodes.Length).Sum(i => Weights[i] * -Nodes[i] * Nodes[i] * Math.Exp(-t * Nodes[i] * Nodes[i]) * Math.Cos(Nodes[i]))),
        CorpusCase.Gradient(x => Sum(u => Math.Sin(x[0] * u) + (x[1] * u * u)), [0.4, -0.8]),
        CorpusCase.Gradient(x => Mapped(u => (x[0] * u) + Math.Exp(x[1] * u), -1.0, 2.0), [0.4, -0.8]),
        CorpusCase.Gradient(x => Mapped(u => x[0] * u * u, x[1], 2.0), [0.4, -0.8]),
        CorpusCase.Derivative(x => Reassigned(y => y * 5, x), 0.7, exact: x => 6 * x),
        CorpusCase.Derivative(x => Reassigned(y => y * 5, -20 - x), 0.7, exact: _ => -5),
        CorpusCase.Derivative(x => LocalAssignedTwice(x), 0.7, exact: x => 3 * Math.Cos(x)),
        CorpusCase.Derivative(x => Chosen(x), 0.7, exact: x => 2 * x),
        CorpusCase.Derivative(x => Chosen(x), -0.7, exact: x => Math.Cos(x), name: "x => Chosen(x) at a negative x"),
        CorpusCase.Derivative(x => Nested(y => y * y * x, x, 3), 0.7),
        CorpusCase.Gradient(x => Twice(y => y * x[0], x[1]), [0.4, -0.8], exact: x => [2 * x[0] * x[1], x[0] * x[0]]),
        CorpusCase.Gradient(ConstantNumbersThroughADelegate, [0.4, -0.8, 1.3], exact: x => [(4 * x[0]) + 1, 1, 0.5 * Math.Cos(x[2])]),
        CorpusCase.Gradient(ConstantNumbersThroughAVirtualCall, [0.4, -0.8], exact: x => [6 * x[0], 3 * x[1]]),
        CorpusCase.Derivative(x => StaticRule.Apply(u => Math.Sin(x * u)), 0.6,
            exact: x => Enumerable.Range(0, Nodes.Length).Sum(i => Weights[i] * Nodes[i] * Math.Cos(x * Nodes[i]))),
        CorpusCase.Derivative(x => new Rule(Nodes, Weights).Apply(u => Math.Sin(x * u)), 0.6),
        CorpusCase.Gradient(ClonedTable, [0.4, -0.8, 1.3]),
        CorpusCase.Gradient(WrittenThroughAHolder, [0.4, -0.8, 1.3], exact: x => [2 * x[0] * x[1], x[0] * x[0], 1]),
    ];

    // A quadrature over the static nodes: the rule of Sum for a lambda built at the call site
    // calls the lambda's rule directly.
    private static double Sum(Func<double, double> f)
    {
        double s = 0;
        for (int i = 0; i < Nodes.Length; i++)
        {
            s += Weights[i] * f(Nodes[i]);
        }

        return s;
    }

    // MathNet's GaussLegendre shape: a lambda over the caller's lambda and the interval, handed on.
    private static double Mapped(Func<double, double> f, double a, double b)
    {
        Func<double, double> u = t => f(((b - a) / 4 * t) + ((b + a) / 2)) * (b - a) / 4;
        return Sum(u);
    }

    // The parameter is assigned another lambda: its target is no longer the caller's.
    private static double Reassigned(Func<double, double> f, double x)
    {
        if (x > -10)
        {
            f = y => y * y * 3;
        }

        return f(x);
    }

    private static double LocalAssignedTwice(double x)
    {
        Func<double, double> f = y => y * 2;
        double first = f(x);
        f = y => Math.Sin(y) * 3;
        return f(x) + (first * 0);
    }

    private static double Chosen(double x)
    {
        Func<double, double> f = x > 0 ? y => y * y : Math.Sin;
        return f(x);
    }

    private static double Nested(Func<double, double> f, double x, int depth) => depth == 0 ? f(x) : Nested(f, x * 1.5, depth - 1) + f(x);

    private static double Twice(Func<double, double> f, double x) => f(f(x));

    private static double ConstantNumbersThroughADelegate(double[] x)
    {
        Func<double, double, double> scaled = (c, y) => c * y * y;
        Func<double, double, double> sum = (y, c) => (y * c) / 9;
        Func<double, double> sine = Math.Sin;
        return scaled(2.0, x[0]) + sum(x[0] + x[1], 9.0) + (0.5 * sine(x[2]));
    }

    private static double ConstantNumbersThroughAVirtualCall(double[] x)
    {
        Shape square = new Square();
        return square.Evaluate(3.0, x[0]) + square.Evaluate(1.5, x[1]);
    }

    // A copy of a constant table, scaled by the input: the copy shares nothing with the table.
    private static double ClonedTable(double[] x)
    {
        double[] copy = StaticRule.WeightsCopy();
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            copy[i] *= x[i];
            s += copy[i] * x[i];
        }

        return s + Weights[0];
    }

    // A static array that a method writes derivatives into through an object's field: neither the
    // array nor the field holds constant data, and the derivative written is read back.
    private static double WrittenThroughAHolder(double[] x)
    {
        SharedHolder.Store(x[0] * x[0] * x[1]);
        return Shared[0] + x[2];
    }

    private abstract class Shape
    {
        public abstract double Evaluate(double c, double x);
    }

    private sealed class Square : Shape
    {
        public override double Evaluate(double c, double x) => c * x * x;
    }

    // A rule that keeps a static table in its fields (MathNet's GaussPointPair): the table stays constant.
    private sealed class Rule(double[] nodes, double[] weights)
    {
        internal double[] Nodes { get; } = nodes;

        internal double[] Weights { get; } = weights;

        public double Apply(Func<double, double> f)
        {
            double s = 0;
            for (int i = 0; i < Nodes.Length; i++)
            {
                s += Weights[i] * f(Nodes[i]);
            }

            return s;
        }

        public double[] WeightsCopy() => (double[])Weights.Clone();
    }

    private sealed class Holder(double[] data)
    {
        private readonly double[] _data = data;

        public void Store(double value) => _data[0] = value;
    }
}

[TestClass] public sealed class DelegateTargetsCorpusTests : CorpusTests<DelegateTargetsCorpus>;
