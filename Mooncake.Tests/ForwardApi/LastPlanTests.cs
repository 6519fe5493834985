using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// The plan a thread keeps (<see cref="LastPlan{TPlan}"/>) after a high-level call is one prepared
/// for that call's chunk and parallel flag, the same object when the call repeats: results alone
/// cannot tell, since every chunk and either flag give the same bits.
/// </summary>
[TestClass]
public sealed class LastPlanTests
{
    [TestMethod]
    public void AfterEachJacobianTheThreadsPlanHasItsChunkAndWorkers()
    {
        Func<double[], double[]> f = ReuseFunctions.Map;
        double[] x = ReuseFunctions.Input(64);
        foreach ((int chunk, bool parallel) in Variants)
        {
            _ = Forward.Jacobian(f, x, chunk, parallel);
            JacobianPlan plan = Peek<JacobianPlan>();
            Assert.AreEqual(chunk, plan.Chunk, $"chunk {chunk}, parallel {parallel}");
            Assert.AreEqual(ExpectedWorkers(plan.Passes - 1, parallel), plan.Workers, $"chunk {chunk}, parallel {parallel}");
            _ = Forward.Jacobian(f, x, chunk, parallel);
            Assert.AreSame(plan, Peek<JacobianPlan>(), "the repeated call's plan");
        }
    }

    [TestMethod]
    public void AfterEachInPlaceJacobianTheThreadsPlanHasItsChunk()
    {
        Action<double[], double[]> f = ReuseFunctions.MapInto;
        double[] x = ReuseFunctions.Input(64), y = new double[10];
        foreach ((int chunk, _) in Variants)
        {
            _ = Forward.Jacobian(f, y, x, chunk);
            InPlaceJacobianPlan plan = Peek<InPlaceJacobianPlan>();
            Assert.AreEqual(chunk, plan.Chunk, $"chunk {chunk}");
            _ = Forward.Jacobian(f, y, x, chunk);
            Assert.AreSame(plan, Peek<InPlaceJacobianPlan>(), "the repeated call's plan");
        }
    }

    [TestMethod]
    public void AfterEachMatrixGradientTheThreadsPlanHasItsChunkAndWorkers()
    {
        Func<double[,], double> f = ReuseFunctions.MatrixSum;
        double[,] x = ReuseFunctions.Matrix(8, 8);
        foreach ((int chunk, bool parallel) in Variants)
        {
            _ = Forward.Gradient(f, x, chunk, parallel);
            MatrixGradientPlan plan = Peek<MatrixGradientPlan>();
            Assert.AreEqual(chunk, plan.Chunk, $"chunk {chunk}, parallel {parallel}");
            Assert.AreEqual(ExpectedWorkers(plan.Passes, parallel), plan.Workers, $"chunk {chunk}, parallel {parallel}");
            _ = Forward.Gradient(f, x, chunk, parallel);
            Assert.AreSame(plan, Peek<MatrixGradientPlan>(), "the repeated call's plan");
        }
    }

    private static (int Chunk, bool Parallel)[] Variants => [(4, true), (4, false), (8, false), (8, true), (3, true), (4, true)];

    private static int ExpectedWorkers(int passes, bool parallel) => parallel ? Math.Max(1, Math.Min(Environment.ProcessorCount, passes)) : 1;

    // The thread's plan, left in its slot.
    private static TPlan Peek<TPlan>()
        where TPlan : class
    {
        TPlan plan = LastPlan<TPlan>.Take() ?? throw new AssertFailedException("The thread keeps no plan.");
        LastPlan<TPlan>.Keep(plan);
        return plan;
    }
}
