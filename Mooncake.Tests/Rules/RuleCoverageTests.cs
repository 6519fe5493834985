using System.Reflection;
using Mooncake.Rules;

namespace Mooncake.Tests.Rules;

[TestClass]
public sealed class RuleCoverageTests
{
    public static double NoRuleYet(double x) => x;

    [TestMethod]
    public void MethodsWithRulesAreCovered() =>
        Assert.AreEqual(CoverageStatus.HasRule, RuleCoverage.Classify(typeof(Math).GetMethod(nameof(Math.Sin))!).Status);

    [TestMethod]
    public void MethodsWithoutADifferentiableInputOrOutputAreNotDifferentiable()
    {
        Assert.AreEqual(CoverageStatus.NotDifferentiable, RuleCoverage.Classify(typeof(Math).GetMethod(nameof(Math.Sign), [typeof(double)])!).Status);
        Assert.AreEqual(CoverageStatus.NotDifferentiable, RuleCoverage.Classify(typeof(double).GetMethod(nameof(double.IsNaN))!).Status);
        Assert.AreEqual(CoverageStatus.NotDifferentiable, RuleCoverage.Classify(typeof(double).GetMethod(nameof(double.Parse), [typeof(string)])!).Status);
        MethodInfo averageOfInts = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Average) && m.IsGenericMethodDefinition && m.GetParameters()[1].ParameterType.GetGenericArguments()[1] == typeof(int));
        Assert.AreEqual(CoverageStatus.NotDifferentiable, RuleCoverage.Classify(averageOfInts).Status, "a selector returning int carries no derivative");
    }

    [TestMethod]
    public void DifferentiableMethodsWithoutRulesAreMissing() =>
        Assert.AreEqual(CoverageStatus.Missing, RuleCoverage.Classify(typeof(RuleCoverageTests).GetMethod(nameof(NoRuleYet))!).Status);

    [TestMethod]
    public void TheReportListsEveryPublicStaticMethodOfTheCoveredTypes()
    {
        Assert.AreEqual(
            typeof(Math).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Length,
            RuleCoverage.Report(typeof(Math)).Count);
        string markdown = RuleCoverage.ToMarkdown();
        StringAssert.Contains(markdown, "| Math |");
        StringAssert.Contains(markdown, "`Sin(Double) -> Double` | HasRule | TrigonometricRules.Sin |");
    }
}
