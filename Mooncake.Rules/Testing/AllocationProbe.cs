using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Testing;

/// <summary>
/// Measures what one call of a method allocates, without the boxing and argument arrays of
/// reflection: an emitted method unboxes the arguments into locals once, then calls the method
/// in a loop between two readings of the thread's allocation counter.
/// </summary>
internal static class AllocationProbe
{
    private static readonly MethodInfo AllocatedBytes = typeof(GC).GetMethod(nameof(GC.GetAllocatedBytesForCurrentThread))!;

    /// <summary>The bytes one call of <paramref name="method"/> with <paramref name="arguments"/> allocates.</summary>
    public static long BytesPerCall(MethodInfo method, object?[] arguments)
    {
        Func<object?[], int, long> loop = Build(method);
        _ = loop(arguments, 2); // compiles the method and everything it calls
        const int calls = 8;
        long first = loop(arguments, calls);
        long second = loop(arguments, calls);

        // The smaller reading: a background allocation on this thread (tiering, say) can only add.
        return Math.Min(first, second) / calls;
    }

    private static Func<object?[], int, long> Build(MethodInfo method)
    {
        ParameterInfo[] parameters = method.GetParameters();
        var probe = new DynamicMethod($"Probe_{method.Name}", typeof(long), [typeof(object[]), typeof(int)], typeof(AllocationProbe).Module, skipVisibility: true);
        ILGenerator il = probe.GetILGenerator();
        LocalBuilder[] locals = new LocalBuilder[parameters.Length];
        for (int i = 0; i < parameters.Length; i++)
        {
            Type type = parameters[i].ParameterType is { IsByRef: true } byRef ? byRef.GetElementType()! : parameters[i].ParameterType;
            locals[i] = il.DeclareLocal(type);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
            il.Emit(OpCodes.Unbox_Any, type);
            il.Emit(OpCodes.Stloc, locals[i]);
        }

        LocalBuilder before = il.DeclareLocal(typeof(long));
        LocalBuilder counter = il.DeclareLocal(typeof(int));
        Label body = il.DefineLabel(), condition = il.DefineLabel();
        il.Emit(OpCodes.Call, AllocatedBytes);
        il.Emit(OpCodes.Stloc, before);
        il.Emit(OpCodes.Ldc_I4_0);
        il.Emit(OpCodes.Stloc, counter);
        il.Emit(OpCodes.Br, condition);
        il.MarkLabel(body);
        for (int i = 0; i < parameters.Length; i++)
        {
            il.Emit(parameters[i].ParameterType.IsByRef ? OpCodes.Ldloca : OpCodes.Ldloc, locals[i]);
        }

        il.Emit(OpCodes.Call, method);
        if (method.ReturnType != typeof(void))
        {
            il.Emit(OpCodes.Pop);
        }

        il.Emit(OpCodes.Ldloc, counter);
        il.Emit(OpCodes.Ldc_I4_1);
        il.Emit(OpCodes.Add);
        il.Emit(OpCodes.Stloc, counter);
        il.MarkLabel(condition);
        il.Emit(OpCodes.Ldloc, counter);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Blt, body);
        il.Emit(OpCodes.Call, AllocatedBytes);
        il.Emit(OpCodes.Ldloc, before);
        il.Emit(OpCodes.Sub);
        il.Emit(OpCodes.Ret);
        return probe.CreateDelegate<Func<object?[], int, long>>();
    }
}
