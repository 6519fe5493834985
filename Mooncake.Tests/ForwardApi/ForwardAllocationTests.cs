using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// What the high-level calls allocate in steady state: <c>Forward.Gradient</c> reuses the
/// thread's last plan for the same function, length and chunk, so a call allocates only the
/// gradient it returns. Code being differentiated cannot itself call <c>Forward</c> on values that
/// carry tangents (nested differentiation), and its argument checks run as the primal calls.
/// </summary>
[TestClass]
public sealed class ForwardAllocationTests
{
    [TestMethod]
    [DataRow(false)]
    [DataRow(true)]
    public void RepeatedGradientsAllocateOnlyTheirResult(bool parallel)
    {
        const int n = 200;
        double[] x = [.. Enumerable.Range(0, n).Select(i => Math.Cos(i))];
        double[] first = Forward.Gradient(ParallelFunctions.Rosenbrock, x, 8, parallel);
        const long result = 24 + (8 * n); // the array header and length, then the elements
        Assert.AreEqual(result, SteadyAllocation.PerCall(() => Forward.Gradient(ParallelFunctions.Rosenbrock, x, 8, parallel)), "bytes allocated per call on the calling thread");
        CollectionAssert.AreEqual(first, Forward.Gradient(ParallelFunctions.Rosenbrock, x, 8, parallel));
    }

    [TestMethod]
    public void DifferentiatingCodeThatDifferentiatesActiveValuesIsRefused()
    {
        static double Inner(double[] v) => v[0] * v[1];
        Func<double[], double> outer = v => Forward.Gradient(Inner, v, 1)[0];
        var e = Assert.ThrowsExactly<Mooncake.UnsupportedILException>(() => Forward.Gradient(outer, [1.0, 2.0]));
        StringAssert.Contains(e.Message, "nested differentiation");
    }

    [TestMethod]
    public void ArgumentChecksInDifferentiatedCodeRunAsThePrimal()
    {
        static double Checked(double[] v)
        {
            ArgumentNullException.ThrowIfNull(v);
            ArgumentOutOfRangeException.ThrowIfLessThan(v.Length, 2);
            return v[0] * v[1];
        }

        CollectionAssert.AreEqual(new[] { 2.0, 1.0 }, Forward.Gradient(Checked, [1.0, 2.0]));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Forward.Gradient(Checked, [1.0]));
    }
}
