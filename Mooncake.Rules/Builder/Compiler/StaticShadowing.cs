using System.Collections.Concurrent;
using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Which static fields may receive a value that carries a derivative (a settings singleton's
/// last input, a cache, a lazily computed static): derived code keeps their tangents in a shadow
/// of the pass (<see cref="StaticShadows"/>), stores to them write the shadow and reads consult it.
/// Every other static field is constant to a derived rule, as before.
/// </summary>
/// <remarks>
/// A field is shadowed when some method of its scope (its type for a private field, its module
/// otherwise) other than its type's static constructor stores into it a value that is active
/// when every argument of that method is: the most general request, so a store that is active
/// under some request is active here. A lazily built table (<c>s_table ??= Build()</c>, built from
/// constants) is not shadowed and stays a constant. Fields visible outside their module may be
/// written by code this analysis does not see: a store of an active value into a field found
/// not to be shadowed is refused by the emitter, never lost. While a field is being decided, the
/// fields its writers read are assumed not shadowed (a cycle of fields that only copy each other
/// carries no derivative in).
/// </remarks>
internal static class StaticShadowing
{
    private static readonly ConcurrentDictionary<FieldInfo, bool> Known = new();

    [ThreadStatic]
    private static HashSet<FieldInfo>? t_deciding;

    static StaticShadowing() => CompilerCaches.Register(Known.Clear);

    /// <summary>Whether derived code keeps a shadow tangent for <paramref name="field"/>.</summary>
    public static bool IsShadowed(FieldInfo field)
    {
        if (!field.IsStatic || field.IsInitOnly || field.IsLiteral || typeof(Delegate).IsAssignableFrom(field.FieldType) || !ActivityAnalysis.CanCarry(field.FieldType))
        {
            return false;
        }

        if (Known.TryGetValue(field, out bool known))
        {
            return known;
        }

        HashSet<FieldInfo> deciding = t_deciding ??= [];
        if (!deciding.Add(field))
        {
            return false;
        }

        try
        {
            bool shadowed = FieldReaders.WritersOf(field).Any(writer => StoresActive(writer, field));
            if (deciding.Count == 1)
            {
                // Decided on no assumption about another field: it holds for good.
                Known.TryAdd(field, shadowed);
            }

            return shadowed;
        }
        finally
        {
            deciding.Remove(field);
        }
    }

    private static bool StoresActive(MethodBase writer, FieldInfo field)
    {
        if (writer is ConstructorInfo { IsStatic: true } && writer.DeclaringType == field.DeclaringType)
        {
            return false;
        }

        if (!writer.GetParameters().Any(p => ActivityAnalysis.CanCarry(p.ParameterType)) && (writer.IsStatic || !ActivityAnalysis.CanCarry(writer.DeclaringType!)))
        {
            // No derivative can enter it through an argument (a lazily built cache keyed by an
            // order): what it stores is constant data, and callers run it as the primal.
            return false;
        }

        LiftedMethod lifted;
        try
        {
            lifted = LiftedMethods.Of(writer);
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or BadImageFormatException)
        {
            // A writer the builder cannot read: its stores may carry anything.
            return true;
        }

        // Activity as a rule for the most general request computes it, constant data included:
        // a table a call builds from constants is constant data, not a value with a derivative.
        ActivityAnalysis activity = ConstantData.Analyze(lifted, [], StaticConstancy.IsConstant, CallFacts.ArgumentsOnly).Activity;
        return lifted.Blocks.SelectMany(b => b.Operations).Any(o =>
            o.Instruction.Op == ILOp.StoreStaticField && o.Instruction.Operand is FieldInfo stored
            && stored.MetadataToken == field.MetadataToken && stored.Module == field.Module && activity.IsActive(o.Inputs[0]));
    }
}
