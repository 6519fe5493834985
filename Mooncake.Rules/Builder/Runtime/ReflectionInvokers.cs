using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Calls, by reflection, of a method known only at run time (<see cref="MethodBase.Invoke(object, object[])"/>,
/// <see cref="Delegate.DynamicInvoke"/>): an invoker per (method, width), built once, takes the
/// receiver and the <c>object[]</c> of arguments with their tangents (the tangent of an
/// <c>object[]</c> is an <c>object[]</c> of the elements' tangents, a boxed chunk for a boxed number,
/// null for zero), unboxes them as the method's parameters, calls the method's rule (registered or
/// derived) and boxes the result and its tangent, as reflection boxes the result.
/// </summary>
internal static class ReflectionInvokers
{
    /// <summary>The call of <c>method</c>'s rule on boxed arguments.</summary>
    public delegate object? Invoker(object? target, object? targetTangent, object?[]? arguments, object?[]? argumentTangents, out object? resultTangent);

    private static readonly ConcurrentDictionary<(MethodInfo Method, ChunkWidth Width, CompilerOptions Options), Invoker> Invokers = new();
    private static readonly MethodInfo ElementAt = typeof(ReflectionInvokers).GetMethod(nameof(Element), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo UnboxHelper = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.Unbox))!;
    private static readonly MethodInfo ConcreteTangent = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ConcreteTangent))!;

    static ReflectionInvokers() => CompilerCaches.Register(Invokers.Clear);

    /// <summary>The invoker of <paramref name="method"/> at <paramref name="width"/>.</summary>
    /// <exception cref="NotSupportedException">The method cannot be called through an invoker (by-reference parameters, an open generic method, a struct's method).</exception>
    public static Invoker For(MethodInfo method, ChunkWidth width)
    {
        CompilerCaches.EnsureCurrent();
        return Invokers.GetOrAdd((method, width, CompilerSettings.Current), key => Build(key.Method, key.Width, key.Options));
    }

    /// <summary>
    /// Element <paramref name="index"/> of an array of tangents; null (zero) where there is no array
    /// or the element is the tangent of a value without one (a boxed integer widened to a number).
    /// </summary>
    private static object? Element(object?[]? tangents, int index) =>
        tangents is null || index >= tangents.Length || tangents[index] is NoTangent ? null : tangents[index];

    private static Invoker Build(MethodInfo method, ChunkWidth width, CompilerOptions options)
    {
        string name = RuleSignature.Describe(method);
        if (method.ContainsGenericParameters)
        {
            throw new NotSupportedException($"{name} is an open generic method, which reflection cannot call either.");
        }

        if (method.GetParameters().Any(p => p.ParameterType.IsByRef) || method.ReturnType.IsByRef)
        {
            throw new NotSupportedException($"{name} takes or returns a reference; called by reflection, the values written back into the object[] would lose their tangents. Call it directly.");
        }

        if (!method.IsStatic && method.DeclaringType!.IsValueType)
        {
            throw new NotSupportedException($"{name} is a struct's method; called by reflection on a boxed struct, its tangent cannot follow the box. Call it directly.");
        }

        DerivedRule derived = RuleCompiler.Get(RuleRequest.General(method, width, memo: true) with { Options = options });
        SplitSignature split = derived.Signature;
        var invoker = new DynamicMethod($"reflect_{method.Name}_{width.Lanes}", typeof(object), [typeof(object), typeof(object), typeof(object[]), typeof(object[]), typeof(object).MakeByRefType()], typeof(ReflectionInvokers).Module, skipVisibility: true);
        ILGenerator il = invoker.GetILGenerator();
        int count = method.GetParameters().Length + (method.IsStatic ? 0 : 1);
        for (int i = 0; i < count; i++)
        {
            bool receiver = !method.IsStatic && i == 0;
            int element = method.IsStatic ? i : i - 1;
            Type type = StackTypes.ArgumentType(method, i);
            void LoadBoxedPrimal()
            {
                if (receiver)
                {
                    il.Emit(OpCodes.Ldarg_0);
                }
                else
                {
                    il.Emit(OpCodes.Ldarg_2);
                    il.Emit(OpCodes.Ldc_I4, element);
                    il.Emit(OpCodes.Ldelem_Ref);
                }
            }

            // Reflection passes null for a value-type parameter as its default.
            LoadBoxedPrimal();
            EmitUnbox(il, type);
            if (split.Arguments[i].Tangent is var tangent and >= 0)
            {
                Type tangentType = split.Parameters[tangent];
                if (receiver)
                {
                    il.Emit(OpCodes.Ldarg_1);
                }
                else
                {
                    il.Emit(OpCodes.Ldarg_3);
                    il.Emit(OpCodes.Ldc_I4, element);
                    il.Emit(OpCodes.Call, ElementAt);
                }

                if (tangentType.IsValueType)
                {
                    il.Emit(OpCodes.Call, UnboxHelper.MakeGenericMethod(tangentType));
                }
                else
                {
                    // A null tangent is zero; the rule needs a real one for a class (fields to write).
                    LoadBoxedPrimal();
                    il.Emit(OpCodes.Ldc_I4, Dispatch.WidthIndex(width));
                    il.Emit(OpCodes.Call, ConcreteTangent);
                    il.Emit(OpCodes.Castclass, tangentType);
                }
            }
        }

        LocalBuilder? returnTangent = split.ReturnTangent >= 0 ? il.DeclareLocal(split.ReturnTangentSlot!) : null;
        if (returnTangent is not null)
        {
            il.Emit(OpCodes.Ldloca, returnTangent);
        }

        il.Emit(OpCodes.Call, derived.Rule);
        LocalBuilder result = il.DeclareLocal(typeof(object));
        if (method.ReturnType == typeof(void))
        {
            il.Emit(OpCodes.Ldnull);
        }
        else if (method.ReturnType.IsValueType)
        {
            il.Emit(OpCodes.Box, method.ReturnType);
        }

        il.Emit(OpCodes.Stloc, result);
        il.Emit(OpCodes.Ldarg, 4);
        if (returnTangent is null)
        {
            il.Emit(OpCodes.Ldnull);
        }
        else
        {
            il.Emit(OpCodes.Ldloc, returnTangent);
            if (returnTangent.LocalType.IsValueType)
            {
                il.Emit(OpCodes.Box, returnTangent.LocalType);
            }
        }

        il.Emit(OpCodes.Stind_Ref);
        il.Emit(OpCodes.Ldloc, result);
        il.Emit(OpCodes.Ret);
        return invoker.CreateDelegate<Invoker>();
    }

    private static void EmitUnbox(ILGenerator il, Type type)
    {
        if (type.IsValueType)
        {
            il.Emit(OpCodes.Call, UnboxHelper.MakeGenericMethod(type));
        }
        else
        {
            il.Emit(OpCodes.Castclass, type);
        }
    }
}
