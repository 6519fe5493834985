using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Methods that return a field's data: a lazily built singleton's getter
/// (<c>return _points ??= Build();</c>, MathNet's <c>GaussLegendrePointFactory.GetGaussPoint</c>),
/// an accessor of a table, a property getter of an instance field. Their callers read that data as
/// the field's loads do, so they are among its readers (<see cref="StaticConstancy"/>,
/// <see cref="ConstantFields"/>), and the data they get from a constant static is constant: no
/// tangent to materialise for every pass, no tangent work on it.
/// </summary>
/// <remarks>
/// Only a non-virtual, non-generic method whose every return is the field's data, and whose
/// address nobody takes (a delegate's calls are not seen): otherwise its callers could not all be
/// found. A static field is preferred where a method returns both (it reads no instance field then).
/// </remarks>
internal static class FieldReturns
{
    private static readonly ConcurrentDictionary<MethodBase, FieldInfo?> Known = new();
    private static readonly HashSet<MethodBase> InProgress = [];
    private static readonly Lock Gate = new();

    static FieldReturns() => CompilerCaches.Register(Known.Clear);

    /// <summary>The field (static, or an instance field of any object) whose data every return of <paramref name="method"/> is, or null.</summary>
    public static FieldInfo? FieldOf(MethodBase method)
    {
        if (method is not MethodInfo { IsVirtual: false, IsGenericMethod: false } info || info.DeclaringType is not { IsGenericType: false }
            || !ConstantRoot.IsRootType(info.ReturnType) || !PrimalSafety.IsDerivedCode(method))
        {
            return null;
        }

        if (Known.TryGetValue(method, out FieldInfo? known))
        {
            return known;
        }

        lock (Gate)
        {
            if (Known.TryGetValue(method, out known))
            {
                return known;
            }

            if (!InProgress.Add(method))
            {
                return null; // recursion: not a plain accessor
            }

            try
            {
                FieldInfo? field = Decide(method);
                Known[method] = field;
                return field;
            }
            finally
            {
                InProgress.Remove(method);
            }
        }
    }

    private static FieldInfo? Decide(MethodBase method)
    {
        LiftedMethod lifted;
        try
        {
            lifted = LiftedMethods.Of(method);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidProgramException or ArgumentException or BadImageFormatException or InvalidOperationException)
        {
            return null;
        }

        Operation[] returns = [.. lifted.Blocks.SelectMany(b => b.Operations).Where(o => o.Instruction.OpCode == OpCodes.Ret)];
        if (returns.Length == 0 || FieldReaders.CallersOf(method) is null)
        {
            return null;
        }

        foreach (FieldInfo field in ConstantData.StaticData(lifted).Concat(ConstantData.InstanceData(lifted)).Distinct())
        {
            HashSet<Variable> reach = ConstantData.ReachOfField(lifted, field);
            if (returns.All(r => reach.Contains(r.Inputs[0])))
            {
                return field;
            }
        }

        return null;
    }
}
