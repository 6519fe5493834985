using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// BCL methods without rules that the rule builder knows it cannot differentiate through, with
/// the reason: a call to one is rejected at build time, at the call, rather than deep inside the
/// BCL's own code or, worse, by a rule that meets their results at run time.
/// </summary>
internal static class UnsupportedCalls
{
    private const string Sorting =
        "has no rule, and its lazy OrderedIterator sorts through EnumerableSorter's key maps, spans and Unsafe references, "
        + "which the rule builder cannot follow; sort a copy of the array with Array.Sort (which has a rule) instead";

    private static readonly Dictionary<(Type, string), string> Reasons = new()
    {
        [(typeof(Enumerable), nameof(Enumerable.OrderBy))] = Sorting,
        [(typeof(Enumerable), nameof(Enumerable.OrderByDescending))] = Sorting,
        [(typeof(Enumerable), nameof(Enumerable.Order))] = Sorting,
        [(typeof(Enumerable), nameof(Enumerable.OrderDescending))] = Sorting,
        [(typeof(Enumerable), nameof(Enumerable.ThenBy))] = Sorting,
        [(typeof(Enumerable), nameof(Enumerable.ThenByDescending))] = Sorting,
    };

    private const string Reflection =
        "is reflection, which the derivative cannot follow (a value's tangent does not travel through object[] arguments or boxed results); call the method directly";

    /// <summary>Why a call to <paramref name="callee"/> with active arguments cannot be differentiated, or null if it may be.</summary>
    public static string? Reason(MethodInfo callee) => callee.DeclaringType switch
    {
        { } declaring when Reasons.TryGetValue((declaring, callee.Name), out string? reason) => $"{declaring.Name}.{callee.Name} {reason}",
        { } declaring when declaring == typeof(System.Runtime.InteropServices.MemoryMarshal) && callee.Name == "Cast" && callee.IsGenericMethod
            && callee.GetGenericArguments() is [var from, var to] && (IsSimd(from) || IsSimd(to)) =>
            $"MemoryMarshal.Cast<{from.Name}, {to.Name}> reinterprets numbers as SIMD vectors (or back), and a span of vectors has no tangent (spans of double and float do); load the vectors from the span with new Vector<T>(span[i..]), Vector256.Create(span[i..]) or LoadUnsafe",
        { } declaring when IsReflective(declaring, callee.Name) => $"{declaring.Name}.{callee.Name} {Reflection}",
        { } declaring when IsDifferentiation(declaring) => $"{declaring.Name}.{callee.Name} {Nested}",
        _ => null,
    };

    private const string Nested =
        "differentiates, and nested differentiation (a derivative of code that itself takes derivatives of values that carry tangents) is not supported";

    // The public differentiation API and prepared plans: derived, they would differentiate the rule builder's own machinery.
    private static bool IsDifferentiation(Type declaring) => declaring.IsDefined(typeof(TakesDerivativesAttribute), inherit: true);

    private static bool IsSimd(Type type) => Mooncake.Tangents.SimdVectors.IsVector(type, out _, out _);

    private static bool IsReflective(Type declaring, string name) =>
        (declaring.Namespace?.StartsWith("System.Reflection", StringComparison.Ordinal) ?? false)
        || (declaring == typeof(Delegate) && name == nameof(Delegate.DynamicInvoke))
        || (declaring == typeof(Type) && name == nameof(Type.InvokeMember))
        || (declaring == typeof(Activator) && name == nameof(Activator.CreateInstance));
}
