using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>Every case of a catalogue through the rule harness at the default widths.</summary>
/// <typeparam name="TCatalogue">The catalogue.</typeparam>
public abstract class RuleCatalogueTests<TCatalogue>
    where TCatalogue : IRuleCatalogue
{
    public static IEnumerable<object[]> Names => TCatalogue.All().Select(c => new object[] { c.Name });

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void RulePassesTheHarness(string name) => TCatalogue.All().Single(c => c.Name == name).Run();
}

// One test class per catalogue, so the catalogues run in parallel.
[TestClass] public sealed class LinearAlgebraRuleTests : RuleCatalogueTests<LinearAlgebraRuleCases>;
[TestClass] public sealed class ArrayMethodRuleTests : RuleCatalogueTests<ArrayMethodRuleCases>;
[TestClass] public sealed class EnumerableRuleTests : RuleCatalogueTests<EnumerableRuleCases>;
[TestClass] public sealed class EnumerableSequenceRuleTests : RuleCatalogueTests<EnumerableSequenceRuleCases>;

/// <summary>A rule registered for <see cref="LinearAlgebra"/>, <see cref="Array"/> or <see cref="Enumerable"/> without a harness case fails here.</summary>
[TestClass]
public sealed class ArrayRuleCoverageTests
{
    [TestMethod]
    public void EveryArrayRuleHasAHarnessCase()
    {
        var tested = LinearAlgebraRuleCases.All().Concat(ArrayMethodRuleCases.All()).Concat(EnumerableRuleCases.All()).Concat(EnumerableSequenceRuleCases.All())
            .SelectMany(c => c.Primal.IsGenericMethod ? new[] { c.Primal, c.Primal.GetGenericMethodDefinition() } : [c.Primal]).ToHashSet();
        string[] untested = [.. RuleRegistry.All
            .Where(r => r.Primal.DeclaringType == typeof(LinearAlgebra) || r.Primal.DeclaringType == typeof(Array) || r.Primal.DeclaringType == typeof(Enumerable))
            .Where(r => !tested.Contains(r.Primal))
            .Select(r => RuleSignature.Describe(r.Primal))
            .Order(StringComparer.Ordinal)];
        Assert.IsEmpty(untested, $"Rules without a harness case: {string.Join("; ", untested)}.");
    }
}
