using System.Numerics;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules of <see cref="Plane"/>: construction, its dot products with points, directions and 4-vectors, and normalisation.</summary>
public static class PlaneRules
{
    /// <summary><c>new Plane(normal, d)</c>.</summary>
    [FRule(typeof(Plane), ".ctor", typeof(Vector3), typeof(float))]
    public static Dual<Plane, PlaneTangent<TChunk>> Create<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> normal, FloatDual<TChunk> d)
        where TChunk : struct, IChunk<TChunk, float>
        => J(new Plane(normal.Primal, d.Value), [.. VectorRules.S3(normal), d]);

    /// <summary><c>new Plane(x, y, z, d)</c>.</summary>
    [FRule(typeof(Plane), ".ctor", typeof(float), typeof(float), typeof(float), typeof(float))]
    public static Dual<Plane, PlaneTangent<TChunk>> CreateFromFields<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y, FloatDual<TChunk> z, FloatDual<TChunk> d)
        where TChunk : struct, IChunk<TChunk, float>
        => J(new Plane(x.Value, y.Value, z.Value, d.Value), [x, y, z, d]);

    /// <summary><see cref="Plane.DotCoordinate"/>: n·p + d.</summary>
    [FRule(typeof(Plane), nameof(Plane.DotCoordinate), typeof(Plane), typeof(Vector3))]
    public static FloatDual<TChunk> DotCoordinate<TChunk>(Dual<Plane, PlaneTangent<TChunk>> plane, Dual<Vector3, Vector3Tangent<TChunk>> point)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] p = S(plane);
        return new(Plane.DotCoordinate(plane.Primal, point.Primal), (NumericsTwins<TChunk>.Dot(p.AsSpan(0, 3), VectorRules.S3(point)) + p[3]).Partials);
    }

    /// <summary><see cref="Plane.DotNormal"/>: n·v.</summary>
    [FRule(typeof(Plane), nameof(Plane.DotNormal), typeof(Plane), typeof(Vector3))]
    public static FloatDual<TChunk> DotNormal<TChunk>(Dual<Plane, PlaneTangent<TChunk>> plane, Dual<Vector3, Vector3Tangent<TChunk>> direction)
        where TChunk : struct, IChunk<TChunk, float>
        => new(Plane.DotNormal(plane.Primal, direction.Primal), NumericsTwins<TChunk>.Dot(S(plane).AsSpan(0, 3), VectorRules.S3(direction)).Partials);

    /// <summary><see cref="Plane.Dot"/>: (n, d)·v.</summary>
    [FRule(typeof(Plane), nameof(Plane.Dot), typeof(Plane), typeof(Vector4))]
    public static FloatDual<TChunk> Dot<TChunk>(Dual<Plane, PlaneTangent<TChunk>> plane, Dual<Vector4, Vector4Tangent<TChunk>> value)
        where TChunk : struct, IChunk<TChunk, float>
        => new(Plane.Dot(plane.Primal, value.Primal), NumericsTwins<TChunk>.Dot(S(plane), VectorRules.S4(value)).Partials);

    /// <summary>
    /// <see cref="Plane.Normalize"/>, following the runtime's branch: a plane whose normal's squared
    /// length is within 1.2e-7 of one is returned as it is (its tangent too); any other is divided by
    /// the normal's length.
    /// </summary>
    [FRule(typeof(Plane), nameof(Plane.Normalize), typeof(Plane))]
    public static Dual<Plane, PlaneTangent<TChunk>> Normalize<TChunk>(Dual<Plane, PlaneTangent<TChunk>> plane)
        where TChunk : struct, IChunk<TChunk, float>
    {
        const float epsilon = 1.2e-7f;
        Plane primal = Plane.Normalize(plane.Primal);
        FloatDual<TChunk>[] p = S(plane);
        FloatDual<TChunk> squared = NumericsTwins<TChunk>.Dot(p.AsSpan(0, 3), p.AsSpan(0, 3));
        return MathF.Abs(squared.Value - 1f) < epsilon ? new(primal, plane.Tangent) : J(primal, NumericsTwins<TChunk>.Divide(p, NumericsTwins<TChunk>.Sqrt(squared)));
    }

    private static FloatDual<TChunk>[] S<TChunk>(Dual<Plane, PlaneTangent<TChunk>> plane)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Plane, PlaneTangent<TChunk>, TChunk>.Split(plane);

    private static Dual<Plane, PlaneTangent<TChunk>> J<TChunk>(Plane primal, ReadOnlySpan<FloatDual<TChunk>> lanes)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Plane, PlaneTangent<TChunk>, TChunk>.Join(primal, lanes);
}
