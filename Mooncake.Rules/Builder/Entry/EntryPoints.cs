using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Typed entry points into derived rules: a small emitted method per (function, width, shape)
/// that casts the delegate's target and its tangent and calls the split rule, so that calling a
/// derived rule costs one delegate call and no reflection.
/// </summary>
internal static class EntryPoints
{
    private static readonly ConcurrentDictionary<(MethodInfo Method, Type Entry, bool ConstantTarget, bool Scoped, bool Memo, CompilerOptions Options), Delegate> Entries = new();
    internal static readonly MethodInfo PassScopeEnter = typeof(PassScope).GetMethod(nameof(PassScope.Enter))!;
    internal static readonly MethodInfo PassScopeExit = typeof(PassScope).GetMethod(nameof(PassScope.Exit))!;
    private static readonly MethodInfo ZeroTangentOfPass = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ZeroTangent))!;

    // The first argument of the entries that are rules themselves (TryBuildAsRule), never read.
    private static readonly object ClosedPlaceholder = new();

    /// <summary>
    /// The entry point of type <typeparamref name="TEntry"/> into the derived rule of
    /// <paramref name="method"/>. With <paramref name="constantTarget"/> (the <c>Forward</c> API,
    /// where captured state is constant) the rule of an instance method spends no tangent work on
    /// its receiver where that is sound; without it (a delegate that carries its target's tangent)
    /// the receiver's tangent is followed.
    /// </summary>
    /// <exception cref="UnsupportedILException">The function cannot be differentiated.</exception>
    /// <remarks>
    /// Without <paramref name="scoped"/> the entry opens no <see cref="PassScope"/>: for rules that
    /// call a function once per element inside a pass, whose scope is already open (a nested scope
    /// would change nothing but cost two thread-static updates and a finally block per element).
    /// Without <paramref name="memo"/> the rule reads no <see cref="PrimalMemo"/>: for entry points
    /// that run one pass per call, where none is ever installed.
    /// </remarks>
    public static TEntry For<TEntry>(MethodInfo method, bool constantTarget = true, bool scoped = true, bool memo = true)
        where TEntry : Delegate
        => (TEntry)Entries.GetOrAdd((method, typeof(TEntry), constantTarget, scoped, memo, CompilerSettings.Current), key => Build(key.Method, key.Entry, key.ConstantTarget, key.Scoped, key.Memo));

    static EntryPoints() => CompilerCaches.Register(Entries.Clear);

    /// <summary>The zero tangent of a delegate's target (null for a static method or a target that carries no tangent).</summary>
    public static object? ZeroTangentOfTarget(object? target, ChunkWidth width) =>
        target is null || !TangentTypes.HasTangent(target.GetType()) ? null : TangentSpace.Of(target.GetType(), width).Zero(target);

    /// <summary>
    /// The derived rule an entry point into <paramref name="method"/> calls, and the tangent it
    /// gives the rule for the delegate's target: the split rule with the caller's tangent, or for an
    /// instance method with a constant target the rule that holds its receiver constant (no
    /// tangent), or, where that is not sound, the split rule with a zero tangent made per pass.
    /// </summary>
    public static (DerivedRule Rule, TargetTangent Tangent) RuleOf(MethodInfo method, ChunkWidth width, bool constantTarget, bool memo = true)
    {
        RuleRequest request = RuleRequest.General(method, width, memo);
        if (method.IsStatic || !constantTarget)
        {
            return (RuleCompiler.Get(request), TargetTangent.Caller);
        }

        DerivedRule rule = RuleCompiler.Get(request.With(ArgumentActivity.ConstantReceiver(method)));
        return (rule, rule.IsConstant(0) ? TargetTangent.None : TargetTangent.FreshPerPass);
    }

    /// <summary>
    /// Emits the loads of the rule's receiver arguments from an entry point's first two parameters
    /// (the delegate's target, then its tangent, as object): nothing for a static method, the cast
    /// target, and, when the rule takes one, the tangent <paramref name="tangent"/> says. Returns
    /// how many values it pushed. A <see cref="TargetTangent.FreshPerPass"/> tangent must be
    /// emitted inside the pass's scope.
    /// </summary>
    /// <exception cref="UnsupportedILException">The method is an instance method of a struct.</exception>
    public static int EmitTarget(ILGenerator il, MethodInfo method, SplitSignature split, ChunkWidth width, TargetTangent tangent)
    {
        if (method.IsStatic)
        {
            return 0;
        }

        Type receiver = method.DeclaringType!;
        if (receiver.IsValueType)
        {
            throw new UnsupportedILException(method, null, "functions that are instance methods of structs are not supported; use a lambda or a static method");
        }

        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Castclass, receiver);
        if (split.Arguments[0].Tangent < 0)
        {
            return 1;
        }

        Type type = split.Parameters[split.Arguments[0].Tangent];
        switch (tangent)
        {
            case TargetTangent.None:
                // The rule never reads it.
                il.Emit(OpCodes.Ldnull);
                break;
            case TargetTangent.FreshPerPass:
                // Captured state is constant at the start of every pass, but this function writes
                // values that carry tangents into it: a zero tangent per pass scope, so that nothing
                // written in one pass is read in the next.
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Ldc_I4, Dispatch.WidthIndex(width));
                il.Emit(OpCodes.Call, ZeroTangentOfPass);
                il.Emit(OpCodes.Castclass, type);
                break;
            default:
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Castclass, type);
                break;
        }

        return 2;
    }

    private static Delegate Build(MethodInfo method, Type entryType, bool constantTarget, bool scoped, bool memo)
    {
        MethodInfo invoke = entryType.GetMethod("Invoke")!;
        Type[] parameters = [.. invoke.GetParameters().Select(p => p.ParameterType)];
        Type chunk = entryType.GetGenericArguments()[0];
        ChunkWidth width = ChunkWidth.All.First(w => w.DoubleChunk == chunk);
        (DerivedRule derived, TargetTangent tangent) = RuleOf(method, width, constantTarget, memo);
        MethodInfo rule = derived.Rule;

        // A rule that never materialises a zero tangent runs the same without a scope (ScopeUse).
        scoped &= tangent == TargetTangent.FreshPerPass || ScopeUse.Needs(rule);
        SplitSignature split = derived.Signature;
        var entry = new DynamicMethod($"entry_{method.Name}_{width.Lanes}", invoke.ReturnType, parameters, typeof(EntryPoints).Module, skipVisibility: true);
        ILGenerator il = entry.GetILGenerator();
        if (!scoped && method.IsStatic && RuleRegistry.TryFind(method, out Rule? registered) && registered is not null
            && parameters.Length - 2 == split.Parameters.Length)
        {
            // A method group with a rule (x.Sum(Math.Sin)), called per element: the rule itself
            // here, inlined by the JIT, rather than a call of its split adapter.
            RuleBuild.EmitAdapter(method, registered, width, split, il, offset: 2);
            return entry.CreateDelegate(entryType);
        }

        if (!scoped && tangent == TargetTangent.Caller && TryBuildAsRule(method, entryType, invoke, parameters, width, memo, split) is { } direct)
        {
            return direct;
        }

        // One call is one pass: a scope keeps materialised zero tangents the same object throughout
        // it (PassScope). The try block starts with an empty stack, so before any argument is loaded.
        LocalBuilder? result = invoke.ReturnType == typeof(void) || !scoped ? null : il.DeclareLocal(invoke.ReturnType);
        if (scoped)
        {
            il.Emit(OpCodes.Call, PassScopeEnter);
            il.BeginExceptionBlock();
        }

        int pushed = EmitTarget(il, method, split, width, tangent);

        // The entry's own parameters after the two target slots are the rule's remaining ones, in order.
        if (parameters.Length - 2 != split.Parameters.Length - pushed)
        {
            throw new UnsupportedILException(method, null, $"the function's signature does not fit the entry point {entryType.Name}");
        }

        for (int i = 2; i < parameters.Length; i++)
        {
            il.Emit(OpCodes.Ldarg, i);
        }

        il.Emit(OpCodes.Call, rule);
        if (!scoped)
        {
            // Through a local, so that the JIT makes an ordinary call rather than a tail jump:
            // jumping from the entry into the rule measured 15% slower on a 1000-element summing
            // loop (_sum_1000: 930 against 805 ns, the loop's code unchanged), for reasons the
            // disassembly does not show; the call costs a push and a pop.
            if (invoke.ReturnType != typeof(void))
            {
                LocalBuilder value = il.DeclareLocal(invoke.ReturnType);
                il.Emit(OpCodes.Stloc, value);
                il.Emit(OpCodes.Ldloc, value);
            }

            il.Emit(OpCodes.Ret);
            return entry.CreateDelegate(entryType);
        }

        if (result is not null)
        {
            il.Emit(OpCodes.Stloc, result);
        }

        il.BeginFinallyBlock();
        il.Emit(OpCodes.Call, PassScopeExit);
        il.EndExceptionBlock();
        if (result is not null)
        {
            il.Emit(OpCodes.Ldloc, result);
        }

        il.Emit(OpCodes.Ret);
        return entry.CreateDelegate(entryType);
    }

    // The entry as the rule itself, for a static method whose rule needs no pass scope: the
    // rule's body emitted after the entry's own parameters, so that a call costs the delegate call
    // alone, not that and a call of the rule (about 2 ns of each call, which matters for a cheap
    // function: _sum_1000 at width 1 runs 850 ns). The delegate is closed over a placeholder
    // first argument: an open delegate of a static method goes through a thunk that moves every
    // argument one register down, a closed one calls the method as it is. Null where the rule
    // cannot be emitted so (a registered rule, a signature that does not match the entry's).
    private static Delegate? TryBuildAsRule(MethodInfo method, Type entryType, MethodInfo invoke, Type[] parameters, ChunkWidth width, bool memo, SplitSignature split)
    {
        if (!method.IsStatic || invoke.ReturnType != split.ReturnType || !parameters.AsSpan(2).SequenceEqual(split.Parameters))
        {
            return null;
        }

        var entry = new DynamicMethod($"entry_{method.Name}_{width.Lanes}", invoke.ReturnType, [typeof(object), .. parameters], typeof(EntryPoints).Module, skipVisibility: true);
        SplitSignature shifted = split.WithLeading([typeof(object), typeof(object), typeof(object)]);
        return RuleCompiler.TryEmitAsEntry(RuleRequest.General(method, width, memo), entry.GetILGenerator(), shifted)
            ? entry.CreateDelegate(entryType, ClosedPlaceholder)
            : null;
    }
}

/// <summary>The tangent an entry point gives a derived rule for the delegate's target.</summary>
internal enum TargetTangent
{
    /// <summary>The caller's (a delegate that carries its target's tangent).</summary>
    Caller,

    /// <summary>None: the rule holds its receiver constant and never reads it.</summary>
    None,

    /// <summary>A zero tangent made in each pass's scope (captured state written with values that carry tangents).</summary>
    FreshPerPass,
}
