namespace Mooncake.Tests.Builder.Corpus;

/// <summary>Calls to user methods: helpers, direct recursion, mutual recursion, recursion over arrays.</summary>
public sealed class RecursionCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Derivative(CallsHelpers, 0.8),
        CorpusCase.Derivative(PowerByRecursion, 1.1, x => 7 * Math.Pow(x, 6)),
        CorpusCase.Derivative(FastPower, 0.9, x => 13 * Math.Pow(x, 12)),
        CorpusCase.Derivative(IsEvenDepth, 0.6),
        CorpusCase.Derivative(ContinuedFraction, 0.5),
        CorpusCase.Derivative(TailRecursiveSum, 0.3),
        CorpusCase.Gradient(RecursiveSum, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(DivideAndConquerProduct, CorpusCase.Point(9, 0.5, 1.5)),
        CorpusCase.Gradient(MutualOverArray, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(FibonacciLike, [0.3, 0.7]),
        CorpusCase.Gradient(ManyArguments, CorpusCase.Point(6, 0.5, 1)),
    ];

    public static double CallsHelpers(double x) => Square(Twice(x)) + Square(x) * Twice(Math.Sin(x));

    public static double PowerByRecursion(double x) => Power(x, 7);

    public static double FastPower(double x) => FastPower(x, 13);

    public static double IsEvenDepth(double x) => Even(x, 6);

    public static double ContinuedFraction(double x) => Fraction(x, 8);

    public static double TailRecursiveSum(double x) => Accumulate(x, 0, 10);

    public static double RecursiveSum(double[] x) => SumFrom(x, 0);

    public static double DivideAndConquerProduct(double[] x) => Product(x, 0, x.Length);

    public static double MutualOverArray(double[] x) => Ping(x, x.Length - 1);

    public static double FibonacciLike(double[] x) => Fib(x[0], x[1], 9);

    public static double ManyArguments(double[] x) => Six(x[0], x[1], x[2], x[3], x[4], x[5]) * Six(x[5], 1, x[3], 2, x[1], 3);

    private static double Square(double x) => x * x;

    private static double Twice(double x) => 2 * x;

    private static double Power(double x, int n) => n == 0 ? 1 : x * Power(x, n - 1);

    private static double FastPower(double x, int n)
    {
        if (n == 0)
        {
            return 1;
        }

        double half = FastPower(x, n / 2);
        return n % 2 == 0 ? half * half : half * half * x;
    }

    private static double Even(double x, int n) => n == 0 ? x : Odd(Math.Sin(x) + x, n - 1);

    private static double Odd(double x, int n) => n == 0 ? -x : Even(x * 0.9, n - 1);

    private static double Fraction(double x, int depth) => depth == 0 ? x : x / (1 + Fraction(x + (0.1 * depth), depth - 1));

    private static double Accumulate(double x, double total, int n) => n == 0 ? total : Accumulate(x, total + Math.Pow(x, n), n - 1);

    private static double SumFrom(double[] x, int i) => i == x.Length ? 0 : (x[i] * x[i]) + SumFrom(x, i + 1);

    private static double Product(double[] x, int start, int end)
    {
        if (end - start == 1)
        {
            return x[start];
        }

        int middle = (start + end) / 2;
        return Product(x, start, middle) * Product(x, middle, end);
    }

    private static double Ping(double[] x, int i) => i < 0 ? 1 : Math.Cos(x[i]) * Pong(x, i - 1);

    private static double Pong(double[] x, int i) => i < 0 ? 1 : x[i] + Ping(x, i - 1);

    private static double Fib(double a, double b, int n) => n == 0 ? a : Fib(b, a + (b * 0.5), n - 1);

    private static double Six(double a, double b, double c, double d, double e, double f) => (a * b) + (c / d) - (e * f * a);
}
