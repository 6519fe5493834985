using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>The named tangent types of System.Numerics' float types (<see cref="Vector3Tangent{TChunk}"/> and the others).</summary>
public static class NumericsTypes
{
    private static readonly Dictionary<Type, Type> Definitions = new()
    {
        [typeof(Vector2)] = typeof(Vector2Tangent<>),
        [typeof(Vector3)] = typeof(Vector3Tangent<>),
        [typeof(Vector4)] = typeof(Vector4Tangent<>),
        [typeof(Quaternion)] = typeof(QuaternionTangent<>),
        [typeof(Plane)] = typeof(PlaneTangent<>),
        [typeof(Matrix3x2)] = typeof(Matrix3x2Tangent<>),
        [typeof(Matrix4x4)] = typeof(Matrix4x4Tangent<>),
    };

    /// <summary>The primal types that have a named tangent type.</summary>
    public static IReadOnlyCollection<Type> Primals => Definitions.Keys;

    /// <summary>The primal type whose named tangent type has the generic definition <paramref name="definition"/>, or null.</summary>
    public static Type? PrimalOrNull(Type definition) => Definitions.FirstOrDefault(d => d.Value == definition).Key;

    /// <summary>The named tangent type of <paramref name="primal"/> over <paramref name="floatChunk"/>, or null where it has none.</summary>
    public static Type? TangentOrNull(Type primal, Type floatChunk)
    {
        ArgumentNullException.ThrowIfNull(primal);
        return Definitions.TryGetValue(primal, out Type? definition) ? definition.MakeGenericType(floatChunk) : null;
    }
}
