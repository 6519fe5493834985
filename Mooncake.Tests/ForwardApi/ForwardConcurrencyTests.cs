using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// Eight threads released together differentiate the same and different functions, at several
/// widths, building their rules concurrently (the functions here are used by no other test, so
/// their rules are built inside the race) and calling them many times; every result is bit for
/// bit the result of the same call made on one thread afterwards.
/// </summary>
[TestClass]
public sealed class ForwardConcurrencyTests
{
    private const int Threads = 8;
    private const int Rounds = 20;

    private static readonly double[] Point = [0.3, -0.7, 1.1, 0.5, -0.2, 0.9, 1.4, -1.3, 0.6];

    // Each function calls helpers of its own, so concurrent builds also race on the callees' rules.
    private static readonly Func<double[], double>[] Functions =
    [
        ConcurrencyFunctions.Rosenbrock,
        ConcurrencyFunctions.Ackley,
        ConcurrencyFunctions.SoftplusChain,
        ConcurrencyFunctions.WeightedNorm,
    ];

    [TestMethod]
    public void ConcurrentGradientsMatchOneThreadBitForBit()
    {
        // Threads 0-3 all run function 0 (identical); threads 4-7 each run their own (different).
        // Each thread walks the widths in its own order, so different widths build at once too.
        int[] widths = [1, 3, 4, 8, 16];
        var results = new double[Threads][][];
        ThreadsTogether.Run(Threads, t =>
        {
            Func<double[], double> f = Functions[t < 4 ? 0 : t - 4];
            results[t] = new double[widths.Length][];
            for (int round = 0; round < Rounds; round++)
            {
                for (int k = 0; k < widths.Length; k++)
                {
                    int w = (k + t) % widths.Length;
                    double[] gradient = Forward.Gradient(f, Point, widths[w]);
                    if (round == 0)
                    {
                        results[t][w] = gradient;
                    }
                    else
                    {
                        CollectionAssert.AreEqual(results[t][w], gradient, $"thread {t}, width {widths[w]}, round {round}");
                    }
                }
            }
        });

        for (int t = 0; t < Threads; t++)
        {
            Func<double[], double> f = Functions[t < 4 ? 0 : t - 4];
            for (int w = 0; w < widths.Length; w++)
            {
                CollectionAssert.AreEqual(Forward.Gradient(f, Point, widths[w]), results[t][w], $"thread {t} against one thread at width {widths[w]}");
            }
        }
    }

    [TestMethod]
    public void PlansAndDerivativesOnEveryThreadMatchOneThreadBitForBit()
    {
        // Each thread prepares its own plans (a plan is used by one thread at a time) for a function
        // also prepared on every other thread, and mixes in the one-shot Jacobian and Derivative.
        var values = new double[Threads][];
        ThreadsTogether.Run(Threads, t => values[t] = PlansAndDerivatives(t));

        // Widths give the same derivatives up to rounding, not bit for bit, so compare each thread
        // with a single-threaded run at its own widths.
        for (int t = 0; t < Threads; t++)
        {
            CollectionAssert.AreEqual(PlansAndDerivatives(t), values[t], $"thread {t}");
        }
    }

    // What thread t of PlansAndDerivativesOnEveryThreadMatchOneThreadBitForBit computes, in order.
    private static double[] PlansAndDerivatives(int t)
    {
        GradientPlan plan = Forward.PrepareGradient(ConcurrencyFunctions.PlanTarget, Point.Length, 1 + (t % 4));
        DerivativePlan derivative = Forward.PrepareDerivative(ConcurrencyFunctions.ScalarChain);
        var gradient = new double[Point.Length];
        var collected = new List<double>();
        for (int round = 0; round < Rounds; round++)
        {
            collected.Add(plan.ValueAndGradient(Point, gradient));
            collected.AddRange(gradient);
            collected.Add(derivative.ValueAndDerivative(0.1 * round, out double d));
            collected.Add(d);
            collected.AddRange(Flatten(Forward.Jacobian(ConcurrencyFunctions.Map, Point, 1 + (t % 8))));
        }

        return [.. collected];
    }

    private static IEnumerable<double> Flatten(double[,] matrix) => matrix.Cast<double>();
}

/// <summary>The functions of <see cref="ForwardConcurrencyTests"/>, used by no other test.</summary>
internal static class ConcurrencyFunctions
{
    public static double Rosenbrock(double[] x)
    {
        double sum = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            sum += Square(1 - x[i]) + (100 * Square(x[i + 1] - Square(x[i])));
        }

        return sum;
    }

    public static double Ackley(double[] x)
    {
        double squares = 0, cosines = 0;
        foreach (double v in x)
        {
            squares += Square(v);
            cosines += Math.Cos(2 * Math.PI * v);
        }

        return (-20 * Math.Exp(-0.2 * Math.Sqrt(squares / x.Length))) - Math.Exp(cosines / x.Length) + 20 + Math.E;
    }

    public static double SoftplusChain(double[] x)
    {
        double h = 0;
        foreach (double v in x)
        {
            h = Softplus(h + v);
        }

        return h;
    }

    public static double WeightedNorm(double[] x) => Math.Sqrt(x.Select((v, i) => (i + 1) * Square(v)).Sum());

    public static double PlanTarget(double[] x) => Math.Tanh(x[0] * x[^1]) + Rosenbrock(x[1..^1]);

    public static double ScalarChain(double t) => (Math.Exp(Math.Sin(t)) / (1 + (t * t))) + Math.Log(1 + Square(Math.Cos(t)));

    public static double[] Map(double[] x) => [.. x.Select(Softplus), x[0] * x[1]];

    private static double Square(double v) => v * v;

    private static double Softplus(double v) => Math.Log(1 + Math.Exp(v));
}
