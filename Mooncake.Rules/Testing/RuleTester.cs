using System.Reflection;

namespace Mooncake.Rules.Testing;

/// <summary>
/// Checks a forward rule the way every rule in this library is checked, so users can test the
/// rules they register in the same way. For each requested width it runs the registered rule of
/// the primal on random tangents and checks that:
/// <list type="bullet">
/// <item>the primal outputs (the return value and the state the call leaves its arguments in)
/// equal the plain call's, bit for bit;</item>
/// <item>each lane's tangent matches central finite differences of the primal along that lane's
/// direction (Richardson-extrapolated);</item>
/// <item>lane k equals the width-1 run along lane k's direction, and lanes past the requested
/// width stay zero;</item>
/// <item>calling the rule twice gives the same result;</item>
/// <item>a rule on scalars allocates nothing, and any rule allocates no more at a wider width than
/// the extra lanes of the tangents it returns (plus any declared workspace).</item>
/// </list>
/// A primal that returns an <c>IEnumerable&lt;T&gt;</c> is compared by the elements its result
/// yields, as a <c>T[]</c>: the plain call's sequence is enumerated once per run, and the rule's
/// result (usually an array with an array tangent) must yield the same elements.
/// A failed check throws <see cref="RuleTestException"/> naming the rule, the width, the lane,
/// the output and the numbers.
/// </summary>
public static class RuleTester
{
    /// <summary>Tests the rule of <paramref name="primal"/> at <paramref name="arguments"/> (receiver first for an instance method) with the default options.</summary>
    /// <exception cref="RuleTestException">A check failed.</exception>
    public static void TestRule(MethodBase primal, params object?[] arguments) => TestRule(primal, arguments, new RuleTestOptions());

    /// <summary>Tests the rule of <paramref name="primal"/> at <paramref name="arguments"/> (receiver first for an instance method).</summary>
    /// <exception cref="ArgumentException">The arguments do not fit the primal.</exception>
    /// <exception cref="RuleTestException">No rule is registered, or a check failed.</exception>
    public static void TestRule(MethodBase primal, object?[] arguments, RuleTestOptions options)
    {
        ArgumentNullException.ThrowIfNull(primal);
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(options);
        new RuleTest(primal, arguments, options).Run();
    }
}
