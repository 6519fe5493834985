using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// What the compiler returns for a <see cref="RuleRequest"/>: the rule, its split signature, and
/// the request it was built for, which may have fewer constant arguments than were asked for (a
/// constant the method could write a derivative into is made active; see <see cref="RuleBuild.Honour"/>).
/// </summary>
/// <param name="Request">The request the rule was built for.</param>
/// <param name="Rule">The rule (a <see cref="System.Reflection.Emit.DynamicMethod"/>, or a method of a saved assembly on the debug path).</param>
/// <param name="Signature">Its parameters in the split convention: constant arguments have no tangent parameter.</param>
internal sealed record DerivedRule(RuleRequest Request, MethodInfo Rule, SplitSignature Signature)
{
    /// <summary>Whether argument <paramref name="index"/> is constant in the rule.</summary>
    public bool IsConstant(int index) => Request.Activity.IsConstant(index);
}
