using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The derived rules: for a method with IL and a width, the method that computes the method's
/// primal and its tangent in the split convention (see <see cref="SplitSignature"/>). Built once
/// per request and cached by the compiler; a method being built can call itself or another method
/// being built (recursion). A method with a registered rule gets that rule, adapted to the split
/// convention.
/// </summary>
/// <remarks>
/// <see cref="RuleDebugger"/> emits the same rules into an assembly that can be saved and inspected.
/// </remarks>
public static class DerivedRules
{
    /// <summary>The derived rule of <paramref name="method"/> at <paramref name="width"/>, in the split convention, every argument active.</summary>
    /// <param name="method">The method.</param>
    /// <param name="width">The chunk width.</param>
    /// <param name="memo">
    /// Whether the rule (and the rules it calls) reads the thread's <see cref="PrimalMemo"/>, for
    /// the entry points that run several passes of one function. Without it the rule is built
    /// without the memo's code, which costs a single pass time even when no memo is installed
    /// (about 5% of the scalar chain: registers spilled around the memo's branches).
    /// </param>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated; the message says where and why.</exception>
    public static MethodInfo GetSplitRule(MethodBase method, ChunkWidth width, bool memo = true)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(width);
        return RuleCompiler.Get(RuleRequest.General(method, width, memo)).Rule;
    }

    /// <summary>
    /// The derived rule of <paramref name="method"/> at <paramref name="width"/> for a receiver that
    /// is a constant, the target of a delegate handed to <c>Forward</c>: where that is sound, a rule
    /// without the receiver's tangent parameter that spends no tangent work on its state.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="width">The chunk width.</param>
    /// <param name="memo">Whether the rule reads the thread's <see cref="PrimalMemo"/> (see <see cref="GetSplitRule"/>).</param>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated; the message says where and why.</exception>
    /// <returns>The rule, and whether its receiver is constant (otherwise it is the method's ordinary rule, which takes and reads the receiver's tangent).</returns>
    public static (MethodInfo Rule, bool ReceiverConstant) GetConstantReceiverRule(MethodBase method, ChunkWidth width, bool memo = true)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(width);
        DerivedRule rule = RuleCompiler.Get(RuleRequest.General(method, width, memo).With(ArgumentActivity.ConstantReceiver(method)));
        return (rule.Rule, !method.IsStatic && rule.IsConstant(0));
    }

    /// <summary>
    /// The width-1 derived rule of <paramref name="method"/>, a function of one double (and, for an
    /// instance method, its receiver), for an entry that passes the unit direction as that double's
    /// tangent on every call and runs one pass per call: the rule takes the direction as a
    /// constant, so the JIT folds the first chain-rule steps, and reads no <see cref="PrimalMemo"/>.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="constantReceiver">Whether the receiver is a constant (a delegate's target), as in <see cref="GetConstantReceiverRule"/>.</param>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated; the message says where and why.</exception>
    internal static DerivedRule GetUnitSeededRule(MethodBase method, bool constantReceiver)
    {
        ArgumentNullException.ThrowIfNull(method);
        return RuleCompiler.Get(UnitSeeded(method, constantReceiver));
    }

    /// <summary>The request of <see cref="GetUnitSeededRule"/>.</summary>
    internal static RuleRequest UnitSeeded(MethodBase method, bool constantReceiver) =>
        new(method, ChunkWidth.Resolve(1), constantReceiver ? ArgumentActivity.ConstantReceiver(method) : ArgumentActivity.AllActive, PassesPerCall.One, Seed.Unit) { Options = CompilerSettings.Current };
}
