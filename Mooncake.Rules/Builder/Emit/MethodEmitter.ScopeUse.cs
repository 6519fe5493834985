using System.Reflection;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private readonly HashSet<MethodInfo> _derivedCallees = [];

    /// <summary>
    /// Whether the emitted body may need a <see cref="PassScope"/> by itself: it materialises the
    /// zero tangent of an object, or calls code known only at run time (a virtual or delegate call,
    /// or a registered rule that takes something other than numbers and arrays of them, such as a
    /// selector), which may. Valid after <see cref="Emit"/>.
    /// </summary>
    public bool MayNeedScope { get; private set; }

    /// <summary>The derived rules the emitted body calls: it needs a scope if one of them does. Valid after <see cref="Emit"/>.</summary>
    public IReadOnlyCollection<MethodInfo> DerivedCallees => _derivedCallees;

    // The rule of a callee for the activity of this call site, recorded as one this body calls.
    private DerivedRule DerivedRuleOf(MethodBase callee, ArgumentActivity activity, KnownDelegates delegates = default)
    {
        DerivedRule rule = _derivedRule(_request.ForCallee(callee, activity, delegates));
        _derivedCallees.Add(rule.Rule);
        return rule;
    }

    // A registered rule of a call whose arguments and result are all numbers or arrays (or spans)
    // of numbers computes on them and returns: it runs no derived code and materialises nothing.
    private void NoteRuleCall(Operation operation)
    {
        if (!operation.Inputs.All(v => ScopeUse.IsNumeric(v.Type)) || operation.Output is { } output && !ScopeUse.IsNumeric(output.Type))
        {
            MayNeedScope = true;
        }
    }
}
