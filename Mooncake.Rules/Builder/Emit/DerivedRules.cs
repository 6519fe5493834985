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
/// <see cref="DynamicMethod"/> exists before its body is emitted.
/// </summary>
/// <remarks>
/// Building is serialised by one lock. Rules become visible to other threads only when the
/// whole build they belong to has completed, so no thread can call a body still being emitted.
/// </remarks>
public static class DerivedRules
{
    private static readonly ConcurrentDictionary<(MethodBase Method, ChunkWidth Width), DynamicMethod> Completed = new();
    private static readonly Dictionary<(MethodBase Method, ChunkWidth Width), DynamicMethod> Building = [];
    private static readonly Lock BuildLock = new();

    /// <summary>The derived rule of <paramref name="method"/> at <paramref name="width"/>, in the split convention.</summary>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated; the message says where and why.</exception>
    public static MethodInfo GetSplitRule(MethodBase method, ChunkWidth width)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(width);
        if (Completed.TryGetValue((method, width), out DynamicMethod? rule))
        {
            return rule;
        }

        lock (BuildLock)
        {
            if (Completed.TryGetValue((method, width), out rule) || Building.TryGetValue((method, width), out rule))
            {
                return rule;
            }

            bool outermost = Building.Count == 0;
            try
            {
                rule = Build(method, width);
            }
            catch
            {
                if (outermost)
                {
                    Building.Clear();
                }

                throw;
            }

            if (outermost)
            {
                foreach (var (key, built) in Building)
                {
                    Completed[key] = built;
                }

                Building.Clear();
            }

            return rule;
        }
    }

    private static DynamicMethod Build(MethodBase method, ChunkWidth width)
    {
        if (method.ContainsGenericParameters)
        {
            throw new UnsupportedILException(method, null, "a generic method must be instantiated with type arguments before it is differentiated");
        }

        SplitSignature signature = SplitSignature.For(method, width);
        if (RuleRegistry.TryFind(method, out Rule? registered) && registered is not null)
        {
            return BuildAdapter(method, registered, width, signature);
        }

        var rule = new DynamicMethod(
            $"d{method.DeclaringType?.Name}.{method.Name}_{width.Lanes}",
            signature.ReturnType,
            signature.Parameters,
            typeof(DerivedRules).Module,
            skipVisibility: true);
        Building[(method, width)] = rule;
        LiftedMethod lifted = StackLifter.Lift(method);
        var emitter = new MethodEmitter(lifted, ActivityAnalysis.Analyze(lifted), width, rule.GetILGenerator(), signature, callee => GetSplitRule(callee, width));
        emitter.Emit();
        return rule;
    }

    // A registered rule in the split convention: builds its dual arguments from the split
    // parameters and splits its dual result.
    private static DynamicMethod BuildAdapter(MethodBase method, Rule registered, ChunkWidth width, SplitSignature signature)
    {
        MethodInfo rule = registered.Instantiate(width, method is MethodInfo { IsGenericMethod: true } generic && registered.PrimalGenericArity > 0 ? generic.GetGenericArguments() : []);
        var adapter = new DynamicMethod($"d{method.DeclaringType?.Name}.{method.Name}_{width.Lanes}_rule", signature.ReturnType, signature.Parameters, typeof(DerivedRules).Module, skipVisibility: true);
        Building[(method, width)] = adapter;
        ILGenerator il = adapter.GetILGenerator();
        ParameterInfo[] parameters = rule.GetParameters();
        for (int i = 0; i < parameters.Length; i++)
        {
            Type type = parameters[i].ParameterType;
            (int primal, int tangent) = signature.Arguments[i];
            il.Emit(OpCodes.Ldarg, primal);
            if (DualShapes.IsDual(type))
            {
                il.Emit(OpCodes.Ldarg, tangent);
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
            il.Emit(OpCodes.Ldarg, signature.ReturnTangent);
            il.Emit(OpCodes.Ldloca, result);
            il.Emit(OpCodes.Call, DualShapes.TangentGetter(rule.ReturnType));
            il.Emit(OpCodes.Stobj, signature.ReturnTangentType!);
            il.Emit(OpCodes.Ldloca, result);
            il.Emit(OpCodes.Call, DualShapes.PrimalGetter(rule.ReturnType));
        }

        il.Emit(OpCodes.Ret);
        return adapter;
    }
}
