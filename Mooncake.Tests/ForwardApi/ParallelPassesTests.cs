using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// Chunk passes run in parallel (<c>parallel: true</c> on <c>Gradient</c>, <c>Jacobian</c> and
/// <c>PrepareGradient</c>): the results are the sequential results bit for bit, at widths that
/// divide the input and widths that leave a partial last pass, and at pass counts below, at and
/// above the number of workers; a function's exception on a worker reaches the caller; a
/// prepared parallel plan allocates nothing on the calling thread.
/// </summary>
[TestClass]
public sealed class ParallelPassesTests
{
    public static IEnumerable<object[]> Shapes =>
        from n in new[] { 1, 7, 64, 301 }
        from chunk in new[] { 1, 3, 8, 16 }
        select new object[] { n, chunk };

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void ParallelGradientsAreTheSequentialGradientsBitForBit(int n, int chunk)
    {
        double[] x = Input(n);
        double[] sequential = Forward.Gradient(ParallelFunctions.Rosenbrock, x, chunk);
        double[] parallel = Forward.Gradient(ParallelFunctions.Rosenbrock, x, chunk, parallel: true);
        CollectionAssert.AreEqual(sequential, parallel);
        CollectionAssert.AreEqual(Input(n), x, "the input is left as it was");

        GradientPlan plan = Forward.PrepareGradient(ParallelFunctions.Rosenbrock, n, chunk, parallel: true);
        Assert.AreEqual(Math.Min(Environment.ProcessorCount, plan.Passes), plan.Workers);
        var gradient = new double[n];
        for (int round = 0; round < 3; round++)
        {
            Array.Fill(gradient, double.NaN);
            Assert.AreEqual(ParallelFunctions.Rosenbrock(x), plan.ValueAndGradient(x, gradient), "the value");
            CollectionAssert.AreEqual(sequential, gradient, $"round {round}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Shapes))]
    public void ParallelJacobiansAreTheSequentialJacobiansBitForBit(int n, int chunk)
    {
        double[] x = Input(n);
        double[,] sequential = Forward.Jacobian(ParallelFunctions.Map, x, chunk);
        double[,] parallel = Forward.Jacobian(ParallelFunctions.Map, x, chunk, parallel: true);
        CollectionAssert.AreEqual(sequential, parallel);
        CollectionAssert.AreEqual(Input(n), x, "the input is left as it was");
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(5)]
    [DataRow(16)]
    public void ParallelMatrixGradientsAreTheSequentialGradientsBitForBit(int chunk)
    {
        var x = new double[9, 13];
        for (int i = 0; i < x.Length; i++)
        {
            x[i / 13, i % 13] = Math.Cos(i);
        }

        static double F(double[,] m)
        {
            double sum = 0;
            for (int i = 0; i < m.GetLength(0); i++)
            {
                for (int j = 0; j < m.GetLength(1); j++)
                {
                    sum += Math.Sin(m[i, j]) * m[(i + 1) % m.GetLength(0), j];
                }
            }

            return sum;
        }

        Func<double[,], double> f = F;
        CollectionAssert.AreEqual(Forward.Gradient(f, x, chunk), Forward.Gradient(f, x, chunk, parallel: true));
    }

    [TestMethod]
    public void EvaluationsHandedToLingeringWorkersOrToThePoolAgree()
    {
        // Back-to-back evaluations find the plan's workers still spinning; after a pause longer
        // than their linger the workers have gone back to the pool and are queued again.
        double[] x = Input(301);
        double[] expected = Forward.Gradient(ParallelFunctions.Rosenbrock, x, 8);
        GradientPlan plan = Forward.PrepareGradient(ParallelFunctions.Rosenbrock, 301, 8, parallel: true);
        var gradient = new double[301];
        for (int i = 0; i < 24; i++)
        {
            if (i % 3 == 2)
            {
                Thread.Sleep(5);
            }

            Array.Fill(gradient, double.NaN);
            plan.ValueAndGradient(x, gradient);
            CollectionAssert.AreEqual(expected, gradient, $"evaluation {i}");
        }
    }

    [TestMethod]
    public void ASequentialPlanUsesOneWorker() =>
        Assert.AreEqual(1, Forward.PrepareGradient(ParallelFunctions.Rosenbrock, 100, 8).Workers);

    [TestMethod]
    public void AFunctionsExceptionOnAWorkerReachesTheCaller()
    {
        double[] x = [.. Input(64).Select(v => v + 2)];
        x[40] = -5; // past the first worker's passes
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Forward.Gradient(ParallelFunctions.LogSum, x, 4, parallel: true));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Forward.Jacobian(v => [ParallelFunctions.LogSum(v)], x, 4, parallel: true));
        GradientPlan plan = Forward.PrepareGradient(ParallelFunctions.LogSum, 64, 4, parallel: true);
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => plan.ValueAndGradient(x, new double[64]));

        // The plan works again once the input is valid.
        x[40] = 5;
        var gradient = new double[64];
        plan.ValueAndGradient(x, gradient);
        CollectionAssert.AreEqual(Forward.Gradient(ParallelFunctions.LogSum, x, 4), gradient);
    }

    [TestMethod]
    public void APreparedParallelPlanAllocatesNothingOnTheCallingThread()
    {
        double[] x = Input(256);
        var gradient = new double[256];
        GradientPlan plan = Forward.PrepareGradient(ParallelFunctions.Rosenbrock, 256, 8, parallel: true);
        plan.ValueAndGradient(x, gradient);
        Assert.AreEqual(0, SteadyAllocation.PerCall(() => plan.ValueAndGradient(x, gradient)), "bytes allocated per evaluation");
    }

    private static double[] Input(int n) => [.. Enumerable.Range(0, n).Select(i => 0.5 + Math.Sin(i))];
}

/// <summary>The functions of <see cref="ParallelPassesTests"/>: safe to call from several threads at once.</summary>
internal static class ParallelFunctions
{
    public static double Rosenbrock(double[] x)
    {
        double sum = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            double a = 1 - x[i], b = x[i + 1] - (x[i] * x[i]);
            sum += (a * a) + (100 * b * b);
        }

        return sum + Math.Exp(x[0]);
    }

    public static double[] Map(double[] x)
    {
        var y = new double[x.Length + 1];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Sin(x[i]) * x[(i + 1) % x.Length];
        }

        y[^1] = Rosenbrock(x);
        return y;
    }

    public static double LogSum(double[] x)
    {
        double sum = 0;
        foreach (double v in x)
        {
            sum += v < 0 ? throw new ArgumentOutOfRangeException(nameof(x), v, "a negative input") : Math.Log(v);
        }

        return sum;
    }
}
