using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The dual types the emitter builds from split parts and takes apart again: the constructor
/// that pairs a primal with its tangent and the getters of the two parts.
/// </summary>
internal static class DualShapes
{
    /// <summary>Whether <paramref name="type"/> is a dual type (<c>Dual&lt;TChunk&gt;</c>, <c>FloatDual&lt;TChunk&gt;</c>, <c>Dual&lt;P, T&gt;</c>, or a span or reference dual).</summary>
    public static bool IsDual(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is { } d
        && (d == typeof(Dual<>) || d == typeof(FloatDual<>) || HasPrimalAndTangent(d));

    // The duals whose parts are named Primal and Tangent: Dual<P, T> and the ref-struct duals of
    // spans and references (DualSpan, ReadOnlyDualSpan, DualRef).
    private static bool HasPrimalAndTangent(Type definition) =>
        definition == typeof(Dual<,>) || definition == typeof(DualSpan<,>) || definition == typeof(ReadOnlyDualSpan<,>) || definition == typeof(DualRef<,>);

    /// <summary>The constructor taking the primal and the tangent.</summary>
    public static ConstructorInfo Constructor(Type dual)
    {
        ParameterInfo[] Parameters(ConstructorInfo c) => c.GetParameters();
        return dual.GetConstructors().Single(c => Parameters(c).Length == 2);
    }

    /// <summary>The getter of the primal part.</summary>
    public static MethodInfo PrimalGetter(Type dual) =>
        dual.GetProperty(HasPrimalAndTangent(dual.GetGenericTypeDefinition()) ? "Primal" : "Value")!.GetMethod!;

    /// <summary>The getter of the tangent part.</summary>
    public static MethodInfo TangentGetter(Type dual) =>
        dual.GetProperty(HasPrimalAndTangent(dual.GetGenericTypeDefinition()) ? "Tangent" : "Partials")!.GetMethod!;

    /// <summary>The scalar dual type of a <see cref="double"/> or <see cref="float"/> at <paramref name="width"/>.</summary>
    public static Type ScalarDual(Type scalar, ChunkWidth width) =>
        scalar == typeof(double) ? typeof(Dual<>).MakeGenericType(width.DoubleChunk) : typeof(FloatDual<>).MakeGenericType(width.FloatChunk);

    /// <summary>The <c>DualMath</c> class of a <see cref="double"/> or <see cref="float"/> at <paramref name="width"/>.</summary>
    public static Type ScalarMath(Type scalar, ChunkWidth width) =>
        typeof(DualMath<,,>).MakeGenericType(ScalarDual(scalar, width), scalar == typeof(double) ? width.DoubleChunk : width.FloatChunk, scalar);
}
