using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Typed entry points into derived rules: a small emitted method per (function, width, shape)
/// that casts the delegate's target and its tangent and calls the split rule, so that calling a
/// derived rule costs one delegate call and no reflection.
/// </summary>
internal static class EntryPoints
{
    private static readonly ConcurrentDictionary<(MethodInfo Method, Type Entry, bool ConstantTarget), Delegate> Entries = new();
    private static readonly MethodInfo PassScopeEnter = typeof(PassScope).GetMethod(nameof(PassScope.Enter))!;
    private static readonly MethodInfo PassScopeExit = typeof(PassScope).GetMethod(nameof(PassScope.Exit))!;
    private static readonly MethodInfo ZeroTangentOfPass = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ZeroTangent))!;

    /// <summary>
    /// The entry point of type <typeparamref name="TEntry"/> into the derived rule of
    /// <paramref name="method"/>. With <paramref name="constantTarget"/> (the <c>Forward</c> API,
    /// where captured state is constant) the rule of an instance method spends no tangent work on
    /// its receiver where that is sound; without it (a delegate that carries its target's tangent)
    /// the receiver's tangent is followed.
    /// </summary>
    /// <exception cref="UnsupportedILException">The function cannot be differentiated.</exception>
    public static TEntry For<TEntry>(MethodInfo method, bool constantTarget = true)
        where TEntry : Delegate
        => (TEntry)Entries.GetOrAdd((method, typeof(TEntry), constantTarget), key => Build(key.Method, key.Entry, key.ConstantTarget));

    /// <summary>The zero tangent of a delegate's target (null for a static method or a target that carries no tangent).</summary>
    public static object? ZeroTangentOfTarget(object? target, ChunkWidth width) =>
        target is null || !TangentTypes.HasTangent(target.GetType()) ? null : TangentSpace.Of(target.GetType(), width).Zero(target);

    private static Delegate Build(MethodInfo method, Type entryType, bool constantTarget)
    {
        MethodInfo invoke = entryType.GetMethod("Invoke")!;
        Type[] parameters = [.. invoke.GetParameters().Select(p => p.ParameterType)];
        Type chunk = entryType.GetGenericArguments()[0];
        ChunkWidth width = ChunkWidth.All.First(w => w.DoubleChunk == chunk);
        (MethodInfo rule, bool receiverConstant) = method.IsStatic || !constantTarget
            ? (DerivedRules.GetSplitRule(method, width), false)
            : DerivedRules.GetConstantReceiverRule(method, width);
        SplitSignature split = SplitSignature.For(method, width);
        var entry = new DynamicMethod($"entry_{method.Name}_{width.Lanes}", invoke.ReturnType, parameters, typeof(EntryPoints).Module, skipVisibility: true);
        ILGenerator il = entry.GetILGenerator();

        // One call is one pass: a scope keeps materialised zero tangents the same object throughout
        // it (PassScope). The try block starts with an empty stack, so before any argument is loaded.
        LocalBuilder? result = invoke.ReturnType == typeof(void) ? null : il.DeclareLocal(invoke.ReturnType);
        il.Emit(OpCodes.Call, PassScopeEnter);
        il.BeginExceptionBlock();
        int first = 0;
        if (!method.IsStatic)
        {
            Type receiver = method.DeclaringType!;
            if (receiver.IsValueType)
            {
                throw new UnsupportedILException(method, null, "functions that are instance methods of structs are not supported; use a lambda or a static method");
            }

            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Castclass, receiver);
            if (split.Arguments[0].Tangent >= 0)
            {
                Type tangent = split.Parameters[split.Arguments[0].Tangent];
                if (receiverConstant)
                {
                    // The rule never reads it.
                    il.Emit(OpCodes.Ldnull);
                }
                else if (constantTarget)
                {
                    // Captured state is constant at the start of every pass, but this function writes
                    // values that carry tangents into it: it gets a zero tangent each pass (one per
                    // pass scope), so that nothing written in one pass is read in the next.
                    il.Emit(OpCodes.Ldarg_0);
                    il.Emit(OpCodes.Ldc_I4, Dispatch.WidthIndex(width));
                    il.Emit(OpCodes.Call, ZeroTangentOfPass);
                    il.Emit(OpCodes.Castclass, tangent);
                }
                else
                {
                    il.Emit(OpCodes.Ldarg_1);
                    il.Emit(OpCodes.Castclass, tangent);
                }
            }

            first = 1;
        }

        // The entry's own parameters after the two target slots are the rule's remaining ones, in order.
        int expected = split.Parameters.Length - (first == 0 ? 0 : split.Arguments[0].Tangent >= 0 ? 2 : 1);
        if (parameters.Length - 2 != expected)
        {
            throw new UnsupportedILException(method, null, $"the function's signature does not fit the entry point {entryType.Name}");
        }

        for (int i = 2; i < parameters.Length; i++)
        {
            il.Emit(OpCodes.Ldarg, i);
        }

        il.Emit(OpCodes.Call, rule);
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
}
