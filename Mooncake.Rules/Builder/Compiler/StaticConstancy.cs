using System.Collections.Concurrent;
using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Whether the data a static field holds is constant to derived code: whether no derived rule
/// can write a value that carries a derivative into it (a coefficient table, weights, a settings
/// object), so that every rule may read it as a constant, with no tangent block and no tangent work.
/// A field that some method could write derivatives into (a scratch buffer filled from the input)
/// is not: its reads keep the zero tangent materialised for the pass (<see cref="PassScope"/>), so
/// that what one method writes another reads back with its derivative.
/// </summary>
/// <remarks>
/// <para>Decided once per field, over every method that can load it (<see cref="FieldReaders"/>),
/// each analysed as a derived rule with every argument active would be (<see cref="ConstantData"/>
/// with the field as its only root and the pessimistic <see cref="CallFacts"/>): the field is
/// constant when it holds in all of them. A method that cannot be read or lifted cannot be
/// differentiated either, and is skipped. The answer depends on the code alone, not on what was
/// differentiated first.</para>
/// <para>Only a public or internal field can be loaded from another module, which the scan does
/// not see; a rule built there that would write a derivative into such a field is refused
/// (<see cref="ConflictingWrite"/>) rather than allowed to drop the derivatives other rules read.</para>
/// </remarks>
internal static class StaticConstancy
{
    private static readonly ConcurrentDictionary<FieldInfo, (bool Constant, bool Written)> Known = new();
    private static readonly Lock Gate = new();

    // The most readers one group of fields is decided over (the analyses are per reader, per round).
    private const int MaxReaders = 64;

    static StaticConstancy() => CompilerCaches.Register(Known.Clear);

    /// <summary>
    /// Whether <paramref name="field"/> (a static field) holds constant data: no derived rule writes
    /// a derivative into it, and no reader lets it escape (returns it, stores it elsewhere, mixes it
    /// with other values), beyond which writes are not followed. A field whose type is not a root
    /// (<see cref="ConstantRoot.IsRootType"/>: a number, a delegate...) is constant trivially: writes
    /// of derivatives to the field itself are refused where they are made.
    /// </summary>
    public static bool IsConstant(FieldInfo field) => Decided(field).Constant;

    /// <summary>
    /// Whether a reader of <paramref name="field"/> may write a derivative into its data itself (see
    /// <see cref="ConstantData.Result.Written"/>), so that a method reading it returns tangents even
    /// when called with no argument that carries one (<see cref="PrimalSafety"/>). Writes through
    /// an alias that escaped (a lazily built table a getter returns) are not followed.
    /// </summary>
    public static bool IsWritten(FieldInfo field) => Decided(field).Written;

    private static (bool Constant, bool Written) Decided(FieldInfo field)
    {
        if (StaticShadowing.IsShadowed(field))
        {
            // The field itself receives values that carry derivatives: not constant, written.
            return (false, true);
        }

        if (!field.IsStatic || !ConstantRoot.IsRootType(field.FieldType))
        {
            return (true, false);
        }

        if (Known.TryGetValue(field, out (bool, bool) known))
        {
            return known;
        }

        lock (Gate)
        {
            if (!Known.TryGetValue(field, out known))
            {
                Decide(field);
                known = Known[field];
            }

            return known;
        }
    }

    /// <summary>The exception for a rule of a method outside the field's module that would write a derivative into a field every other rule reads as constant.</summary>
    public static UnsupportedILException ConflictingWrite(MethodBase method, ILInstruction? instruction, FieldInfo field) =>
        new(method, instruction, $"it writes a value that carries a derivative into the data of the static field {field.DeclaringType?.Name}.{field.Name}, "
            + $"which every method of {field.Module.Name} that reads it keeps constant, so derived rules read it as a constant; "
            + "pass the data as an argument, or keep the field in the module that writes it");

    // Decides the field together with every static field its readers load, and theirs in turn:
    // the greatest fixed point, each reader analysed with the fields still believed constant as
    // roots, until no reader breaks one. A field's constancy rests on the others' (a reader passing
    // one table to a dictionary it reads from another), and every field of the group is constant
    // only if all of them stay so under that assumption; a field that fails is dropped and the
    // readers are analysed again.
    private static void Decide(FieldInfo field)
    {
        var fields = new HashSet<FieldInfo>();
        var readers = new Dictionary<MethodBase, LiftedMethod>();
        var constant = new HashSet<FieldInfo>();
        var unseen = new HashSet<FieldInfo>();
        var pending = new Queue<FieldInfo>([field]);
        fields.Add(field);
        while (pending.Count > 0)
        {
            FieldInfo next = pending.Dequeue();
            if (readers.Count > MaxReaders || Scan(next, readers) is not { } added)
            {
                unseen.Add(next); // not constant, and maybe written: some reader is out of sight
                continue;
            }

            constant.Add(next);
            foreach (LiftedMethod reader in added)
            {
                foreach (FieldInfo loaded in Loaded(reader))
                {
                    if (!Known.ContainsKey(loaded) && fields.Add(loaded))
                    {
                        pending.Enqueue(loaded);
                    }
                }
            }
        }

        if (readers.Count > MaxReaders)
        {
            // Too large a group to analyse together (a library's lazily built singletons reaching
            // half its module): none of it is constant, all of it may be written.
            unseen.UnionWith(fields);
            constant.Clear();
        }

        // Written once is written: with fewer constants (the later rounds) more values carry
        // tangents, and a field that failed is no longer a root whose writes the rounds would see.
        var written = new HashSet<FieldInfo>();
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach (LiftedMethod reader in readers.Values)
            {
                ConstantData.Result result = ConstantData.Analyze(reader, [], f => constant.Contains(f) || (Known.TryGetValue(f, out (bool Constant, bool) k) && k.Constant), CallFacts.Pessimistic);
                foreach (ConstantRoot failed in result.Failed)
                {
                    if (failed.Field is { } f && constant.Remove(f))
                    {
                        changed = true;
                    }
                }

                foreach (ConstantRoot root in result.Written)
                {
                    if (root.Field is { } f)
                    {
                        written.Add(f);
                    }
                }
            }
        }

        foreach (FieldInfo decided in fields)
        {
            // A field whose readers are out of sight is not constant and may be written.
            bool isConstant = constant.Contains(decided);
            Known[decided] = (isConstant, !isConstant && (written.Contains(decided) || unseen.Contains(decided)));
        }
    }

    // Adds the field's readers, lifted: the methods that load it, and the callers of those that
    // return its data (FieldReturns), and theirs; false if one cannot be seen into (an
    // instantiation of a generic reader, or of the field's generic type, may lift and write it; a
    // delegate to an accessor hides its callers). A reader that cannot be lifted otherwise cannot be
    // differentiated either, so it writes no derivative.
    private static List<LiftedMethod>? Scan(FieldInfo field, Dictionary<MethodBase, LiftedMethod> readers)
    {
        if (field.DeclaringType is null || field.DeclaringType.ContainsGenericParameters || field.DeclaringType.IsGenericType)
        {
            return null;
        }

        var added = new List<LiftedMethod>();
        var pending = new Queue<MethodBase>(FieldReaders.Of(field));
        var seen = new HashSet<MethodBase>();
        while (pending.Count > 0)
        {
            MethodBase reader = pending.Dequeue();
            if (!seen.Add(reader))
            {
                continue;
            }

            if (!readers.ContainsKey(reader))
            {
                try
                {
                    readers[reader] = LiftedMethods.Of(reader);
                    added.Add(readers[reader]);
                }
                catch (Exception e) when (e is NotSupportedException or InvalidProgramException or ArgumentException or BadImageFormatException or InvalidOperationException)
                {
                    if (reader.ContainsGenericParameters)
                    {
                        return null;
                    }

                    continue;
                }
            }

            if (FieldReturns.FieldOf(reader) == field)
            {
                if (FieldReaders.CallersOf(reader) is not { } callers)
                {
                    return null;
                }

                foreach (MethodBase caller in callers)
                {
                    pending.Enqueue(caller);
                }
            }
        }

        return added;
    }

    // The static fields of root types whose data a lifted method reads.
    private static IEnumerable<FieldInfo> Loaded(LiftedMethod method) => ConstantData.StaticData(method);
}
