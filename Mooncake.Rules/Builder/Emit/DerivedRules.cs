using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The derived rules: for a method with IL and a width, the <see cref="DynamicMethod"/> that
/// computes the method's primal and its tangent in the split convention (see
/// <see cref="SplitSignature"/>). Built once per (method, width) and cached; a method being built
/// can call itself or another method being built (recursion), because a rule's
/// <see cref="DynamicMethod"/> exists before its body is emitted. A method with a registered rule
/// gets that rule, adapted to the split convention.
/// </summary>
/// <remarks>
/// Building is serialised by one lock. Rules become visible to other threads only when the
/// whole build they belong to has completed, so no thread can call a body still being emitted.
/// <see cref="RuleDebugger"/> emits the same rules into an assembly that can be saved and inspected.
/// </remarks>
public static class DerivedRules
{
    private static readonly ConcurrentDictionary<(MethodBase Method, ChunkWidth Width, bool Memo), MethodInfo> Completed = new();
    private static readonly ConcurrentDictionary<(MethodBase Method, ChunkWidth Width, bool Memo), (MethodInfo Rule, bool ReceiverConstant)> CompletedConstantReceiver = new();
    private static readonly ConcurrentDictionary<(MethodBase Method, bool ConstantReceiver), (MethodInfo Rule, bool ReceiverConstant)> CompletedUnitSeeded = new();
    private static readonly Lock BuildLock = new();

    /// <summary>The derived rule of <paramref name="method"/> at <paramref name="width"/>, in the split convention.</summary>
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
        if (Completed.TryGetValue((method, width, memo), out MethodInfo? rule))
        {
            return rule;
        }

        lock (BuildLock)
        {
            RuleEmission emission = NewEmission(width, memo);
            rule = emission.Get(method);
            Publish(emission, width, memo);
            return rule;
        }
    }

    /// <summary>
    /// The derived rule of <paramref name="method"/> at <paramref name="width"/> for a receiver that
    /// is a constant, the target of a delegate handed to <c>Forward</c> (see
    /// <see cref="RuleEmission.GetWithConstantReceiver"/>); the same signature as <see cref="GetSplitRule"/>.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="width">The chunk width.</param>
    /// <param name="memo">Whether the rule reads the thread's <see cref="PrimalMemo"/> (see <see cref="GetSplitRule"/>).</param>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated; the message says where and why.</exception>
    /// <returns>The rule, and whether its receiver is constant (otherwise it is the method's ordinary rule, which reads the receiver's tangent).</returns>
    public static (MethodInfo Rule, bool ReceiverConstant) GetConstantReceiverRule(MethodBase method, ChunkWidth width, bool memo = true)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(width);
        if (CompletedConstantReceiver.TryGetValue((method, width, memo), out (MethodInfo, bool) known))
        {
            return known;
        }

        lock (BuildLock)
        {
            RuleEmission emission = NewEmission(width, memo);
            (MethodInfo Rule, bool ReceiverConstant) result = emission.GetWithConstantReceiver(method);
            Publish(emission, width, memo);

            CompletedConstantReceiver[(method, width, memo)] = result;
            return result;
        }
    }

    /// <summary>
    /// The width-1 derived rule of <paramref name="method"/>, a function of one double (and, for an
    /// instance method, its receiver), for an entry that passes the unit direction as that double's
    /// tangent on every call and runs one pass per call: the rule takes the direction as a
    /// constant, so the JIT folds the first chain-rule steps (see <see cref="RuleEmission.GetUnitSeeded"/>),
    /// and reads no <see cref="PrimalMemo"/>. The same signature as <see cref="GetSplitRule"/>.
    /// </summary>
    /// <param name="method">The method.</param>
    /// <param name="constantReceiver">Whether the receiver is a constant (a delegate's target), as in <see cref="GetConstantReceiverRule"/>.</param>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated; the message says where and why.</exception>
    /// <returns>The rule, and whether its receiver is constant (otherwise the rule reads the receiver's tangent).</returns>
    internal static (MethodInfo Rule, bool ReceiverConstant) GetUnitSeededRule(MethodBase method, bool constantReceiver)
    {
        ArgumentNullException.ThrowIfNull(method);
        ChunkWidth width = ChunkWidth.Resolve(1);
        if (CompletedUnitSeeded.TryGetValue((method, constantReceiver), out (MethodInfo, bool) known))
        {
            return known;
        }

        lock (BuildLock)
        {
            RuleEmission emission = NewEmission(width, memo: false);
            (MethodInfo Rule, bool ReceiverConstant) result = emission.GetUnitSeeded(method, method.IsStatic ? 0 : 1, constantReceiver);
            Publish(emission, width, memo: false);

            CompletedUnitSeeded[(method, constantReceiver)] = result;
            return result;
        }
    }

    /// <summary>
    /// Emits the body of <paramref name="method"/>, a function of one double, into an entry's loop
    /// as <see cref="GetUnitSeededRule"/>'s rule computes it (see <see cref="RuleEmission.TryEmitInline"/>).
    /// </summary>
    /// <returns>The locals the body declared, or null, with nothing emitted, where the method does not qualify.</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    internal static IReadOnlyList<LocalBuilder>? TryEmitInlineUnitSeeded(MethodBase method, ILGenerator il, InlineBody inline)
    {
        ChunkWidth width = ChunkWidth.Resolve(1);
        lock (BuildLock)
        {
            RuleEmission emission = NewEmission(width, memo: false);
            IReadOnlyList<LocalBuilder>? locals = emission.TryEmitInline(method, il, inline, method.IsStatic ? 0 : 1);
            Publish(emission, width, memo: false);
            return locals;
        }
    }

    /// <summary>
    /// Emits the split rule of the static <paramref name="method"/> at <paramref name="width"/>
    /// into <paramref name="il"/>, an entry point whose parameters are the split ones after
    /// leading ones the body ignores (<see cref="RuleEmission.TryEmitAsEntry"/>).
    /// </summary>
    /// <returns>False, with nothing emitted, where the method does not qualify.</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    internal static bool TryEmitAsEntry(MethodBase method, ChunkWidth width, bool memo, ILGenerator il, SplitSignature signature)
    {
        lock (BuildLock)
        {
            RuleEmission emission = NewEmission(width, memo);
            bool emitted = emission.TryEmitAsEntry(method, il, signature);
            Publish(emission, width, memo);
            return emitted;
        }
    }

    private static RuleEmission NewEmission(ChunkWidth width, bool memo) =>
        new(width, DefineDynamic, m => Completed.TryGetValue((m, width, memo), out MethodInfo? done) ? done : null) { Memo = memo };

    // Only a build that completed is published; whether its rules need a pass scope first, so
    // that an entry point built for a published rule finds the answer.
    private static void Publish(RuleEmission emission, ChunkWidth width, bool memo)
    {
        ScopeUse.Publish(emission.ScopeUses);
        foreach ((MethodBase built, MethodInfo builtRule) in emission.Built)
        {
            Completed[(built, width, memo)] = builtRule;
        }
    }

    private static (MethodInfo, ILGenerator) DefineDynamic(MethodBase method, SplitSignature signature)
    {
        var rule = new DynamicMethod(
            $"d{method.DeclaringType?.Name}.{method.Name}",
            signature.ReturnType,
            signature.Parameters,
            typeof(DerivedRules).Module,
            skipVisibility: true);
        return (rule, rule.GetILGenerator());
    }
}
