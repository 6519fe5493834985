using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Scalar;

[TestClass]
public sealed class ScalarCoverageTests
{
    [TestMethod]
    [DataRow(typeof(Math))]
    [DataRow(typeof(MathF))]
    [DataRow(typeof(double))]
    [DataRow(typeof(float))]
    public void NoDifferentiableMethodLacksARule(Type type)
    {
        string[] missing = [.. RuleCoverage.Report(type).Where(r => r.Status == CoverageStatus.Missing).Select(r => r.Signature)];
        Assert.IsEmpty(missing, $"{type.Name} methods without a rule: {string.Join("; ", missing)}");
    }

    [TestMethod]
    public void CreateCheckedHasRulesForTheFloatingPointTypeArguments()
    {
        CoverageRow row = RuleCoverage.Report(typeof(double)).Single(r => r.Method.Name == nameof(double.CreateChecked));
        Assert.AreEqual(CoverageStatus.HasRule, row.Status);
        StringAssert.Contains(row.Detail, "<Double>");
        StringAssert.Contains(row.Detail, "<Single>");
    }
}
