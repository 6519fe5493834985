using Mooncake.Tangents;

namespace Mooncake.Rules.Testing;

/// <summary>Builds dual values of any dual type from a primal and a tangent, and takes them apart.</summary>
internal static class DualValues
{
    /// <summary>The value of <paramref name="dualType"/> pairing <paramref name="primal"/> with <paramref name="tangent"/>.</summary>
    public static object? Make(Type dualType, object? primal, object? tangent) =>
        IsDual(dualType) ? Activator.CreateInstance(dualType, primal, tangent) : primal;

    /// <summary>The primal and the tangent inside <paramref name="dual"/>, a value of <paramref name="dualType"/>.</summary>
    public static (object? Primal, object? Tangent) Split(Type dualType, object? dual)
    {
        if (!IsDual(dualType))
        {
            return (dual, NoTangent.Value);
        }

        Type definition = dualType.GetGenericTypeDefinition();
        (string primal, string tangent) = definition == typeof(Dual<,>) ? ("Primal", "Tangent") : ("Value", "Partials");
        return (dualType.GetProperty(primal)!.GetValue(dual), dualType.GetProperty(tangent)!.GetValue(dual));
    }

    private static bool IsDual(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is { } d && (d == typeof(Dual<>) || d == typeof(FloatDual<>) || d == typeof(Dual<,>));
}
