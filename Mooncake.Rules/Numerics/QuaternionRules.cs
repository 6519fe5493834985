using System.Numerics;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules of <see cref="Quaternion"/>: construction, the Hamilton product, conjugation, inversion,
/// normalisation, dot products and lengths, rotations about an axis and spherical interpolation.
/// The primal is the runtime's; the tangent is the same formula (and, for <see cref="Quaternion.Slerp"/>,
/// the same branches) on float duals.
/// </summary>
public static class QuaternionRules
{
    /// <summary><c>new Quaternion(x, y, z, w)</c>.</summary>
    [FRule(typeof(Quaternion), ".ctor", typeof(float), typeof(float), typeof(float), typeof(float))]
    public static Dual<Quaternion, QuaternionTangent<TChunk>> Create<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y, FloatDual<TChunk> z, FloatDual<TChunk> w)
        where TChunk : struct, IChunk<TChunk, float>
        => J(new Quaternion(x.Value, y.Value, z.Value, w.Value), [x, y, z, w]);

    /// <summary><c>new Quaternion(vectorPart, scalarPart)</c>.</summary>
    [FRule(typeof(Quaternion), ".ctor", typeof(Vector3), typeof(float))]
    public static Dual<Quaternion, QuaternionTangent<TChunk>> CreateFromParts<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> vectorPart, FloatDual<TChunk> scalarPart)
        where TChunk : struct, IChunk<TChunk, float>
        => J(new Quaternion(vectorPart.Primal, scalarPart.Value), [.. VectorRules.S3(vectorPart), scalarPart]);

    /// <summary><see cref="Quaternion.CreateFromAxisAngle"/>: (axis · sin(θ/2), cos(θ/2)).</summary>
    [FRule(typeof(Quaternion), nameof(Quaternion.CreateFromAxisAngle), typeof(Vector3), typeof(float))]
    public static Dual<Quaternion, QuaternionTangent<TChunk>> FromAxisAngle<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> axis, FloatDual<TChunk> angle)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk> half = angle * 0.5f, s = NumericsTwins<TChunk>.Sin(half), c = NumericsTwins<TChunk>.Cos(half);
        FloatDual<TChunk>[] a = VectorRules.S3(axis);
        return J(Quaternion.CreateFromAxisAngle(axis.Primal, angle.Value), [a[0] * s, a[1] * s, a[2] * s, c]);
    }

    /// <summary>The Hamilton product <c>a * b</c>.</summary>
    [FRule(typeof(Quaternion), "op_Multiply", typeof(Quaternion), typeof(Quaternion))]
    [FRule(typeof(Quaternion), nameof(Quaternion.Multiply), typeof(Quaternion), typeof(Quaternion))]
    public static Dual<Quaternion, QuaternionTangent<TChunk>> Multiply<TChunk>(Dual<Quaternion, QuaternionTangent<TChunk>> a, Dual<Quaternion, QuaternionTangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => J(a.Primal * b.Primal, Hamilton(S(a), S(b)));

    /// <summary><see cref="Quaternion.Concatenate"/>: <c>b * a</c> (a's rotation, then b's).</summary>
    [FRule(typeof(Quaternion), nameof(Quaternion.Concatenate), typeof(Quaternion), typeof(Quaternion))]
    public static Dual<Quaternion, QuaternionTangent<TChunk>> Concatenate<TChunk>(Dual<Quaternion, QuaternionTangent<TChunk>> a, Dual<Quaternion, QuaternionTangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => J(Quaternion.Concatenate(a.Primal, b.Primal), Hamilton(S(b), S(a)));

    /// <summary><see cref="Quaternion.Conjugate"/>.</summary>
    [FRule(typeof(Quaternion), nameof(Quaternion.Conjugate), typeof(Quaternion))]
    public static Dual<Quaternion, QuaternionTangent<TChunk>> Conjugate<TChunk>(Dual<Quaternion, QuaternionTangent<TChunk>> q)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] x = S(q);
        return J(Quaternion.Conjugate(q.Primal), [-x[0], -x[1], -x[2], x[3]]);
    }

    /// <summary><see cref="Quaternion.Inverse"/>: the conjugate over the squared length.</summary>
    [FRule(typeof(Quaternion), nameof(Quaternion.Inverse), typeof(Quaternion))]
    public static Dual<Quaternion, QuaternionTangent<TChunk>> Inverse<TChunk>(Dual<Quaternion, QuaternionTangent<TChunk>> q)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] x = S(q);
        FloatDual<TChunk> squared = NumericsTwins<TChunk>.Dot(x, x);
        return J(Quaternion.Inverse(q.Primal), NumericsTwins<TChunk>.Divide([-x[0], -x[1], -x[2], x[3]], squared));
    }

    /// <summary><see cref="Quaternion.Normalize"/>.</summary>
    [FRule(typeof(Quaternion), nameof(Quaternion.Normalize), typeof(Quaternion))]
    public static Dual<Quaternion, QuaternionTangent<TChunk>> Normalize<TChunk>(Dual<Quaternion, QuaternionTangent<TChunk>> q)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] x = S(q);
        return J(Quaternion.Normalize(q.Primal), NumericsTwins<TChunk>.Divide(x, NumericsTwins<TChunk>.Sqrt(NumericsTwins<TChunk>.Dot(x, x))));
    }

    /// <summary><see cref="Quaternion.Dot"/>.</summary>
    [FRule(typeof(Quaternion), nameof(Quaternion.Dot), typeof(Quaternion), typeof(Quaternion))]
    public static FloatDual<TChunk> Dot<TChunk>(Dual<Quaternion, QuaternionTangent<TChunk>> a, Dual<Quaternion, QuaternionTangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => new(Quaternion.Dot(a.Primal, b.Primal), NumericsTwins<TChunk>.Dot(S(a), S(b)).Partials);

    /// <summary><see cref="Quaternion.Length"/>.</summary>
    [FRule(typeof(Quaternion), nameof(Quaternion.Length))]
    public static FloatDual<TChunk> Length<TChunk>(DualRef<Quaternion, QuaternionTangent<TChunk>> q)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] x = S<TChunk>(new(q.Primal, q.TangentOrZero));
        return new(q.Primal.Length(), NumericsTwins<TChunk>.Sqrt(NumericsTwins<TChunk>.Dot(x, x)).Partials);
    }

    /// <summary><see cref="Quaternion.LengthSquared"/>.</summary>
    [FRule(typeof(Quaternion), nameof(Quaternion.LengthSquared))]
    public static FloatDual<TChunk> LengthSquared<TChunk>(DualRef<Quaternion, QuaternionTangent<TChunk>> q)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] x = S<TChunk>(new(q.Primal, q.TangentOrZero));
        return new(q.Primal.LengthSquared(), NumericsTwins<TChunk>.Dot(x, x).Partials);
    }

    /// <summary>
    /// <see cref="Quaternion.Slerp"/>, following the runtime's branches on the primal: the shorter
    /// arc (b negated where the dot product is negative), linear weights where the quaternions are
    /// within 1e-6 of parallel, <c>sin((1-t)ω)/sin ω</c> and <c>sin(tω)/sin ω</c> otherwise.
    /// </summary>
    [FRule(typeof(Quaternion), nameof(Quaternion.Slerp), typeof(Quaternion), typeof(Quaternion), typeof(float))]
    public static Dual<Quaternion, QuaternionTangent<TChunk>> Slerp<TChunk>(Dual<Quaternion, QuaternionTangent<TChunk>> a, Dual<Quaternion, QuaternionTangent<TChunk>> b, FloatDual<TChunk> t)
        where TChunk : struct, IChunk<TChunk, float>
    {
        const float epsilon = 1e-6f;
        FloatDual<TChunk>[] x = S(a), y = S(b);
        FloatDual<TChunk> cosOmega = NumericsTwins<TChunk>.Dot(x, y);
        bool flip = false;
        if (cosOmega.Value < 0f)
        {
            flip = true;
            cosOmega = -cosOmega;
        }

        FloatDual<TChunk> s1, s2;
        if (cosOmega.Value > 1f - epsilon)
        {
            s1 = 1f - t;
            s2 = flip ? -t : t;
        }
        else
        {
            FloatDual<TChunk> omega = NumericsTwins<TChunk>.Acos(cosOmega);
            FloatDual<TChunk> inverseSine = 1f / NumericsTwins<TChunk>.Sin(omega);
            s1 = NumericsTwins<TChunk>.Sin((1f - t) * omega) * inverseSine;
            s2 = NumericsTwins<TChunk>.Sin(t * omega) * inverseSine;
            s2 = flip ? -s2 : s2;
        }

        var r = new FloatDual<TChunk>[4];
        for (int i = 0; i < 4; i++)
        {
            r[i] = (s1 * x[i]) + (s2 * y[i]);
        }

        return J(Quaternion.Slerp(a.Primal, b.Primal, t.Value), r);
    }

    internal static FloatDual<TChunk>[] S<TChunk>(Dual<Quaternion, QuaternionTangent<TChunk>> q)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Quaternion, QuaternionTangent<TChunk>, TChunk>.Split(q);

    private static Dual<Quaternion, QuaternionTangent<TChunk>> J<TChunk>(Quaternion primal, ReadOnlySpan<FloatDual<TChunk>> lanes)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Quaternion, QuaternionTangent<TChunk>, TChunk>.Join(primal, lanes);

    // The runtime's Hamilton product: the vector parts' cross product and dot product.
    private static FloatDual<TChunk>[] Hamilton<TChunk>(FloatDual<TChunk>[] a, FloatDual<TChunk>[] b)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk> cx = (a[1] * b[2]) - (a[2] * b[1]), cy = (a[2] * b[0]) - (a[0] * b[2]), cz = (a[0] * b[1]) - (a[1] * b[0]);
        FloatDual<TChunk> dot = (a[0] * b[0]) + (a[1] * b[1]) + (a[2] * b[2]);
        return [(a[0] * b[3]) + (b[0] * a[3]) + cx, (a[1] * b[3]) + (b[1] * a[3]) + cy, (a[2] * b[3]) + (b[2] * a[3]) + cz, (a[3] * b[3]) - dot];
    }
}
