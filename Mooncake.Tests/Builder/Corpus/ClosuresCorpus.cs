namespace Mooncake.Tests.Builder.Corpus;

/// <summary>Lambdas passed to user methods, closures capturing active values, delegates stored and invoked, local functions.</summary>
public sealed class ClosuresCorpus : ICorpusFamily
{
    private static readonly Func<double, double> Cached = Math.Exp;

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(LambdaPassedToHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(MethodGroupPassedToHelper, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ClosureOverActiveValue, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ClosureOverArray, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ClosureWritesCapturedValue, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(LocalFunction, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(StaticLocalFunction, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(DelegateChosenAtRunTime, [0.3, -0.6, 0.8]),
        CorpusCase.Gradient(DelegateFromStaticField, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(ComposedDelegates, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(NestedClosures, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(DelegateOfTwoArguments, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(DelegateOverInstanceMethod, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(DelegateOverStructMethod, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(CustomDelegateType, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(ActionWritingArray, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(FunctionReturningClosure, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Derivative(x => Math.Sin(x) * Math.Exp(-x * x), 0.4),
        CorpusCase.Derivative(Capturing(0.5), 0.4, name: "Capturing(0.5)"),
    ];

    public static double LambdaPassedToHelper(double[] x) => SumOf(x, v => v * Math.Sin(v)) + SumOf(x, v => -v);

    public static double MethodGroupPassedToHelper(double[] x) => SumOf(x, Math.Tanh) * SumOf(x, Square);

    public static double ClosureOverActiveValue(double[] x)
    {
        double scale = x[0] * x[1];
        return SumOf(x, v => scale * v * v);
    }

    public static double ClosureOverArray(double[] x)
    {
        Func<int, double> at = i => x[i] * x[(i + 1) % x.Length];
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += at(i);
        }

        return s;
    }

    public static double ClosureWritesCapturedValue(double[] x)
    {
        double total = 0;
        Action<double> add = v => total += v * v;
        foreach (double v in x)
        {
            add(v);
        }

        return total * x[0];
    }

    public static double LocalFunction(double[] x)
    {
        double offset = x[3];
        double Shifted(double v) => Math.Exp(v + offset);
        return Shifted(x[0]) + Shifted(x[1]) * x[2];
    }

    public static double StaticLocalFunction(double[] x)
    {
        static double Cube(double v) => v * v * v;
        return Cube(x[0]) + Cube(x[1] * x[2]) - x[3];
    }

    public static double DelegateChosenAtRunTime(double[] x)
    {
        Func<double, double> f = x[0] > 0 ? Math.Sin : v => v * v;
        Func<double, double> g = x[1] > 0 ? Math.Sin : v => v * v;
        return f(x[2]) + g(x[2]) * x[0];
    }

    public static double DelegateFromStaticField(double[] x) => Cached(x[0]) * x[1] + Cached(x[2]);

    public static double ComposedDelegates(double[] x)
    {
        Func<double, double> f = Compose(Math.Sin, v => v * x[1]);
        Func<double, double> g = Compose(f, f);
        return g(x[0]) + f(x[2]);
    }

    public static double NestedClosures(double[] x)
    {
        double a = x[0];
        Func<double, Func<double, double>> adder = b => c => a * b + c;
        return adder(x[1])(x[2]) * adder(x[2])(a);
    }

    public static double DelegateOfTwoArguments(double[] x)
    {
        Func<double, double, double> f = (a, b) => a * Math.Cos(b);
        return Fold(x, 1.0, f);
    }

    public static double DelegateOverInstanceMethod(double[] x)
    {
        var line = new Line(x[0], x[1]);
        Func<double, double> at = line.At;
        return at(x[2]) * at(1);
    }

    public static double DelegateOverStructMethod(double[] x)
    {
        var line = new StructLine(x[0], x[1]);
        Func<double, double> at = line.At;
        return at(x[2]) * at(1);
    }

    public static double CustomDelegateType(double[] x)
    {
        Transform t = (ref double v, double by) => v = v * by + 1;
        double y = x[0];
        t(ref y, x[1]);
        t(ref y, x[2]);
        return y;
    }

    public static double ActionWritingArray(double[] x)
    {
        var y = new double[x.Length];
        Action<int> write = i => y[i] = x[i] * x[0];
        for (int i = 0; i < x.Length; i++)
        {
            write(i);
        }

        return y[1] + y[2] * y[3];
    }

    public static double FunctionReturningClosure(double[] x)
    {
        Func<double, double> f = MakeScaler(x[0]);
        return f(x[1]) + f(x[2]);
    }

    public static Func<double, double> Capturing(double c) => x => Math.Pow(x, 3) * c + Math.Sqrt(x + c);

    private static double SumOf(double[] x, Func<double, double> f)
    {
        double s = 0;
        foreach (double v in x)
        {
            s += f(v);
        }

        return s;
    }

    private static double Fold(double[] x, double seed, Func<double, double, double> f)
    {
        double acc = seed;
        foreach (double v in x)
        {
            acc = f(acc, v);
        }

        return acc;
    }

    private static Func<double, double> Compose(Func<double, double> outer, Func<double, double> inner) => v => outer(inner(v));

    private static Func<double, double> MakeScaler(double scale) => v => v * scale + Math.Sin(scale);

    private static double Square(double v) => v * v;

    public delegate void Transform(ref double value, double by);

    public sealed class Line(double slope, double intercept)
    {
        public double At(double t) => (slope * t) + intercept;
    }

    public readonly struct StructLine(double slope, double intercept)
    {
        public double At(double t) => (slope * t) + intercept;
    }
}
