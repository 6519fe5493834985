using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// <c>Forward.Jacobian(f, y, x)</c> reuses the thread's last plan for the same function, output
/// and input lengths and chunk: a repeated call allocates only the Jacobian, leaves in y the
/// result of one call, gives the first call's result bit for bit, also after calls for other
/// functions and shapes in between, keeps none of the caller's arrays alive, and still works
/// after f threw in a pass.
/// </summary>
[TestClass]
public sealed class InPlaceJacobianPlanReuseTests
{
    private static object? s_kept;

    [TestMethod]
    public void ARepeatedInPlaceJacobianAllocatesOnlyItsResult()
    {
        const int m = 30, n = 40;
        double[] y = new double[m], x = ReuseFunctions.Input(n);
        Action<double[], double[]> f = ReuseFunctions.MapInto;
        _ = Forward.Jacobian(f, y, x, 8);
        Assert.AreEqual(40 + (8 * m * n), SteadyAllocation.PerCall(() => s_kept = Forward.Jacobian(f, y, x, 8)), "bytes allocated per call");
    }

    [TestMethod]
    public void YHoldsTheResultOfOneCallAfterEachJacobian()
    {
        Action<double[], double[]> f = ReuseFunctions.MapInto;
        double[] x = ReuseFunctions.Input(9);
        double[] y = ReuseFunctions.Input(13, seed: 2), expected = [.. y];
        for (int call = 0; call < 4; call++)
        {
            ReuseFunctions.MapInto(expected, x);
            _ = Forward.Jacobian(f, y, x, 4);
            SameBits.Assert(expected, y, $"y after call {call}");
        }

        SameBits.Assert(ReuseFunctions.Input(9), x, "the input is left as it was");
    }

    [TestMethod]
    public void InterleavedCallsGiveTheirFirstCallsResultsBitForBit()
    {
        // ScaleInto's Jacobian depends on the y it starts from, which each call below resets.
        Action<double[], double[]> map = ReuseFunctions.MapInto, scale = ReuseFunctions.ScaleInto;
        Action<double[], double[]> twice = new Scaled(2).MapInto, negativeThrice = new Scaled(-3).MapInto; // one method, two targets
        double[] x = ReuseFunctions.Input(9), other = ReuseFunctions.Input(17, seed: 4);
        // Consecutive calls differ in one thing at a time where they can: the output length, the
        // chunk, the input length, the method, the starting y, the target.
        PlanReuse.AssertInterleavedCallsAgree(
            ("map, 13 outputs", () => Forward.Jacobian(map, Start(13), x, 4)),
            ("map, 5 outputs", () => Forward.Jacobian(map, Start(5), x, 4)),
            ("map, 13 outputs, chunk 3", () => Forward.Jacobian(map, Start(13), x, 3)),
            ("map, 13 outputs, chunk chosen (8)", () => Forward.Jacobian(map, Start(13), x)),
            ("map, 13 outputs, 17 inputs, chunk 8", () => Forward.Jacobian(map, Start(13), other, 8)),
            ("scale, 13 outputs, 17 inputs, chunk 8", () => Forward.Jacobian(scale, Start(13), other, 8)),
            ("scale, from another y", () => Forward.Jacobian(scale, Start(13, seed: 9), other, 8)),
            ("map scaled by 2", () => Forward.Jacobian(twice, Start(13), x, 4)),
            ("map scaled by -3", () => Forward.Jacobian(negativeThrice, Start(13), x, 4)));
        SameBits.Assert(ReuseFunctions.Input(9), x, "the input is left as it was");
    }

    [TestMethod]
    public void APlanStillWorksAfterItsFunctionThrewInAPass()
    {
        var function = new Misbehaving();
        Action<double[], double[]> f = function.MapInto;
        double[] x = ReuseFunctions.Input(40);
        function.AssertACallAfterAFailedPassWorks(() => Forward.Jacobian(f, Start(20), x, 4), "the in-place Jacobian");
        double[] y = Start(20), expectedY = Start(20);
        ReuseFunctions.MapInto(expectedY, x);
        _ = Forward.Jacobian(f, y, x, 4);
        SameBits.Assert(expectedY, y, "y after the exception");
    }

    [TestMethod]
    public void ThePlanKeepsNeitherTheCallersArraysNorTheResultAlive()
    {
        Action<double[], double[]> f = ReuseFunctions.MapInto;
        double[] x = ReuseFunctions.Input(20), y = Start(7);
        _ = Forward.Jacobian(f, y, x, 4);
        Assert.IsTrue(Reachability.CollectedAfter(() => ReuseFunctions.Input(20), input => s_kept = Forward.Jacobian(f, y, input, 4)), "x");
        Assert.IsTrue(Reachability.CollectedAfter(() => Start(7), output => s_kept = Forward.Jacobian(f, output, x, 4)), "y");
        Assert.IsTrue(Reachability.CollectedAfter(() => Forward.Jacobian(f, y, x, 4), _ => { }), "the result");
    }

    // The y a call starts from.
    private static double[] Start(int length, int seed = 2) => ReuseFunctions.Input(length, seed);
}
