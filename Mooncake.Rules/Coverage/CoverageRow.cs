using System.Reflection;

namespace Mooncake.Rules;

/// <summary>One method of the coverage report.</summary>
/// <param name="Method">The method.</param>
/// <param name="Status">Its status.</param>
/// <param name="Detail">Why (the rule, or what carries no derivative).</param>
public sealed record CoverageRow(MethodInfo Method, CoverageStatus Status, string Detail)
{
    /// <summary>The method's signature, as the report prints it.</summary>
    public string Signature => RuleCoverage.Describe(Method);
}
