using System.Reflection;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Tests.Builder.Compiler;

/// <summary>
/// The compiler's caches have an owner: a rule registered for a method after a function calling
/// it was differentiated is what every later request of that function (and of its callee) uses.
/// </summary>
[TestClass]
public sealed class RuleRegistrationTests
{
    // A callee small enough to be inlined, and a caller: the registered rule must win over both
    // the derived rule built before and the inlining of the callee's own IL.
    public static double Callee(double x) => x * x;

    public static double Caller(double x) => Callee(x) + 1;

    public static double Vector(double[] x) => Callee(x[0]) + Callee(x[1]);

    [TestMethod]
    public void ARuleRegisteredForACalleeAfterwardsIsSeenByLaterRequests()
    {
        Assert.AreEqual(6.0, Forward.Derivative(Caller, 3.0), "the derived rule of x * x");
        CollectionAssert.AreEqual(new[] { 2.0, 4.0 }, Forward.Gradient(Vector, [1.0, 2.0]));
        DerivativePlan before = Forward.PrepareDerivative(Caller);

        RuleRegistry.Register(typeof(RuleRegistrationTests).GetMethod(nameof(Callee))!, typeof(RuleRegistrationTests).GetMethod(nameof(TenfoldRule))!);

        // A rule deliberately not x * x's derivative, so that its use shows.
        Assert.AreEqual(60.0, Forward.Derivative(Caller, 3.0), "the registered rule, through the caller");
        CollectionAssert.AreEqual(new[] { 20.0, 40.0 }, Forward.Gradient(Vector, [1.0, 2.0]), "the registered rule, in a gradient plan");
        Assert.AreEqual(60.0, Forward.PrepareDerivative(Caller).ValueAndDerivative(3.0, out double derivative) is 10.0 ? derivative : double.NaN, "a new plan");

        // A plan prepared before keeps the rules it was built with.
        Assert.AreEqual(10.0, before.ValueAndDerivative(3.0, out double old));
        Assert.AreEqual(6.0, old);
    }

    public static Dual<TChunk> TenfoldRule<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => new(x.Value * x.Value, TChunk.Scale(x.Partials, 20 * x.Value));
}
