using Mooncake.Rules;

namespace Mooncake.Tests.Rules;

[TestClass]
public sealed class DelegateRulesTests
{
    [TestMethod]
    public void ADelegateToAMethodWithARuleUsesThatRule()
    {
        Func<Dual<Chunk4>, Dual<Chunk4>> sin = DelegateRules.Unary<Chunk4>(Math.Sin);
        Dual<Chunk4> y = sin(Dual<Chunk4>.Seed(0.5, 2));
        Assert.AreEqual(Math.Sin(0.5), y.Value);
        Assert.AreEqual(Math.Cos(0.5), y[2]);
    }

    [TestMethod]
    public void LambdasAreDifferentiatedByTheRuleBuilder()
    {
        Func<Dual<Chunk2>, Dual<Chunk2>, Dual<Chunk2>> f = DelegateRules.Binary<Chunk2>((x, y) => (x * x) + Math.Exp(y));
        Dual<Chunk2> z = f(Dual<Chunk2>.Seed(3.0, 0), Dual<Chunk2>.Seed(0.5, 1));
        Assert.AreEqual(9 + Math.Exp(0.5), z.Value);
        Assert.AreEqual(6.0, z[0]);
        Assert.AreEqual(Math.Exp(0.5), z[1], 1e-15);
    }

    [TestMethod]
    public void AClosuresCapturedTangentFlowsThroughItsDual()
    {
        double scale = 2.5;
        Func<double, double> scaled = x => scale * x;
        TangentSpace space = TangentSpace.Of(typeof(Func<double, double>), 4);
        object? tangent = space.Zero(scaled);

        // Give the captured value a unit tangent in lane 3: d(scale * x)/d(scale) = x.
        System.Reflection.FieldInfo captured = tangent!.GetType().GetField("scale")!;
        captured.SetValue(tangent, Chunk4.OneHot(3, 1.0));
        Func<Dual<Chunk4>, Dual<Chunk4>> dual = DelegateRules.Unary<Chunk4>(new Dual<Func<double, double>, object>(scaled, tangent));
        Dual<Chunk4> y = dual(Dual<Chunk4>.Seed(4.0, 0));
        Assert.AreEqual(10.0, y.Value);
        Assert.AreEqual(2.5, y[0], "d/dx");
        Assert.AreEqual(4.0, y[3], "d/d(scale) through the captured value");
    }

    [TestMethod]
    public void MulticastAndNullDelegatesAreRefused()
    {
        Func<double, double> twice = Math.Sin;
        twice += Math.Cos;
        var e = Assert.ThrowsExactly<NotSupportedException>(() => DelegateRules.Unary<Chunk4>(twice));
        StringAssert.Contains(e.Message, "multicast");
        Assert.ThrowsExactly<ArgumentNullException>(() => DelegateRules.Binary<Chunk4>((Func<double, double, double>)null!));
    }
}
