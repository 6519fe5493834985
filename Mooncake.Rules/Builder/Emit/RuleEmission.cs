using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// One build of derived rules at one width: it defines a method per primal method (a
/// <see cref="DynamicMethod"/>, or a method of a type in a saved assembly for the debug path),
/// emits its body, and resolves the callees the body calls
/// through itself, so that recursion and mutual recursion find the methods being built.
/// </summary>
internal sealed class RuleEmission
{
    private readonly Func<MethodBase, SplitSignature, (MethodInfo Rule, ILGenerator IL)> _define;
    private readonly Func<MethodBase, MethodInfo?> _existing;
    private readonly Dictionary<MethodBase, MethodInfo> _built = [];
    private readonly Dictionary<MethodInfo, (bool MayNeedScope, IReadOnlyCollection<MethodInfo> Callees)> _scopeUse = [];

    /// <summary>Prepares a build at <paramref name="width"/>; <paramref name="existing"/> returns rules built before, if any.</summary>
    public RuleEmission(ChunkWidth width, Func<MethodBase, SplitSignature, (MethodInfo Rule, ILGenerator IL)> define, Func<MethodBase, MethodInfo?> existing)
    {
        Width = width;
        _define = define;
        _existing = existing;
    }

    /// <summary>The width of every rule of this build.</summary>
    public ChunkWidth Width { get; }

    /// <summary>Whether the rules of this build read the thread's <see cref="PrimalMemo"/> (the default).</summary>
    public bool Memo { get; init; } = true;

    /// <summary>The rules this build defined, by primal method.</summary>
    public IReadOnlyDictionary<MethodBase, MethodInfo> Built => _built;

    /// <summary>For each rule this build emitted, whether its body may need a <see cref="PassScope"/> and the derived rules it calls (see <see cref="ScopeUse"/>).</summary>
    public IReadOnlyDictionary<MethodInfo, (bool MayNeedScope, IReadOnlyCollection<MethodInfo> Callees)> ScopeUses => _scopeUse;

    /// <summary>The split rule of <paramref name="method"/>: built before, being built, or built now.</summary>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public MethodInfo Get(MethodBase method)
    {
        if (_existing(method) is { } known)
        {
            return known;
        }

        if (_built.TryGetValue(method, out MethodInfo? building))
        {
            return building;
        }

        if (method.ContainsGenericParameters)
        {
            throw new UnsupportedILException(method, null, "a generic method must be instantiated with type arguments before it is differentiated");
        }

        SplitSignature signature = SplitSignature.For(method, Width);
        (MethodInfo rule, ILGenerator il) = _define(method, signature);

        // Registered before its body is emitted, so that the body can call it (recursion).
        _built[method] = rule;
        if (RuleRegistry.TryFind(method, out Rule? registered) && registered is not null)
        {
            EmitAdapter(method, registered, Width, signature, il);

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
            if (method.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IntrinsicAttribute"))
            {
                throw new UnsupportedILException(method, null, "it is a JIT intrinsic, whose IL is not what runs, and it has no registered rule");
            }

            LiftedMethod lifted = StackLifter.Lift(method);
            Emit(rule, new MethodEmitter(lifted, ActivityAnalysis.Analyze(lifted), Width, il, signature, Get) { Memo = Memo });
        }

        return rule;
    }

    /// <summary>
    /// The split rule of the instance method <paramref name="method"/> for a call whose receiver is a
    /// constant (the target of the user's delegate), in the same signature: one that spends no
    /// tangent work on the receiver's state where <see cref="ConstantReceiver"/> finds that sound,
    /// otherwise the method's ordinary rule. Not shared with other callers, whose receivers may carry tangents.
    /// </summary>
    /// <returns>The rule, and whether its receiver is constant (false: the ordinary rule, which reads the receiver's tangent).</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public (MethodInfo Rule, bool ReceiverConstant) GetWithConstantReceiver(MethodBase method)
    {
        if (method.IsStatic || method.ContainsGenericParameters || RuleRegistry.TryFind(method, out Rule? registered) && registered is not null
            || method.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IntrinsicAttribute"))
        {
            return (Get(method), false);
        }

        LiftedMethod lifted = StackLifter.Lift(method);
        if (ConstantReceiver.TryAnalyze(lifted) is not { } activity)
        {
            return (Get(method), false);
        }

        SplitSignature signature = SplitSignature.For(method, Width);
        (MethodInfo rule, ILGenerator il) = _define(method, signature);
        Emit(rule, new MethodEmitter(lifted, activity, Width, il, signature, Get) { Memo = Memo });
        return (rule, true);
    }

    /// <summary>
    /// The split rule of <paramref name="method"/>, in the same signature, for an entry that passes
    /// the unit direction (width 1) as the tangent of argument <paramref name="argument"/>, a double,
    /// on every call: the rule takes that tangent as a constant and ignores the parameter (see
    /// <see cref="MethodEmitter.UnitSeededArgument"/>). With <paramref name="constantReceiver"/> the
    /// receiver is a constant where <see cref="ConstantReceiver"/> finds that sound, as in
    /// <see cref="GetWithConstantReceiver"/>. Not shared with other callers. A method without IL of
    /// its own (a registered rule) gets its ordinary rule.
    /// </summary>
    /// <returns>The rule, and whether its receiver is constant (false: it reads the receiver's tangent).</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public (MethodInfo Rule, bool ReceiverConstant) GetUnitSeeded(MethodBase method, int argument, bool constantReceiver)
    {
        if (method.ContainsGenericParameters || RuleRegistry.TryFind(method, out Rule? registered) && registered is not null
            || method.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IntrinsicAttribute"))
        {
            return constantReceiver ? GetWithConstantReceiver(method) : (Get(method), false);
        }

        LiftedMethod lifted = StackLifter.Lift(method);
        ActivityAnalysis? constant = constantReceiver && !method.IsStatic ? ConstantReceiver.TryAnalyze(lifted) : null;
        SplitSignature signature = SplitSignature.For(method, Width);
        (MethodInfo rule, ILGenerator il) = _define(method, signature);
        Emit(rule, new MethodEmitter(lifted, constant ?? ActivityAnalysis.Analyze(lifted), Width, il, signature, Get) { Memo = Memo, UnitSeededArgument = argument });
        return (rule, constant is not null);
    }

    /// <summary>
    /// Emits the body of <paramref name="method"/>, a function of one double, into
    /// <paramref name="il"/> (an entry's loop) as <see cref="GetUnitSeeded"/>'s rule computes it:
    /// argument <paramref name="argument"/> takes the unit direction, the arguments' primals come
    /// from <paramref name="inline"/>'s places and a return does what it says. Only where that is
    /// the same computation as a call: a method with IL of its own, static or with a receiver
    /// <see cref="ConstantReceiver"/> finds constant, without exception handlers (a return inside
    /// one would leave it) and without <c>localloc</c> (a loop would grow the stack).
    /// </summary>
    /// <returns>The locals the body declared, or null, with nothing emitted, where the method does not qualify.</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public IReadOnlyList<LocalBuilder>? TryEmitInline(MethodBase method, ILGenerator il, InlineBody inline, int argument)
    {
        if (method.ContainsGenericParameters || method.GetMethodBody() is null || RuleRegistry.TryFind(method, out Rule? registered) && registered is not null
            || method.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IntrinsicAttribute"))
        {
            return null;
        }

        LiftedMethod lifted = StackLifter.Lift(method);
        if (lifted.Clauses.Count > 0 || lifted.Blocks.SelectMany(b => b.Operations).Any(o => o.Instruction.OpCode == OpCodes.Localloc)
            || (method.IsStatic ? ActivityAnalysis.Analyze(lifted) : ConstantReceiver.TryAnalyze(lifted)) is not { } activity)
        {
            return null;
        }

        var emitter = new MethodEmitter(lifted, activity, Width, il, SplitSignature.For(method, Width), Get) { Memo = Memo, UnitSeededArgument = argument, Inline = inline };
        emitter.Emit();
        return emitter.Locals;
    }

    /// <summary>
    /// Emits the split rule of the static <paramref name="method"/> into <paramref name="il"/>, the
    /// body of a method whose parameters are <paramref name="signature"/>'s (the split ones after
    /// leading ones the body ignores, <see cref="SplitSignature.WithLeading"/>): the same body as
    /// <see cref="Get"/>'s rule, for an entry point that is the rule itself rather than a call of
    /// it. Not registered as the method's rule. Only for a method with IL of its own.
    /// </summary>
    /// <returns>False, with nothing emitted, where the method does not qualify.</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public bool TryEmitAsEntry(MethodBase method, ILGenerator il, SplitSignature signature)
    {
        if (!method.IsStatic || method.ContainsGenericParameters || method.GetMethodBody() is null || RuleRegistry.TryFind(method, out Rule? registered) && registered is not null
            || method.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IntrinsicAttribute"))
        {
            return false;
        }

        LiftedMethod lifted = StackLifter.Lift(method);
        new MethodEmitter(lifted, ActivityAnalysis.Analyze(lifted), Width, il, signature, Get) { Memo = Memo }.Emit();
        return true;
    }

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
    internal static void EmitAdapter(MethodBase method, Rule registered, ChunkWidth width, SplitSignature signature, ILGenerator il, int offset = 0)
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
