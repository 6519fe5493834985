using System.Reflection;
using Mooncake.Rules;

namespace Mooncake.Tests.Rules;

[TestClass]
[DoNotParallelize] // replaces the process-wide delegate rule provider for a moment
public sealed class DelegateRulesTests
{
    [TestMethod]
    public void ADelegateToAMethodWithARuleUsesThatRule()
    {
        Func<Dual<Chunk4>, Dual<Chunk4>> sin = DelegateRules.Unary<Chunk4>(Math.Sin);
        Dual<Chunk4> y = sin(Dual<Chunk4>.Seed(0.5, 2));
        Assert.AreEqual(Math.Sin(0.5), y.Value);
        Assert.AreEqual(Math.Cos(0.5), y[2]);
        Assert.AreSame(sin, DelegateRules.Unary<Chunk4>(Math.Sin), "dual functions are cached per method and width");
    }

    [TestMethod]
    public void LambdasNeedTheRuleBuilderAndSaySo()
    {
        var e = Assert.ThrowsExactly<NotSupportedException>(() => DelegateRules.Unary<Chunk4>(x => x * x));
        StringAssert.Contains(e.Message, "rule builder");
        Assert.ThrowsExactly<ArgumentNullException>(() => DelegateRules.Binary<Chunk4>(null!));
    }

    [TestMethod]
    public void AnInstalledProviderSuppliesRulesForOtherDelegates()
    {
        IDelegateRuleProvider? previous = DelegateRules.Provider;
        try
        {
            DelegateRules.Provider = new SquareProvider();
            Func<Dual<Chunk2>, Dual<Chunk2>> square = DelegateRules.Unary<Chunk2>(x => x * x);
            Assert.AreEqual(6.0, square(Dual<Chunk2>.Seed(3.0, 1))[1]);
        }
        finally
        {
            DelegateRules.Provider = previous;
        }
    }

    private sealed class SquareProvider : IDelegateRuleProvider
    {
        public Delegate? TryGetRule(MethodInfo method, object? target, ChunkWidth width, Type dualDelegateType) =>
            dualDelegateType == typeof(Func<Dual<Chunk2>, Dual<Chunk2>>) ? new Func<Dual<Chunk2>, Dual<Chunk2>>(x => x * x) : null;
    }
}
