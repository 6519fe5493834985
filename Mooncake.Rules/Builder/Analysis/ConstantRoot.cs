using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// A source of data that carries no derivative: an argument its request holds constant (the
/// delegate's target of the <c>Forward</c> API, a weight array a caller passes), or a static field
/// that no derived code writes a derivative into. What is reached from it (its fields, elements,
/// the arrays they hold) is constant too, where <see cref="ConstantData"/> finds that sound.
/// </summary>
/// <param name="Argument">The IL argument index of a constant argument, or -1.</param>
/// <param name="Field">The static field, or null.</param>
internal sealed record ConstantRoot(int Argument, FieldInfo? Field)
{
    /// <summary>The constant argument <paramref name="index"/>.</summary>
    public static ConstantRoot OfArgument(int index) => new(index, null);

    /// <summary>The static field <paramref name="field"/>.</summary>
    public static ConstantRoot OfStatic(FieldInfo field) => new(-1, field);

    /// <inheritdoc/>
    public override string ToString() => Field is { } field ? $"static {field.DeclaringType?.Name}.{field.Name}" : $"argument {Argument}";

    /// <summary>
    /// Whether a constant of <paramref name="type"/> is a root whose reach the analysis follows: a
    /// reference (an array, an object whose type has a tangent) or a struct holding references,
    /// whose contents other code could change. A number, or a struct of numbers, is a copy and
    /// needs no following; a delegate, an interface or <see cref="object"/> (whose tangent slot is
    /// dynamic) and a reference to a variable are not followed: they stay as the ordinary analysis has them.
    /// </summary>
    public static bool IsRootType(Type type)
    {
        if (type.IsByRef || type.IsPointer || type.IsByRefLike || type == typeof(object) || type.IsInterface || type.IsAbstract && !type.IsArray
            || typeof(Delegate).IsAssignableFrom(type) || !ActivityAnalysis.CanCarry(type))
        {
            return false;
        }

        return !type.IsValueType || PrimalCalls.HoldsReferences(type);
    }
}
