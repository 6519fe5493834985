namespace Mooncake.Tests.Rules.Arrays;

/// <summary>Every rule of <see cref="Mooncake.Rules.LinearAlgebra"/> through the rule harness at the default widths.</summary>
[TestClass]
public sealed class LinearAlgebraRuleTests
{
    public static IEnumerable<object[]> Names => LinearAlgebraRuleCases.All().Select(c => new object[] { c.Name });

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void RulePassesTheHarness(string name) => LinearAlgebraRuleCases.All().Single(c => c.Name == name).Run();
}
