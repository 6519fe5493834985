using Mooncake.Rules;
using Mooncake.Rules.Testing;

namespace Mooncake.Tests.Rules;

[TestClass]
public sealed class RuleTesterTests
{
    [TestMethod]
    public void ACorrectScalarRulePasses() => RuleTester.TestRule(typeof(Math).GetMethod(nameof(Math.Sin))!, 0.7);

    [TestMethod]
    public void ACorrectArrayRulePasses() =>
        RuleTester.TestRule(typeof(LinearAlgebra).GetMethod(nameof(LinearAlgebra.Dot))!, new[] { 1.0, -2.0, 0.5, 3.0, 1.5 }, new[] { 0.25, 1.0, -1.0, 2.0, 0.75 });
}
