using System.Numerics.Tensors;
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

    [TestMethod]
    public void TensorPrimitivesHasNoMissingRows()
    {
        IReadOnlyList<CoverageRow> rows = RuleCoverage.Report(typeof(TensorPrimitives));
        Assert.AreEqual(typeof(TensorPrimitives).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Length, rows.Count);
        string[] missing = [.. rows.Where(r => r.Status == CoverageStatus.Missing).Select(r => r.Signature)];
        Assert.IsEmpty(missing, $"missing: {string.Join("; ", missing)}");
        StringAssert.Contains(RuleCoverage.ToMarkdown(), "## System.Numerics.Tensors.TensorPrimitives");
    }

    [TestMethod]
    public void TensorPrimitivesRowsAreClassifiedForTheirReasons()
    {
        CoverageRow Row(string name, Func<MethodInfo, bool>? which = null) =>
            RuleCoverage.Report(typeof(TensorPrimitives)).First(r => r.Method.Name == name && (which?.Invoke(r.Method) ?? true));
        bool Generic(MethodInfo m) => m.IsGenericMethodDefinition;
        Assert.AreEqual(CoverageStatus.HasRule, Row(nameof(TensorPrimitives.Sin)).Status);
        StringAssert.Contains(Row(nameof(TensorPrimitives.Sin)).Detail, "<Double>, <Single>");
        Assert.AreEqual(CoverageStatus.HasRule, Row(nameof(TensorPrimitives.Sum), m => !Generic(m)).Status, "the float overload");
        Assert.AreEqual(CoverageStatus.ZeroDerivative, Row(nameof(TensorPrimitives.Floor)).Status);
        Assert.AreEqual(CoverageStatus.NotDifferentiable, Row(nameof(TensorPrimitives.IndexOfMax), Generic).Status);
        Assert.AreEqual(CoverageStatus.NotDifferentiable, Row(nameof(TensorPrimitives.IsNaN)).Status);
        Assert.AreEqual("its type parameters cannot be double or float", Row(nameof(TensorPrimitives.ShiftLeft)).Detail);
        StringAssert.Contains(Row(nameof(TensorPrimitives.BitwiseAnd)).Detail, "bit patterns");
    }

    // Every generic TensorPrimitives method with a rule has one for both floating-point types:
    // "rules for <Double>" alone would count as covered while float code had none.
    [TestMethod]
    public void EveryTensorPrimitivesRuleCoversDoubleAndFloat()
    {
        foreach (CoverageRow row in RuleCoverage.Report(typeof(TensorPrimitives)).Where(r => r.Method.IsGenericMethodDefinition && r.Status is CoverageStatus.HasRule or CoverageStatus.ZeroDerivative))
        {
            Type[][] instantiations = [.. RuleRegistry.InstantiationRules(row.Method).Select(r => ((MethodInfo)r.Primal).GetGenericArguments())];
            foreach (Type type in new[] { typeof(double), typeof(float) })
            {
                Assert.IsTrue(instantiations.Any(a => a.All(t => t == type)), $"{row.Signature} has no rule at {type.Name}");
            }
        }
    }
}
