using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// One build of derived rules: it decides what a request gets (<see cref="Honour"/>), defines a
/// method per request (a <see cref="DynamicMethod"/>, or a method of a type in a saved assembly for
/// the debug path), emits its body, and resolves the callees the body calls through itself, so
/// that recursion and mutual recursion find the methods being built.
/// </summary>
internal sealed class RuleBuild
{
    private readonly Func<RuleRequest, SplitSignature, (MethodInfo Rule, ILGenerator IL)> _define;
    private readonly Func<RuleRequest, DerivedRule?> _existing;
    private readonly Dictionary<RuleRequest, DerivedRule> _built = [];
    private readonly Dictionary<MethodInfo, (bool MayNeedScope, IReadOnlyCollection<MethodInfo> Callees)> _scopeUse = [];

    /// <summary>Prepares a build; <paramref name="existing"/> returns rules built before, if any.</summary>
    public RuleBuild(Func<RuleRequest, SplitSignature, (MethodInfo Rule, ILGenerator IL)> define, Func<RuleRequest, DerivedRule?> existing)
    {
        _define = define;
        _existing = existing;
    }

    /// <summary>The rules this build defined, by the request they were built for.</summary>
    public IReadOnlyDictionary<RuleRequest, DerivedRule> Built => _built;

    /// <summary>For each rule this build emitted, whether its body may need a <see cref="PassScope"/> and the derived rules it calls (see <see cref="ScopeUse"/>).</summary>
    public IReadOnlyDictionary<MethodInfo, (bool MayNeedScope, IReadOnlyCollection<MethodInfo> Callees)> ScopeUses => _scopeUse;

    /// <summary>
    /// What <paramref name="request"/> gets: a method without IL of its own (a registered rule, a
    /// JIT intrinsic) gets its one rule, every argument active and the general seed. Otherwise an
    /// argument that can carry no tangent counts as constant (it has no tangent either way, and
    /// equal rules get equal requests), and a constant argument is kept only where the method keeps
    /// it constant (<see cref="ConstantArguments"/>); otherwise it is active, and the caller passes a tangent.
    /// </summary>
    public static RuleRequest Honour(RuleRequest request)
    {
        MethodBase method = request.Method;
        if (!HasOwnBody(method))
        {
            return request with { Activity = ArgumentActivity.AllActive, Seed = Seed.General, Delegates = KnownDelegates.None };
        }

        if (!request.Delegates.IsEmpty)
        {
            // A fact about an argument holds only while the method never assigns it (or takes its address).
            HashSet<int> assigned = AssignedArguments(method);
            request = request with { Delegates = request.Delegates.Where(a => !assigned.Contains(a)) };
        }

        ArgumentActivity activity = request.Activity;
        for (int i = 0; i < ArgumentCount(method); i++)
        {
            if (!ActivityAnalysis.CanCarry(StackTypes.ArgumentType(method, i)))
            {
                activity = activity.WithConstant(i);
            }
            else if (activity.IsConstant(i) && !ConstantArguments.CanStayConstant(method, i))
            {
                activity = activity.WithActive(i);
            }
        }

        return request with { Activity = activity };
    }

    // The IL arguments the method stores to (starg) or takes the address of (ldarga).
    private static HashSet<int> AssignedArguments(MethodBase method)
    {
        var assigned = new HashSet<int>();
        try
        {
            foreach (Operation operation in LiftedMethods.Of(method).Blocks.SelectMany(b => b.Operations))
            {
                if (operation.Instruction is { Op: ILOp.StoreArgument or ILOp.LoadArgumentAddress, Index: { } index })
                {
                    assigned.Add(index);
                }
            }
        }
        catch (Exception e) when (e is NotSupportedException or InvalidProgramException or ArgumentException or BadImageFormatException or InvalidOperationException)
        {
            for (int i = 0; i < ArgumentCount(method); i++)
            {
                assigned.Add(i); // it will be refused where it is built; no fact is kept meanwhile
            }
        }

        return assigned;
    }

    /// <summary>The rule of <paramref name="request"/> (after <see cref="Honour"/>): built before, being built, or built now.</summary>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public DerivedRule Get(RuleRequest request)
    {
        request = Honour(request);
        if (_existing(request) is { } known)
        {
            return known;
        }

        if (_built.TryGetValue(request, out DerivedRule? building))
        {
            return building;
        }

        MethodBase method = request.Method;
        if (method.ContainsGenericParameters)
        {
            throw new UnsupportedILException(method, null, "a generic method must be instantiated with type arguments before it is differentiated");
        }

        SplitSignature signature = SplitSignature.For(method, request.Width, request.Activity);
        (MethodInfo rule, ILGenerator il) = _define(request, signature);

        // Registered before its body is emitted, so that the body can call it (recursion).
        var derived = new DerivedRule(request, rule, signature);
        _built[request] = derived;
        if (RuleRegistry.TryFind(method, out Rule? registered) && registered is not null)
        {
            EmitAdapter(method, registered, request.Width, signature, il);

            // A registered rule runs no derived code unless it is handed something that can hold some.
            bool numeric = method.GetParameters().All(p => ScopeUse.IsNumeric(p.ParameterType))
                && (method.IsStatic || ScopeUse.IsNumeric(method.DeclaringType!))
                && (method is not MethodInfo m || m.ReturnType == typeof(void) || ScopeUse.IsNumeric(m.ReturnType));
            _scopeUse[rule] = (!numeric, []);
        }
        else
        {
            // The IL of a JIT intrinsic is a fallback the JIT replaces, often a call to itself
            // (Math.Sqrt(x) => Math.Sqrt(x)): a rule derived from it would recurse forever.
            if (IsIntrinsic(method))
            {
                throw new UnsupportedILException(method, null, "it is a JIT intrinsic, whose IL is not what runs, and it has no registered rule");
            }

            LiftedMethod lifted = LiftedMethods.Of(method);
            Emit(rule, new MethodEmitter(lifted, ActivityOf(lifted, request), request, il, signature, Get));
        }

        return derived;
    }

    /// <summary>
    /// Emits the body of <paramref name="request"/>'s method, a function of one double with the
    /// unit seed, into <paramref name="il"/> (an entry's loop) as <see cref="Get"/>'s rule computes
    /// it: the arguments' primals come from <paramref name="inline"/>'s places and a return does what
    /// it says. Only where that is the same computation as a call: a method with IL of its own,
    /// static or with a receiver the request holds constant, without exception handlers (a return
    /// inside one would leave it) and without <c>localloc</c> (a loop would grow the stack).
    /// </summary>
    /// <returns>The locals the body declared, or null, with nothing emitted, where the method does not qualify.</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public IReadOnlyList<LocalBuilder>? TryEmitInline(RuleRequest request, ILGenerator il, InlineBody inline)
    {
        request = Honour(request);
        MethodBase method = request.Method;
        if (!HasOwnBody(method) || (!method.IsStatic && !request.Activity.IsConstant(0)))
        {
            return null;
        }

        LiftedMethod lifted = LiftedMethods.Of(method);
        if (lifted.Clauses.Count > 0 || lifted.Blocks.SelectMany(b => b.Operations).Any(o => o.Instruction.OpCode == OpCodes.Localloc))
        {
            return null;
        }

        var emitter = new MethodEmitter(lifted, ActivityOf(lifted, request), request, il, SplitSignature.For(method, request.Width, request.Activity), Get) { Inline = inline };
        emitter.Emit();
        return emitter.Locals;
    }

    /// <summary>
    /// Emits the rule of <paramref name="request"/>, for a static method, into <paramref name="il"/>,
    /// the body of a method whose parameters are <paramref name="signature"/>'s (the split ones after
    /// leading ones the body ignores, <see cref="SplitSignature.WithLeading"/>): the same body as
    /// <see cref="Get"/>'s rule, for an entry point that is the rule itself rather than a call of it.
    /// Not registered as the method's rule. Only for a method with IL of its own.
    /// </summary>
    /// <returns>False, with nothing emitted, where the method does not qualify.</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public bool TryEmitAsEntry(RuleRequest request, ILGenerator il, SplitSignature signature)
    {
        request = Honour(request);
        MethodBase method = request.Method;
        if (!method.IsStatic || !HasOwnBody(method))
        {
            return false;
        }

        LiftedMethod lifted = LiftedMethods.Of(method);
        new MethodEmitter(lifted, ActivityOf(lifted, request), request, il, signature, Get).Emit();
        return true;
    }

    // The activity of a request's body: its constant arguments (Honour has checked that they stay
    // constant) and the static data no derived code writes derivatives into held inactive, with
    // what is read from them.
    internal static ActivityAnalysis ActivityOf(LiftedMethod lifted, RuleRequest request)
    {
        MethodBase method = lifted.Method;
        ConstantData.Result result = ConstantData.Analyze(lifted, [.. request.Activity.Constants(ArgumentCount(method))], StaticConstancy.IsConstant, CallFacts.Precise);
        foreach (ConstantRoot failed in result.Failed)
        {
            if (failed.Field is { } field)
            {
                // Only a method the field's readers did not include (another module's) can get here.
                throw StaticConstancy.ConflictingWrite(method, null, field);
            }

            if (ConstantRoot.IsRootType(StackTypes.ArgumentType(method, failed.Argument)))
            {
                throw new InvalidOperationException($"Internal error: {request} holds argument {failed.Argument} constant, which its analysis cannot.");
            }
        }

        return result.Activity;
    }

    private static int ArgumentCount(MethodBase method) => method.GetParameters().Length + (method.IsStatic ? 0 : 1);

    // A method whose rule is derived from its own IL: not a generic definition, not a registered
    // rule, not a JIT intrinsic, and with a body.
    internal static bool HasOwnBody(MethodBase method) =>
        !method.ContainsGenericParameters && method.GetMethodBody() is not null
        && !(RuleRegistry.TryFind(method, out Rule? registered) && registered is not null) && !IsIntrinsic(method);

    private static bool IsIntrinsic(MethodBase method) =>
        method.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IntrinsicAttribute");

    private void Emit(MethodInfo rule, MethodEmitter emitter)
    {
        emitter.Emit();
        _scopeUse[rule] = (emitter.MayNeedScope, emitter.DerivedCallees);
    }

    /// <summary>
    /// Emits a registered rule in the split convention: builds its dual arguments from the split
    /// parameters (which start at parameter <paramref name="offset"/> of the method being emitted)
    /// and splits its dual result.
    /// </summary>
    internal static void EmitAdapter(MethodBase method, Rule registered, Mooncake.Tangents.ChunkWidth width, SplitSignature signature, ILGenerator il, int offset = 0)
    {
        MethodInfo rule = registered.Instantiate(width, method is MethodInfo { IsGenericMethod: true } generic && registered.PrimalGenericArity > 0 ? generic.GetGenericArguments() : []);
        ParameterInfo[] parameters = rule.GetParameters();
        for (int i = 0; i < parameters.Length; i++)
        {
            Type type = parameters[i].ParameterType;
            (int primal, int tangent) = signature.Arguments[i];
            il.Emit(OpCodes.Ldarg, primal + offset);
            if (DualShapes.IsDual(type))
            {
                il.Emit(OpCodes.Ldarg, tangent + offset);
                il.Emit(OpCodes.Newobj, DualShapes.Constructor(type));
            }
            else if (type.IsByRef)
            {
                throw new UnsupportedILException(method, null, $"its rule {rule.Name} takes a parameter by reference, which the split adapter does not support yet");
            }
        }

        il.Emit(OpCodes.Call, rule);
        if (DualShapes.IsDual(rule.ReturnType))
        {
            LocalBuilder result = il.DeclareLocal(rule.ReturnType);
            il.Emit(OpCodes.Stloc, result);
            il.Emit(OpCodes.Ldarg, signature.ReturnTangent + offset);
            il.Emit(OpCodes.Ldloca, result);
            il.Emit(OpCodes.Call, DualShapes.TangentGetter(rule.ReturnType));
            il.Emit(OpCodes.Stobj, signature.ReturnTangentType!);
            il.Emit(OpCodes.Ldloca, result);
            il.Emit(OpCodes.Call, DualShapes.PrimalGetter(rule.ReturnType));
        }

        il.Emit(OpCodes.Ret);
    }
}
