using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>Every rule of <see cref="LinearAlgebra"/> through the rule harness at the default widths.</summary>
[TestClass]
public sealed class LinearAlgebraRuleTests
{
    public static IEnumerable<object[]> Names => LinearAlgebraRuleCases.All().Select(c => new object[] { c.Name });

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void RulePassesTheHarness(string name) => LinearAlgebraRuleCases.All().Single(c => c.Name == name).Run();
}

/// <summary>Every rule of <see cref="Array"/>'s copy, clone, fill and clear through the rule harness.</summary>
[TestClass]
public sealed class ArrayMethodRuleTests
{
    public static IEnumerable<object[]> Names => ArrayMethodRuleCases.All().Select(c => new object[] { c.Name });

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void RulePassesTheHarness(string name) => ArrayMethodRuleCases.All().Single(c => c.Name == name).Run();
}

/// <summary>Every LINQ reduction rule through the rule harness.</summary>
[TestClass]
public sealed class EnumerableRuleTests
{
    public static IEnumerable<object[]> Names => EnumerableRuleCases.All().Select(c => new object[] { c.Name });

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void RulePassesTheHarness(string name) => EnumerableRuleCases.All().Single(c => c.Name == name).Run();
}

/// <summary>A rule registered for <see cref="LinearAlgebra"/>, <see cref="Array"/> or <see cref="Enumerable"/> without a harness case fails here.</summary>
[TestClass]
public sealed class ArrayRuleCoverageTests
{
    [TestMethod]
    public void EveryArrayRuleHasAHarnessCase()
    {
        var tested = LinearAlgebraRuleCases.All().Concat(ArrayMethodRuleCases.All()).Concat(EnumerableRuleCases.All())
            .Select(c => c.Primal).ToHashSet();
        string[] untested = [.. RuleRegistry.All
            .Where(r => r.Primal.DeclaringType == typeof(LinearAlgebra) || r.Primal.DeclaringType == typeof(Array) || r.Primal.DeclaringType == typeof(Enumerable))
            .Where(r => !tested.Contains(r.Primal))
            .Select(r => RuleSignature.Describe(r.Primal))
            .Order(StringComparer.Ordinal)];
        Assert.IsEmpty(untested, $"Rules without a harness case: {string.Join("; ", untested)}.");
    }
}
