using System.Numerics;
using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Testing;

namespace Mooncake.Tests.Rules;

[TestClass]
public sealed class RuleRegistryTests
{
    public static double Cube(double x) => x * x * x;

    public static double Shifted(double x) => x + 1;

    public static double WronglyRuled(double x) => x;

    public static T Twice<T>(T x)
        where T : INumber<T>
        => x + x;

    [TestMethod]
    public void BuiltInRulesAreFoundByThePrimalMethod()
    {
        Assert.IsTrue(RuleRegistry.TryFind(typeof(Math).GetMethod(nameof(Math.Sin))!, out Rule? math));
        Assert.IsTrue(RuleRegistry.TryFind(typeof(double).GetMethod(nameof(double.Sin))!, out Rule? generic));
        Assert.AreSame(math!.Method, generic!.Method, "Math.Sin and double.Sin share one rule");
        Assert.IsFalse(RuleRegistry.TryFind(typeof(RuleRegistryTests).GetMethod(nameof(WronglyRuled))!, out _));
    }

    [TestMethod]
    public void RulesCloseAtEveryWidthWithCheckedSignatures()
    {
        RuleRegistry.TryFind(typeof(Math).GetMethod(nameof(Math.Sin))!, out Rule? rule);
        foreach (ChunkWidth width in ChunkWidth.All)
        {
            MethodInfo closed = rule!.Instantiate(width);
            Assert.AreEqual(typeof(Dual<>).MakeGenericType(width.DoubleChunk), closed.ReturnType);
            Assert.AreSame(closed, rule.Instantiate(width), "instances are cached");
        }

        Assert.ThrowsExactly<ArgumentException>(() => rule!.Instantiate(ChunkWidth.Resolve(4), typeof(double)));
    }

    [TestMethod]
    public void EveryBuiltInRuleClosesWithACheckedSignatureAtEveryWidth()
    {
        // Registration does not close the built-in rules (the first derivative of every process
        // would pay for it); this is where their signatures are checked.
        Rule[] concrete = [.. RuleRegistry.All.Where(r => !r.Primal.IsGenericMethodDefinition)];
        Assert.IsTrue(concrete.Length > 300, $"only {concrete.Length} rules");
        foreach (Rule rule in concrete)
        {
            foreach (ChunkWidth width in ChunkWidth.All)
            {
                _ = rule.Instantiate(width);
            }
        }
    }

    [TestMethod]
    public void ConstrainedInterfaceCallsResolveToTheImplementationsRule()
    {
        MethodInfo sin = typeof(ITrigonometricFunctions<double>).GetMethod(nameof(ITrigonometricFunctions<double>.Sin))!;
        Assert.AreEqual(typeof(double).GetMethod(nameof(double.Sin)), RuleRegistry.ResolveConstrained(sin, typeof(double)));
        Assert.IsTrue(RuleRegistry.TryFind(sin, typeof(double), out Rule? rule));
        Assert.AreEqual(nameof(TrigonometricRules.Sin), rule!.Method.Name);
        var e = Assert.ThrowsExactly<ArgumentException>(() => RuleRegistry.ResolveConstrained(sin, typeof(int)));
        StringAssert.Contains(e.Message, "does not implement");
    }

    [TestMethod]
    public void UsersRegisterRulesForTheirOwnMethodsAndTheHarnessAcceptsThem()
    {
        MethodInfo cube = typeof(RuleRegistryTests).GetMethod(nameof(Cube))!;
        Rule rule = RuleRegistry.Register(cube, typeof(UserRules).GetMethod(nameof(UserRules.Cube))!);
        Assert.IsTrue(RuleRegistry.TryFind(cube, out Rule? found));
        Assert.AreSame(rule, found);
        RuleTester.TestRule(cube, 1.3);
    }

    [TestMethod]
    public void RegisteringAgainReplacesTheEarlierRule()
    {
        MethodInfo shifted = typeof(RuleRegistryTests).GetMethod(nameof(Shifted))!;
        RuleRegistry.Register(shifted, typeof(UserRules).GetMethod(nameof(UserRules.ShiftedWrong))!);
        Assert.ThrowsExactly<RuleTestException>(() => RuleTester.TestRule(shifted, 0.5));
        RuleRegistry.Register(shifted, typeof(UserRules).GetMethod(nameof(UserRules.Shifted))!);
        RuleTester.TestRule(shifted, 0.5);
    }

    [TestMethod]
    public void RulesWithTheWrongSignatureAreRefusedWithTheDifference()
    {
        MethodInfo primal = typeof(RuleRegistryTests).GetMethod(nameof(WronglyRuled))!;
        var e = Assert.ThrowsExactly<ArgumentException>(() => RuleRegistry.Register(primal, typeof(UserRules).GetMethod(nameof(UserRules.TakesAnArray))!));
        StringAssert.Contains(e.Message, "parameter 0 is");
        StringAssert.Contains(e.Message, "where Mooncake.Tangents.Dual`1[Mooncake.Tangents.Chunk4] is expected");
        e = Assert.ThrowsExactly<ArgumentException>(() => RuleRegistry.Register(primal, typeof(UserRules).GetMethod(nameof(UserRules.ExtraGeneric))!));
        StringAssert.Contains(e.Message, "followed only by chunk type parameters");
        Assert.IsFalse(RuleRegistry.TryFind(primal, out _), "a refused rule is not registered");
    }

    [TestMethod]
    public void AttributeMarkedRulesRegisterByTypeIncludingOneInstantiationOfAGenericPrimal()
    {
        IReadOnlyList<Rule> added = RuleRegistry.RegisterType(typeof(AttributedRules));
        Assert.HasCount(1, added);
        MethodInfo twice = typeof(RuleRegistryTests).GetMethod(nameof(Twice))!;
        Assert.IsTrue(RuleRegistry.TryFind(twice.MakeGenericMethod(typeof(double)), out _));
        Assert.IsFalse(RuleRegistry.TryFind(twice.MakeGenericMethod(typeof(float)), out _));
        Assert.HasCount(1, RuleRegistry.InstantiationRules(twice));
        RuleTester.TestRule(twice, [2.5], new RuleTestOptions { TypeArguments = [typeof(double)] });
    }

    [TestMethod]
    public void AttributesThatNameNoMethodAreRefused()
    {
        var e = Assert.ThrowsExactly<ArgumentException>(() => RuleRegistry.RegisterType(typeof(MisnamedRules)));
        StringAssert.Contains(e.Message, "NoSuchMethod");
        StringAssert.Contains(e.Message, "matches 0 methods");
    }

    [TestMethod]
    public void ConcurrentInstantiationAgrees()
    {
        RuleRegistry.TryFind(typeof(Math).GetMethod(nameof(Math.Sin))!, out Rule? rule);
        var closed = new MethodInfo[32];
        Parallel.For(0, closed.Length, i => closed[i] = rule!.Instantiate(ChunkWidth.Resolve(1 + (i % 16))));
        Assert.AreEqual(ChunkWidth.All.Count(w => w.Lanes <= 16 && (w.Lanes < 8 || w.UsesVector512 == System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated)), closed.Distinct().Count());
    }

    public static class UserRules
    {
        public static Dual<TChunk> Cube<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => new(x.Value * x.Value * x.Value, TChunk.Scale(x.Partials, 3 * x.Value * x.Value));

        public static Dual<TChunk> Shifted<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => x + 1;

        public static Dual<TChunk> ShiftedWrong<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => new(x.Value + 1, TChunk.Scale(x.Partials, 2));

        public static Dual<TChunk> TakesAnArray<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> x)
            where TChunk : struct, IChunk<TChunk, double>
            => default;

        public static Dual<TChunk> ExtraGeneric<T, TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => x;
    }

    public static class AttributedRules
    {
        [FRule(typeof(RuleRegistryTests), nameof(Twice), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = [typeof(double)])]
        public static Dual<TChunk> TwiceOfDouble<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => x + x;
    }

    public static class MisnamedRules
    {
        [FRule(typeof(RuleRegistryTests), "NoSuchMethod", typeof(double))]
        public static Dual<TChunk> Nothing<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => x;
    }
}
