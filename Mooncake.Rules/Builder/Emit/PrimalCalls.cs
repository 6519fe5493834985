using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Calls a derived rule makes to the primal method itself although an argument carries a
/// tangent: calls that can neither return a derivative nor change data that carries one, so
/// differentiating through them (or failing to, for BCL code full of intrinsics) would gain
/// nothing. <c>Array.GetLength</c>, <c>List&lt;T&gt;.Count</c>, <c>Math.Sign</c>,
/// <c>Console.WriteLine(x)</c>, argument checks (<c>ArgumentNullException.ThrowIfNull</c>,
/// <c>ArgumentOutOfRangeException.ThrowIfNegative</c>...) and string formatting of active values
/// are such calls.
/// </summary>
internal static class PrimalCalls
{
    // Members of BCL types that only read their receiver and arguments.
    private static readonly HashSet<string> Observers =
    [
        "GetLength", "GetLongLength", "GetLowerBound", "GetUpperBound", "GetType", "ToString", "GetHashCode",
        "Equals", "ReferenceEquals", "CompareTo", "Contains", "IndexOf", "LastIndexOf", "TryFormat",
        nameof(GC.KeepAlive),
    ];

    // BCL types whose members only format or print what they are given, or synchronise on it.
    private static readonly HashSet<Type> Formatting =
    [
        typeof(string), typeof(Console), typeof(StringBuilder), typeof(TextWriter), typeof(Debug), typeof(Trace),
        typeof(DefaultInterpolatedStringHandler), typeof(FormattableString), typeof(object), typeof(ValueType),

        // lock statements: Monitor takes the object as a lock, never reads or writes its data.
        typeof(Monitor),
    ];

    private static readonly ConcurrentDictionary<Type, bool> References = new();

    /// <summary>
    /// Whether a call to <paramref name="callee"/> with <paramref name="inputs"/> (receiver first)
    /// runs as the primal call: its result carries no tangent, and either the callee only reads
    /// what it is given (BCL property getters, observers such as <c>GetLength</c> and
    /// <c>ToString</c>, formatting, locks) or it is framework code every input of which that could
    /// carry a tangent reaches as a copy (a value without references).
    /// </summary>
    public static bool Applies(MethodInfo callee, IReadOnlyList<Variable> inputs)
    {
        if (callee.ReturnType != typeof(void) && ActivityAnalysis.CanCarry(callee.ReturnType))
        {
            return false;
        }

        if (OnlyReads(callee))
        {
            return true;
        }

        // Otherwise only framework code that gets nothing it could write a derivative into: every
        // input that can carry one, active or not, a copy (a constant array handed over beside an
        // active number could be written with it). User code may store an active argument into
        // data it reaches some other way (a static field), so it runs its derived rule.
        if (!IsFramework(callee.DeclaringType!))
        {
            return false;
        }

        for (int i = 0; i < inputs.Count; i++)
        {
            if (ActivityAnalysis.CanCarry(inputs[i].Type) && !IsCopied(inputs[i].Type))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OnlyReads(MethodInfo callee)
    {
        Type declaring = callee.DeclaringType!;
        if (!IsFramework(declaring))
        {
            return false;
        }

        return Formatting.Contains(declaring)
            || Observers.Contains(callee.Name)

            // The framework's internal throw helpers and resource formatting (each System.*
            // assembly has its own ThrowHelper and SR): they build and throw exceptions from what
            // they are given, a dictionary's duplicate key among them.
            || declaring.Name is "ThrowHelper" or "SR"
            || (typeof(Exception).IsAssignableFrom(declaring) && callee.IsStatic && callee.Name.StartsWith("ThrowIf", StringComparison.Ordinal))
            || (callee.IsSpecialName && callee.Name.StartsWith("get_", StringComparison.Ordinal));
    }

    /// <summary>Whether <paramref name="type"/> belongs to the framework (the core library and the <c>System.*</c> assemblies).</summary>
    internal static bool IsFramework(Type type) =>
        type.Assembly == typeof(object).Assembly || type.Assembly.GetName().Name is { } name && (name.StartsWith("System.", StringComparison.Ordinal) || name == "System");

    // A value passed by value that holds no references: the callee gets its own copy.
    private static bool IsCopied(Type type) => type.IsValueType && !type.IsByRefLike && !HoldsReferences(type);

    /// <summary>Whether values of the value type <paramref name="type"/> hold references (<see cref="RuntimeHelpers.IsReferenceOrContainsReferences{T}"/>).</summary>
    internal static bool HoldsReferences(Type type) =>
        References.GetOrAdd(type, static t => (bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!.MakeGenericMethod(t).Invoke(null, null)!);
}
