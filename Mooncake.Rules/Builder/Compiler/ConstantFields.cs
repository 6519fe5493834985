using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Instance fields that keep constant data stored into them constant: no method that can read the
/// field (of any object) writes a value that carries a derivative into the data it holds, or lets
/// that data out of sight. A constructor storing a static table, or a constant argument, into such
/// a field (MathNet's <c>GaussPointPair</c>, built from the cached Gauss-Legendre weights) does not
/// make the table escape, so the table stays constant to every rule.
/// </summary>
/// <remarks>
/// <para>The readers are every method that loads the field (<see cref="FieldReaders"/>) and the
/// callers of its accessors (<see cref="FieldReturns"/>), each analysed as a derived rule with
/// every argument active and the pessimistic <see cref="CallFacts"/>, with the field's data
/// <em>not</em> held inactive: another object's field may hold data that carries tangents, so a
/// reader copying one object's field into another's writes a derivative, and the field fails.</para>
/// <para>Only a field no other module can reach: not visible outside its assembly, with accessors
/// that are not either, of a non-generic type. The decision is part of the fixed point of
/// <see cref="ConstantArguments"/>, since the two rest on each other.</para>
/// </remarks>
internal static class ConstantFields
{
    /// <summary>Whether <paramref name="field"/> is of a kind that could keep constant data: an instance field of a root type, out of other modules' sight.</summary>
    public static bool CanHold(FieldInfo field) =>
        !field.IsStatic && ConstantRoot.IsRootType(field.FieldType) && field.DeclaringType is { IsGenericType: false, ContainsGenericParameters: false } && !IsVisibleOutside(field);

    /// <summary>Decides <paramref name="field"/> (for the fixed point of <see cref="ConstantArguments"/>).</summary>
    internal static bool Evaluate(FieldInfo field)
    {
        if (!CanHold(field))
        {
            return false;
        }

        var pending = new Queue<MethodBase>(FieldReaders.Of(field));
        var seen = new HashSet<MethodBase>();
        while (pending.Count > 0)
        {
            MethodBase reader = pending.Dequeue();
            if (!seen.Add(reader))
            {
                continue;
            }

            LiftedMethod lifted;
            try
            {
                lifted = LiftedMethods.Of(reader);
            }
            catch (Exception e) when (e is NotSupportedException or InvalidProgramException or ArgumentException or BadImageFormatException or InvalidOperationException)
            {
                if (reader.ContainsGenericParameters)
                {
                    return false; // an instantiation may lift
                }

                continue; // it cannot be differentiated either, so it writes no derivative
            }

            HashSet<Variable> reach = ConstantData.ReachOfField(lifted, field);
            ActivityAnalysis activity = ActivityAnalysis.Analyze(lifted, null, null, CallFacts.Pessimistic);
            if (!ConstantData.UsesSoundly(lifted, reach, activity))
            {
                return false;
            }

            if (FieldReturns.FieldOf(reader) == field)
            {
                // An accessor: its callers read the data too.
                if (IsVisibleOutside(reader) || FieldReaders.CallersOf(reader) is not { } callers)
                {
                    return false;
                }

                foreach (MethodBase caller in callers)
                {
                    pending.Enqueue(caller);
                }
            }
        }

        return true;
    }

    private static bool IsVisibleOutside(MemberInfo member)
    {
        bool visible = member switch
        {
            FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
            MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly,
            _ => true,
        };
        return visible && member.DeclaringType is { } type && IsTypeVisible(type);
    }

    // Whether code in another assembly can name the type (nested types through their declaring ones).
    private static bool IsTypeVisible(Type type) =>
        type.IsNested ? (type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem) && IsTypeVisible(type.DeclaringType!) : type.IsPublic;
}
