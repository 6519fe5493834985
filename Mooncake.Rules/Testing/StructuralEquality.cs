using System.Reflection;

namespace Mooncake.Rules.Testing;

/// <summary>
/// Bit-for-bit equality of two values of any shape (numbers, arrays, structs, object graphs,
/// tangents): floating-point numbers are equal when their bits are (so NaN equals NaN and -0 does
/// not equal +0), objects are compared field by field, and delegates by method and target.
/// </summary>
internal static class StructuralEquality
{
    /// <summary>
    /// The path to the first difference between <paramref name="a"/> and <paramref name="b"/>, or
    /// null if they are equal; with <paramref name="signedZeros"/> false, -0 equals +0.
    /// </summary>
    public static string? FirstDifference(object? a, object? b, bool signedZeros = true) =>
        Compare(a, b, "value", new HashSet<(object, object)>(), signedZeros);

    private static string? Compare(object? a, object? b, string path, HashSet<(object, object)> visited, bool signedZeros)
    {
        if (a is null || b is null)
        {
            return a is null && b is null ? null : $"{path}: {Show(a)} against {Show(b)}";
        }

        if (a.GetType() != b.GetType())
        {
            return $"{path}: a {a.GetType()} against a {b.GetType()}";
        }

        switch (a)
        {
            case double d:
                return SameBits(d, (double)b, signedZeros) ? null : $"{path}: {d:R} against {(double)b:R}";
            case float f:
                return SameBits(f, (float)b, signedZeros) ? null : $"{path}: {f:R} against {(float)b:R}";
            case string or decimal or Type:
                return a.Equals(b) ? null : $"{path}: {a} against {b}";
        }

        Type type = a.GetType();
        if (type.IsPrimitive || type.IsEnum)
        {
            return a.Equals(b) ? null : $"{path}: {a} against {b}";
        }

        if (!type.IsValueType && (ReferenceEquals(a, b) || !visited.Add((a, b))))
        {
            return null;
        }

        if (a is Delegate p)
        {
            // A delegate is its method and its target; its other fields are the runtime's caches
            // (reading Delegate.Method fills one), which say nothing about the value.
            var q = (Delegate)b;
            return p.Method != q.Method ? $"{path}: {p.Method} against {q.Method}"
                : Compare(p.Target, q.Target, $"{path}.Target", visited, signedZeros);
        }

        if (a is Array x)
        {
            var y = (Array)b;
            if (x.Rank != y.Rank || Enumerable.Range(0, x.Rank).Any(d => x.GetLength(d) != y.GetLength(d)))
            {
                return $"{path}: arrays of different shapes";
            }

            int i = 0;
            var ys = y.Cast<object?>().ToArray();
            foreach (object? element in x)
            {
                if (Compare(element, ys[i], $"{path}[{i}]", visited, signedZeros) is { } difference)
                {
                    return difference;
                }

                i++;
            }

            return null;
        }

        for (Type? level = type; level is not null && level != typeof(object) && level != typeof(ValueType); level = level.BaseType)
        {
            foreach (FieldInfo field in level.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (Compare(field.GetValue(a), field.GetValue(b), $"{path}.{field.Name}", visited, signedZeros) is { } difference)
                {
                    return difference;
                }
            }
        }

        return null;
    }

    private static bool SameBits(double a, double b, bool signedZeros) =>
        BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b) || (!signedZeros && a == 0.0 && b == 0.0);

    private static string Show(object? value) => value?.ToString() ?? "null";
}
