using System.Collections.Concurrent;
using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Which derived rules need a <see cref="PassScope"/>: those that may materialise the zero tangent
/// of an object (an array read from a static field, an object returned by a call without active
/// arguments), directly or through a rule they call. A rule that provably does not (it computes on
/// its arguments, arrays of numbers included, and calls only rules that do not either) runs the
/// same without one, so the entry points skip opening and closing it: two thread-static accesses
/// and a finally block per pass, which in a dynamic method are runtime-helper calls, about 10 ns,
/// as much as a cheap function costs.
/// </summary>
/// <remarks>
/// Decided per build, when its rules are published: a rule is scope-free when its own body may
/// not need a scope (<see cref="MethodEmitter.MayNeedScope"/>) and every derived rule it calls is
/// scope-free. Within a build this is the greatest fixed point, so that recursion that
/// materialises nothing is scope-free too. Conservative: an unknown rule needs a scope.
/// </remarks>
internal static class ScopeUse
{
    private static readonly ConcurrentDictionary<MethodInfo, bool> ScopeFree = new();

    /// <summary>Whether a pass that calls <paramref name="rule"/> needs a <see cref="PassScope"/>.</summary>
    public static bool Needs(MethodInfo rule) => !ScopeFree.TryGetValue(rule, out bool free) || !free;

    /// <summary>
    /// Decides the rules of one build: <paramref name="rules"/> maps each rule to whether its body
    /// may need a scope and the derived rules it calls (of this build or published before).
    /// </summary>
    public static void Publish(IReadOnlyDictionary<MethodInfo, (bool MayNeedScope, IReadOnlyCollection<MethodInfo> Callees)> rules)
    {
        var free = rules.Where(r => !r.Value.MayNeedScope).Select(r => r.Key).ToHashSet();
        bool changed = true;
        while (changed)
        {
            changed = false;
            foreach (MethodInfo rule in free.ToArray())
            {
                if (rules[rule].Callees.Any(c => !free.Contains(c) && (rules.ContainsKey(c) || Needs(c))))
                {
                    free.Remove(rule);
                    changed = true;
                }
            }
        }

        foreach (MethodInfo rule in rules.Keys)
        {
            ScopeFree.TryAdd(rule, free.Contains(rule));
        }
    }

    /// <summary>
    /// Whether values of <paramref name="type"/> hold only numbers: a primitive, or an array, span
    /// or reference of primitives. Such values cannot carry a delegate or an object whose tangent
    /// a rule would materialise.
    /// </summary>
    public static bool IsNumeric(Type type)
    {
        if (type.IsByRef || type.IsArray)
        {
            return IsNumeric(type.GetElementType()!);
        }

        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Span<>) || type.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>)))
        {
            return IsNumeric(type.GetGenericArguments()[0]);
        }

        return type.IsPrimitive;
    }
}
