using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Testing;

namespace Mooncake.Tests.Rules.Scalar;

/// <summary>
/// Every scalar rule in the registry, run through <see cref="RuleTester"/> at the default widths
/// on the samples of <see cref="ScalarRuleSamples"/>: the rules of Math, MathF, double and float,
/// of double's and float's operators, and of <see cref="ILPrimitives"/>.
/// </summary>
[TestClass]
public sealed class ScalarRuleTests
{
    /// <summary>One row per scalar rule, named by its primal.</summary>
    public static IEnumerable<object[]> Rules => ScalarRules().Select(r => new object[] { Name(r.Primal) });

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public void RulePassesTheHarnessAtEverySample(string primal)
    {
        Rule rule = ScalarRules().Single(r => Name(r.Primal) == primal);
        IReadOnlyList<ScalarRuleSamples.Sample> samples = ScalarRuleSamples.For(rule.Primal);
        Assert.IsNotEmpty(samples, $"{primal} has no samples (key {ScalarRuleSamples.KeyOf(rule.Primal)}).");
        foreach (ScalarRuleSamples.Sample sample in samples)
        {
            RuleTester.TestRule(rule.Primal, ScalarRuleSamples.Arguments(rule.Primal, sample), ScalarRuleSamples.Options(rule.Primal, sample));
        }
    }

    [TestMethod]
    public void EveryScalarRuleHasSamples()
    {
        string[] without = [.. ScalarRules().Where(r => ScalarRuleSamples.For(r.Primal).Count == 0).Select(r => $"{Name(r.Primal)} (key {ScalarRuleSamples.KeyOf(r.Primal)})")];
        Assert.IsEmpty(without, "Rules without samples: " + string.Join("; ", without));
    }

    [TestMethod]
    public void TheScalarRulesAreFound()
    {
        // A guard against the filter below silently dropping a family.
        Assert.IsGreaterThan(250, ScalarRules().Count);
    }

    /// <summary>The registered rules whose primal is on the scalar surface.</summary>
    internal static IReadOnlyList<Rule> ScalarRules() =>
        [.. RuleRegistry.All.Where(r => IsScalarSurface(r.Primal.DeclaringType)).OrderBy(r => Name(r.Primal), StringComparer.Ordinal)];

    /// <summary>A unique, readable name for a primal: declaring type, name, type arguments and parameter types.</summary>
    internal static string Name(MethodBase primal)
    {
        string generics = primal is MethodInfo { IsGenericMethod: true } m ? $"<{string.Join(",", m.GetGenericArguments().Select(t => t.Name))}>" : "";
        string name = primal.Name[(primal.Name.LastIndexOf('.') + 1)..];
        return $"{primal.DeclaringType!.Name}.{name}{generics}({string.Join(",", primal.GetParameters().Select(p => p.ParameterType.Name))})";
    }

    // Math, MathF, double, float and ILPrimitives, and the default interface methods (the checked
    // operators) that a constrained call on double or float runs.
    private static bool IsScalarSurface(Type? type) =>
        type == typeof(Math) || type == typeof(MathF) || type == typeof(double) || type == typeof(float) || type == typeof(ILPrimitives)
        || (type is { IsInterface: true, IsGenericType: true } && type.GetGenericArguments().All(a => a == typeof(double) || a == typeof(float)));
}
