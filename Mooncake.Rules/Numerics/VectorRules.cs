using System.Numerics;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules of <see cref="Vector2"/>, <see cref="Vector3"/> and <see cref="Vector4"/>: construction,
/// dot and cross products, lengths, normalisation, distances, interpolation and transforms by
/// matrices and quaternions. The primal is the runtime's; the tangent is the same formula on float
/// duals (<see cref="NumericsTwins{TChunk}"/>). The field-by-field operators are registered by
/// <see cref="NumericsRuleTable"/>.
/// </summary>
public static class VectorRules
{
    /// <summary><c>new Vector2(x, y)</c>.</summary>
    [FRule(typeof(Vector2), ".ctor", typeof(float), typeof(float))]
    public static Dual<Vector2, Vector2Tangent<TChunk>> Create2<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => J2(new Vector2(x.Value, y.Value), [x, y]);

    /// <summary><c>new Vector3(x, y, z)</c>.</summary>
    [FRule(typeof(Vector3), ".ctor", typeof(float), typeof(float), typeof(float))]
    public static Dual<Vector3, Vector3Tangent<TChunk>> Create3<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y, FloatDual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, float>
        => J3(new Vector3(x.Value, y.Value, z.Value), [x, y, z]);

    /// <summary><c>new Vector3(xy, z)</c>.</summary>
    [FRule(typeof(Vector3), ".ctor", typeof(Vector2), typeof(float))]
    public static Dual<Vector3, Vector3Tangent<TChunk>> Create3From2<TChunk>(Dual<Vector2, Vector2Tangent<TChunk>> xy, FloatDual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, float>
        => J3(new Vector3(xy.Primal, z.Value), [.. S2(xy), z]);

    /// <summary><c>new Vector4(x, y, z, w)</c>.</summary>
    [FRule(typeof(Vector4), ".ctor", typeof(float), typeof(float), typeof(float), typeof(float))]
    public static Dual<Vector4, Vector4Tangent<TChunk>> Create4<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y, FloatDual<TChunk> z, FloatDual<TChunk> w)
        where TChunk : struct, IChunk<TChunk, float>
        => J4(new Vector4(x.Value, y.Value, z.Value, w.Value), [x, y, z, w]);

    /// <summary><c>new Vector4(xyz, w)</c>.</summary>
    [FRule(typeof(Vector4), ".ctor", typeof(Vector3), typeof(float))]
    public static Dual<Vector4, Vector4Tangent<TChunk>> Create4From3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> xyz, FloatDual<TChunk> w)
        where TChunk : struct, IChunk<TChunk, float>
        => J4(new Vector4(xyz.Primal, w.Value), [.. S3(xyz), w]);

    /// <summary><c>new Vector2(value)</c>: every field <paramref name="value"/>.</summary>
    [FRule(typeof(Vector2), ".ctor", typeof(float))]
    public static Dual<Vector2, Vector2Tangent<TChunk>> Broadcast2<TChunk>(FloatDual<TChunk> value)
        where TChunk : struct, IChunk<TChunk, float>
        => J2(new Vector2(value.Value), [value, value]);

    /// <summary><c>new Vector3(value)</c>: every field <paramref name="value"/>.</summary>
    [FRule(typeof(Vector3), ".ctor", typeof(float))]
    public static Dual<Vector3, Vector3Tangent<TChunk>> Broadcast3<TChunk>(FloatDual<TChunk> value)
        where TChunk : struct, IChunk<TChunk, float>
        => J3(new Vector3(value.Value), [value, value, value]);

    /// <summary><c>new Vector4(value)</c>: every field <paramref name="value"/>.</summary>
    [FRule(typeof(Vector4), ".ctor", typeof(float))]
    public static Dual<Vector4, Vector4Tangent<TChunk>> Broadcast4<TChunk>(FloatDual<TChunk> value)
        where TChunk : struct, IChunk<TChunk, float>
        => J4(new Vector4(value.Value), [value, value, value, value]);

    /// <summary><see cref="Vector2.Dot"/>.</summary>
    [FRule(typeof(Vector2), nameof(Vector2.Dot), typeof(Vector2), typeof(Vector2))]
    public static FloatDual<TChunk> Dot2<TChunk>(Dual<Vector2, Vector2Tangent<TChunk>> a, Dual<Vector2, Vector2Tangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => new(Vector2.Dot(a.Primal, b.Primal), NumericsTwins<TChunk>.Dot(S2(a), S2(b)).Partials);

    /// <summary><see cref="Vector3.Dot"/>.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.Dot), typeof(Vector3), typeof(Vector3))]
    public static FloatDual<TChunk> Dot3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> a, Dual<Vector3, Vector3Tangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => new(Vector3.Dot(a.Primal, b.Primal), NumericsTwins<TChunk>.Dot(S3(a), S3(b)).Partials);

    /// <summary><see cref="Vector4.Dot"/>.</summary>
    [FRule(typeof(Vector4), nameof(Vector4.Dot), typeof(Vector4), typeof(Vector4))]
    public static FloatDual<TChunk> Dot4<TChunk>(Dual<Vector4, Vector4Tangent<TChunk>> a, Dual<Vector4, Vector4Tangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => new(Vector4.Dot(a.Primal, b.Primal), NumericsTwins<TChunk>.Dot(S4(a), S4(b)).Partials);

    /// <summary><see cref="Vector3.Cross"/>.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.Cross), typeof(Vector3), typeof(Vector3))]
    public static Dual<Vector3, Vector3Tangent<TChunk>> Cross<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> a, Dual<Vector3, Vector3Tangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] x = S3(a), y = S3(b);
        return J3(Vector3.Cross(a.Primal, b.Primal), [(x[1] * y[2]) - (x[2] * y[1]), (x[2] * y[0]) - (x[0] * y[2]), (x[0] * y[1]) - (x[1] * y[0])]);
    }

    /// <summary><see cref="Vector2.Length"/>.</summary>
    [FRule(typeof(Vector2), nameof(Vector2.Length))]
    public static FloatDual<TChunk> Length2<TChunk>(DualRef<Vector2, Vector2Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => Length(v.Primal.Length(), S2<TChunk>(new(v.Primal, v.TangentOrZero)));

    /// <summary><see cref="Vector3.Length"/>.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.Length))]
    public static FloatDual<TChunk> Length3<TChunk>(DualRef<Vector3, Vector3Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => Length(v.Primal.Length(), S3<TChunk>(new(v.Primal, v.TangentOrZero)));

    /// <summary><see cref="Vector4.Length"/>.</summary>
    [FRule(typeof(Vector4), nameof(Vector4.Length))]
    public static FloatDual<TChunk> Length4<TChunk>(DualRef<Vector4, Vector4Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => Length(v.Primal.Length(), S4<TChunk>(new(v.Primal, v.TangentOrZero)));

    /// <summary><see cref="Vector2.LengthSquared"/>.</summary>
    [FRule(typeof(Vector2), nameof(Vector2.LengthSquared))]
    public static FloatDual<TChunk> LengthSquared2<TChunk>(DualRef<Vector2, Vector2Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => Squared(v.Primal.LengthSquared(), S2<TChunk>(new(v.Primal, v.TangentOrZero)));

    /// <summary><see cref="Vector3.LengthSquared"/>.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.LengthSquared))]
    public static FloatDual<TChunk> LengthSquared3<TChunk>(DualRef<Vector3, Vector3Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => Squared(v.Primal.LengthSquared(), S3<TChunk>(new(v.Primal, v.TangentOrZero)));

    /// <summary><see cref="Vector4.LengthSquared"/>.</summary>
    [FRule(typeof(Vector4), nameof(Vector4.LengthSquared))]
    public static FloatDual<TChunk> LengthSquared4<TChunk>(DualRef<Vector4, Vector4Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => Squared(v.Primal.LengthSquared(), S4<TChunk>(new(v.Primal, v.TangentOrZero)));

    /// <summary><see cref="Vector2.Normalize"/>.</summary>
    [FRule(typeof(Vector2), nameof(Vector2.Normalize), typeof(Vector2))]
    public static Dual<Vector2, Vector2Tangent<TChunk>> Normalize2<TChunk>(Dual<Vector2, Vector2Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => J2(Vector2.Normalize(v.Primal), Normalized(S2(v)));

    /// <summary><see cref="Vector3.Normalize"/>.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.Normalize), typeof(Vector3))]
    public static Dual<Vector3, Vector3Tangent<TChunk>> Normalize3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => J3(Vector3.Normalize(v.Primal), Normalized(S3(v)));

    /// <summary><see cref="Vector4.Normalize"/>.</summary>
    [FRule(typeof(Vector4), nameof(Vector4.Normalize), typeof(Vector4))]
    public static Dual<Vector4, Vector4Tangent<TChunk>> Normalize4<TChunk>(Dual<Vector4, Vector4Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => J4(Vector4.Normalize(v.Primal), Normalized(S4(v)));

    /// <summary><see cref="Vector2.Distance"/>.</summary>
    [FRule(typeof(Vector2), nameof(Vector2.Distance), typeof(Vector2), typeof(Vector2))]
    public static FloatDual<TChunk> Distance2<TChunk>(Dual<Vector2, Vector2Tangent<TChunk>> a, Dual<Vector2, Vector2Tangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => Length(Vector2.Distance(a.Primal, b.Primal), NumericsTwins<TChunk>.Difference(S2(a), S2(b)));

    /// <summary><see cref="Vector3.Distance"/>.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.Distance), typeof(Vector3), typeof(Vector3))]
    public static FloatDual<TChunk> Distance3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> a, Dual<Vector3, Vector3Tangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => Length(Vector3.Distance(a.Primal, b.Primal), NumericsTwins<TChunk>.Difference(S3(a), S3(b)));

    /// <summary><see cref="Vector3.DistanceSquared"/>.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.DistanceSquared), typeof(Vector3), typeof(Vector3))]
    public static FloatDual<TChunk> DistanceSquared3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> a, Dual<Vector3, Vector3Tangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => Squared(Vector3.DistanceSquared(a.Primal, b.Primal), NumericsTwins<TChunk>.Difference(S3(a), S3(b)));

    /// <summary><see cref="Vector2.Lerp(Vector2, Vector2, float)"/>.</summary>
    [FRule(typeof(Vector2), nameof(Vector2.Lerp), typeof(Vector2), typeof(Vector2), typeof(float))]
    public static Dual<Vector2, Vector2Tangent<TChunk>> Lerp2<TChunk>(Dual<Vector2, Vector2Tangent<TChunk>> a, Dual<Vector2, Vector2Tangent<TChunk>> b, FloatDual<TChunk> t)
        where TChunk : struct, IChunk<TChunk, float>
        => J2(Vector2.Lerp(a.Primal, b.Primal, t.Value), NumericsTwins<TChunk>.Lerp(S2(a), S2(b), t));

    /// <summary><see cref="Vector3.Lerp(Vector3, Vector3, float)"/>.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.Lerp), typeof(Vector3), typeof(Vector3), typeof(float))]
    public static Dual<Vector3, Vector3Tangent<TChunk>> Lerp3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> a, Dual<Vector3, Vector3Tangent<TChunk>> b, FloatDual<TChunk> t)
        where TChunk : struct, IChunk<TChunk, float>
        => J3(Vector3.Lerp(a.Primal, b.Primal, t.Value), NumericsTwins<TChunk>.Lerp(S3(a), S3(b), t));

    /// <summary><see cref="Vector4.Lerp(Vector4, Vector4, float)"/>.</summary>
    [FRule(typeof(Vector4), nameof(Vector4.Lerp), typeof(Vector4), typeof(Vector4), typeof(float))]
    public static Dual<Vector4, Vector4Tangent<TChunk>> Lerp4<TChunk>(Dual<Vector4, Vector4Tangent<TChunk>> a, Dual<Vector4, Vector4Tangent<TChunk>> b, FloatDual<TChunk> t)
        where TChunk : struct, IChunk<TChunk, float>
        => J4(Vector4.Lerp(a.Primal, b.Primal, t.Value), NumericsTwins<TChunk>.Lerp(S4(a), S4(b), t));

    /// <summary><see cref="Vector2.Transform(Vector2, Matrix3x2)"/>: the point times the affine matrix.</summary>
    [FRule(typeof(Vector2), nameof(Vector2.Transform), typeof(Vector2), typeof(Matrix3x2))]
    public static Dual<Vector2, Vector2Tangent<TChunk>> Transform2<TChunk>(Dual<Vector2, Vector2Tangent<TChunk>> v, Dual<Matrix3x2, Matrix3x2Tangent<TChunk>> m)
        where TChunk : struct, IChunk<TChunk, float>
        => J2(Vector2.Transform(v.Primal, m.Primal), NumericsTwins<TChunk>.RowTimesMatrix(S2(v), NumericsTwins<TChunk>.Constant(1f), MatrixRules.S32(m), 2, 2));

    /// <summary><see cref="Vector3.Transform(Vector3, Matrix4x4)"/>: the point (w = 1) times the matrix.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.Transform), typeof(Vector3), typeof(Matrix4x4))]
    public static Dual<Vector3, Vector3Tangent<TChunk>> Transform3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> v, Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> m)
        where TChunk : struct, IChunk<TChunk, float>
        => J3(Vector3.Transform(v.Primal, m.Primal), NumericsTwins<TChunk>.RowTimesMatrix(S3(v), NumericsTwins<TChunk>.Constant(1f), MatrixRules.S44(m), 4, 3));

    /// <summary><see cref="Vector3.TransformNormal(Vector3, Matrix4x4)"/>: the direction (w = 0) times the matrix.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.TransformNormal), typeof(Vector3), typeof(Matrix4x4))]
    public static Dual<Vector3, Vector3Tangent<TChunk>> TransformNormal3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> v, Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> m)
        where TChunk : struct, IChunk<TChunk, float>
        => J3(Vector3.TransformNormal(v.Primal, m.Primal), NumericsTwins<TChunk>.RowTimesMatrix(S3(v), null, MatrixRules.S44(m), 4, 3));

    /// <summary><see cref="Vector4.Transform(Vector4, Matrix4x4)"/>.</summary>
    [FRule(typeof(Vector4), nameof(Vector4.Transform), typeof(Vector4), typeof(Matrix4x4))]
    public static Dual<Vector4, Vector4Tangent<TChunk>> Transform4<TChunk>(Dual<Vector4, Vector4Tangent<TChunk>> v, Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> m)
        where TChunk : struct, IChunk<TChunk, float>
        => J4(Vector4.Transform(v.Primal, m.Primal), NumericsTwins<TChunk>.RowTimesMatrix(S4(v), null, MatrixRules.S44(m), 4, 4));

    /// <summary><see cref="Vector3.Transform(Vector3, Quaternion)"/>: the rotation of the vector by the (unit) quaternion, as the runtime's formula.</summary>
    [FRule(typeof(Vector3), nameof(Vector3.Transform), typeof(Vector3), typeof(Quaternion))]
    public static Dual<Vector3, Vector3Tangent<TChunk>> Rotate3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> v, Dual<Quaternion, QuaternionTangent<TChunk>> q)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] p = S3(v), r = QuaternionRules.S(q);
        FloatDual<TChunk> x2 = r[0] + r[0], y2 = r[1] + r[1], z2 = r[2] + r[2];
        FloatDual<TChunk> wx2 = r[3] * x2, wy2 = r[3] * y2, wz2 = r[3] * z2;
        FloatDual<TChunk> xx2 = r[0] * x2, xy2 = r[0] * y2, xz2 = r[0] * z2;
        FloatDual<TChunk> yy2 = r[1] * y2, yz2 = r[1] * z2, zz2 = r[2] * z2;
        return J3(Vector3.Transform(v.Primal, q.Primal),
        [
            (p[0] * (1f - yy2 - zz2)) + (p[1] * (xy2 - wz2)) + (p[2] * (xz2 + wy2)),
            (p[0] * (xy2 + wz2)) + (p[1] * (1f - xx2 - zz2)) + (p[2] * (yz2 - wx2)),
            (p[0] * (xz2 - wy2)) + (p[1] * (yz2 + wx2)) + (p[2] * (1f - xx2 - yy2)),
        ]);
    }

    internal static FloatDual<TChunk>[] S2<TChunk>(Dual<Vector2, Vector2Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Vector2, Vector2Tangent<TChunk>, TChunk>.Split(v);

    internal static FloatDual<TChunk>[] S3<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Vector3, Vector3Tangent<TChunk>, TChunk>.Split(v);

    internal static FloatDual<TChunk>[] S4<TChunk>(Dual<Vector4, Vector4Tangent<TChunk>> v)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Vector4, Vector4Tangent<TChunk>, TChunk>.Split(v);

    internal static Dual<Vector2, Vector2Tangent<TChunk>> J2<TChunk>(Vector2 primal, ReadOnlySpan<FloatDual<TChunk>> lanes)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Vector2, Vector2Tangent<TChunk>, TChunk>.Join(primal, lanes);

    internal static Dual<Vector3, Vector3Tangent<TChunk>> J3<TChunk>(Vector3 primal, ReadOnlySpan<FloatDual<TChunk>> lanes)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Vector3, Vector3Tangent<TChunk>, TChunk>.Join(primal, lanes);

    internal static Dual<Vector4, Vector4Tangent<TChunk>> J4<TChunk>(Vector4 primal, ReadOnlySpan<FloatDual<TChunk>> lanes)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Vector4, Vector4Tangent<TChunk>, TChunk>.Join(primal, lanes);

    // |v| with the runtime's value: its derivative v·v' / |v| (strong zero at the origin through Sqrt's rule).
    private static FloatDual<TChunk> Length<TChunk>(float primal, FloatDual<TChunk>[] v)
        where TChunk : struct, IChunk<TChunk, float>
        => new(primal, NumericsTwins<TChunk>.Sqrt(NumericsTwins<TChunk>.Dot(v, v)).Partials);

    private static FloatDual<TChunk> Squared<TChunk>(float primal, FloatDual<TChunk>[] v)
        where TChunk : struct, IChunk<TChunk, float>
        => new(primal, NumericsTwins<TChunk>.Dot(v, v).Partials);

    private static FloatDual<TChunk>[] Normalized<TChunk>(FloatDual<TChunk>[] v)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsTwins<TChunk>.Divide(v, NumericsTwins<TChunk>.Sqrt(NumericsTwins<TChunk>.Dot(v, v)));
}
