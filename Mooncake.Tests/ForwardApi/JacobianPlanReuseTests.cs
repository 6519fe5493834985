using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// <c>Forward.Jacobian(f, x)</c> reuses the thread's last plan for the same function, length,
/// chunk and parallel flag: a repeated call allocates only the Jacobian and what f's passes
/// allocate themselves (the array f returns and its tangent), gives the first call's result bit
/// for bit, also after calls for other functions, lengths and chunks in between, keeps none of the
/// caller's arrays alive, and still works after f threw, returned null or changed its output's
/// length in a pass.
/// </summary>
[TestClass]
public sealed class JacobianPlanReuseTests
{
    // Where allocations measured below are kept, so that the JIT cannot drop or stack-allocate them.
    private static object? s_kept;

    [TestMethod]
    public void ARepeatedJacobianAllocatesItsResultAndWhatFsPassesAllocate()
    {
        const int n = 40, chunk = 8, passes = n / chunk;
        double[] x = ReuseFunctions.Input(n);
        Func<double[], double[]> f = ReuseFunctions.Map;
        _ = Forward.Jacobian(f, x, chunk);
        long result = 40 + (8 * n * n); // header, method table, length, lower bounds, elements
        long perPass = PassAllocation(f, x);
        Assert.AreEqual(result + (passes * perPass), SteadyAllocation.PerCall(() => s_kept = Forward.Jacobian(f, x, chunk)), "bytes allocated per call");
    }

    [TestMethod]
    public void ARepeatedParallelJacobianAllocatesOnTheCallingThreadItsResultAndWhatFsPassesThereAllocate()
    {
        // The calling thread runs the first pass and whichever later passes its worker claims.
        const int n = 64, chunk = 8, passes = n / chunk;
        double[] x = ReuseFunctions.Input(n);
        Func<double[], double[]> f = ReuseFunctions.Map;
        _ = Forward.Jacobian(f, x, chunk, parallel: true);
        long result = 40 + (8 * n * n);
        long perPass = PassAllocation(f, x);
        long perCall = SteadyAllocation.PerCall(() => s_kept = Forward.Jacobian(f, x, chunk, parallel: true));
        Assert.IsTrue(perCall >= result + perPass && perCall <= result + (passes * perPass), $"{perCall} bytes per call, not the result's {result} and 1 to {passes} passes of {perPass}");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void InterleavedCallsGiveTheirFirstCallsResultsBitForBit(bool parallel)
    {
        Func<double[], double[]> map = ReuseFunctions.Map, expand = ReuseFunctions.Expand, identity = Identity;
        Func<double[], double[]> twice = new Scaled(2).Map, negativeThrice = new Scaled(-3).Map; // one method, two targets
        double[] a = ReuseFunctions.Input(29), b = ReuseFunctions.Input(11, seed: 3), c = ReuseFunctions.Input(29, seed: 7);
        // Consecutive calls differ in one thing at a time where they can: the point, the method,
        // the chunk, the parallel flag, the length, the target.
        PlanReuse.AssertInterleavedCallsAgree(
            ("map at a", () => Forward.Jacobian(map, a, 4, parallel)),
            ("map at c", () => Forward.Jacobian(map, c, 4, parallel)),
            ("identity at c", () => Forward.Jacobian(identity, c, 4, parallel)),
            ("map at a, again", () => Forward.Jacobian(map, a, 4, parallel)),
            ("map at a, chunk 3", () => Forward.Jacobian(map, a, 3, parallel)),
            ("map at a, chunk chosen (8)", () => Forward.Jacobian(map, a, 0, parallel)),
            ("map at a, chunk 8, the other parallel flag", () => Forward.Jacobian(map, a, 8, !parallel)),
            ("map at b, chunk 8, the other parallel flag", () => Forward.Jacobian(map, b, 8, !parallel)),
            ("expand at b, chunk 8, the other parallel flag", () => Forward.Jacobian(expand, b, 8, !parallel)),
            ("map scaled by 2 at a", () => Forward.Jacobian(twice, a, 4, parallel)),
            ("map scaled by -3 at a", () => Forward.Jacobian(negativeThrice, a, 4, parallel)));
        SameBits.Assert(ReuseFunctions.Input(29), a, "the input is left as it was");
    }

    [TestMethod]
    public void AReusedPlansMemoGivesTheResultsOfARunWithoutMemo()
    {
        // The memo a reused plan keeps holds the previous call's entries: points that differ in one
        // element, and a point that differs in all, follow each other.
        Func<double[], double[]> f = ReuseFunctions.Map;
        double[] a = ReuseFunctions.Input(24), b = [.. a], c = ReuseFunctions.Input(24, seed: 5);
        b[7] += 0.25;
        double[][] points = [a, b, a, c, b, a];
        double[][,] unmemoised = [.. points.Select(p => FreshThread.Run(() => Forward.Jacobian(f, p, 4), memo: false))];
        for (int k = 0; k < points.Length; k++)
        {
            SameBits.Assert(unmemoised[k], Forward.Jacobian(f, points[k], 4), $"point {k}");
        }
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void APlanStillWorksAfterItsFunctionThrewInAPass(bool parallel)
    {
        // Map's passes run on a copy of x and rebuild the seed block. Echo provably leaves its
        // argument alone, so its passes run on the caller's array and clear only their own lanes
        // of the block again, the thrown pass's too.
        var function = new Misbehaving();
        Func<double[], double[]> map = function.Map, echo = function.Echo;
        Assert.IsTrue(InputWrites.CannotWrite(echo.Method), "Echo provably leaves its argument alone");
        double[] x = ReuseFunctions.Input(40);
        foreach (Func<double[], double[]> f in new[] { map, echo })
        {
            // From the fourth pass of ten on, on whichever worker runs it.
            function.AssertACallAfterAFailedPassWorks(() => Forward.Jacobian(f, x, 4, parallel), f.Method.Name);
        }

        SameBits.Assert(ReuseFunctions.Input(40), x, "the input is left as it was");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void APlanStillWorksAfterItsFunctionReturnedNullOrChangedItsLengthInAPass(bool parallel)
    {
        var function = new Misbehaving();
        Func<double[], double[]> f = function.Map;
        double[] x = ReuseFunctions.Input(40);
        double[,] expected = FreshThread.Run(() => Forward.Jacobian(f, x, 4, parallel));
        function.Start(Misbehaving.Mode.Lengthen);
        var e = Assert.ThrowsExactly<ArgumentException>(() => Forward.Jacobian(f, x, 4, parallel));
        Assert.AreEqual("f", e.ParamName);
        StringAssert.Contains(e.Message, "returned 40 values in one pass and 41 in another");
        function.Start(Misbehaving.Mode.Well);
        SameBits.Assert(expected, Forward.Jacobian(f, x, 4, parallel), "after the change of length");

        function.Start(Misbehaving.Mode.ReturnNull);
        StringAssert.Contains(Assert.ThrowsExactly<InvalidOperationException>(() => Forward.Jacobian(f, x, 4, parallel)).Message, "returned null");
        function.Start(Misbehaving.Mode.Well);
        SameBits.Assert(expected, Forward.Jacobian(f, x, 4, parallel), "after the null");
    }

    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void ThePlanKeepsNeitherTheCallersInputNorTheResultAlive(bool parallel)
    {
        // Identity cannot write its argument, so its passes run on the caller's array itself.
        Func<double[], double[]> map = ReuseFunctions.Map, identity = Identity;
        foreach (Func<double[], double[]> f in new[] { map, identity })
        {
            _ = Forward.Jacobian(f, ReuseFunctions.Input(20), 4, parallel);
            Assert.IsTrue(Reachability.CollectedAfter(() => ReuseFunctions.Input(20), x => s_kept = Forward.Jacobian(f, x, 4, parallel)), $"{f.Method.Name}: the input");
            Assert.IsTrue(Reachability.CollectedAfter(() => Forward.Jacobian(f, ReuseFunctions.Input(20), 4, parallel), _ => { }), $"{f.Method.Name}: the result");
        }
    }

    // What one pass of f's derived rule allocates at width 8: the array f returns (measured on the
    // primal) and that array's tangent (the same size at either 8-lane chunk type).
    private static long PassAllocation(Func<double[], double[]> f, double[] x)
    {
        int length = f(x).Length;
        return SteadyAllocation.PerCall(() => s_kept = f(x)) + SteadyAllocation.PerCall(() => s_kept = new ArrayTangent<Chunk8, double>(length));
    }

    private static double[] Identity(double[] x) => x;
}
