using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// <c>Forward.Gradient(f, X)</c> of a function of a matrix reuses the thread's last plan for the
/// same function, shape (rows and columns, not only their product), chunk and parallel flag: a
/// repeated call allocates only the gradient, gives the first call's result bit for bit, also
/// after calls for other functions and shapes in between, keeps none of the caller's arrays
/// alive, and still works after f threw in a pass.
/// </summary>
[TestClass]
public sealed class MatrixGradientPlanReuseTests
{
    private static object? s_kept;

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void ARepeatedMatrixGradientAllocatesOnlyItsResult(bool parallel)
    {
        const int rows = 12, columns = 10;
        double[,] x = ReuseFunctions.Matrix(rows, columns);
        Func<double[,], double> f = ReuseFunctions.MatrixSum;
        _ = Forward.Gradient(f, x, 8, parallel);
        Assert.AreEqual(40 + (8 * rows * columns), SteadyAllocation.PerCall(() => s_kept = Forward.Gradient(f, x, 8, parallel)), "bytes allocated per call on the calling thread");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void InterleavedCallsGiveTheirFirstCallsResultsBitForBit(bool parallel)
    {
        Func<double[,], double> sum = ReuseFunctions.MatrixSum, weighted = ReuseFunctions.MatrixWeighted;
        Func<double[,], double> twice = new Scaled(2).MatrixSum, negativeThrice = new Scaled(-3).MatrixSum; // one method, two targets
        // Shapes of one size, and shapes that share only their rows or only their columns.
        // Consecutive calls differ in one thing at a time where they can: the columns, the rows,
        // the method, the chunk, the parallel flag, the target.
        double[,] wide = ReuseFunctions.Matrix(3, 4), tall = ReuseFunctions.Matrix(4, 3), column = ReuseFunctions.Matrix(12, 1), large = ReuseFunctions.Matrix(9, 13, seed: 1);
        double[,] wider = ReuseFunctions.Matrix(3, 5), taller = ReuseFunctions.Matrix(5, 3);
        PlanReuse.AssertInterleavedCallsAgree(
            ("sum, 3 × 4", () => Forward.Gradient(sum, wide, 2, parallel)),
            ("sum, 3 × 5", () => Forward.Gradient(sum, wider, 2, parallel)),
            ("sum, 4 × 3", () => Forward.Gradient(sum, tall, 2, parallel)),
            ("sum, 5 × 3", () => Forward.Gradient(sum, taller, 2, parallel)),
            ("weighted, 5 × 3", () => Forward.Gradient(weighted, taller, 2, parallel)),
            ("sum, 12 × 1", () => Forward.Gradient(sum, column, 2, parallel)),
            ("sum, 3 × 4, chunk 5", () => Forward.Gradient(sum, wide, 5, parallel)),
            ("sum, 3 × 4, the other parallel flag", () => Forward.Gradient(sum, wide, 2, !parallel)),
            ("sum, 9 × 13, chunk chosen (8)", () => Forward.Gradient(sum, large, 0, parallel)),
            ("weighted, 9 × 13, chunk 8", () => Forward.Gradient(weighted, large, 8, parallel)),
            ("sum scaled by 2, 3 × 4", () => Forward.Gradient(twice, wide, 2, parallel)),
            ("sum scaled by -3, 3 × 4", () => Forward.Gradient(negativeThrice, wide, 2, parallel)));
        SameBits.Assert(ReuseFunctions.Matrix(3, 4), wide, "the input is left as it was");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void APlanStillWorksAfterItsFunctionThrewInAPass(bool parallel)
    {
        var function = new Misbehaving();
        Func<double[,], double> f = function.MatrixSum;
        double[,] x = ReuseFunctions.Matrix(8, 5);
        function.AssertACallAfterAFailedPassWorks(() => Forward.Gradient(f, x, 4, parallel), "the matrix gradient");
        SameBits.Assert(ReuseFunctions.Matrix(8, 5), x, "the input is left as it was");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void ThePlanKeepsNeitherTheCallersInputNorTheResultAlive(bool parallel)
    {
        Func<double[,], double> f = ReuseFunctions.MatrixSum;
        _ = Forward.Gradient(f, ReuseFunctions.Matrix(6, 5), 4, parallel);
        Assert.IsTrue(Reachability.CollectedAfter(() => ReuseFunctions.Matrix(6, 5), x => s_kept = Forward.Gradient(f, x, 4, parallel)), "the input");
        Assert.IsTrue(Reachability.CollectedAfter(() => Forward.Gradient(f, ReuseFunctions.Matrix(6, 5), 4, parallel), _ => { }), "the result");
    }
}
