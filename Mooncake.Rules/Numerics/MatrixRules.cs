using System.Numerics;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules of <see cref="Matrix4x4"/> and <see cref="Matrix3x2"/> (row-major, row vectors on the
/// left): products, transposition, inversion and the factories of rotations, scalings and
/// translations. The primal is the runtime's; the tangent is the same formula on float duals. The
/// field-by-field operators are registered by <see cref="NumericsRuleTable"/>.
/// </summary>
public static class MatrixRules
{
    /// <summary><c>a * b</c>.</summary>
    [FRule(typeof(Matrix4x4), "op_Multiply", typeof(Matrix4x4), typeof(Matrix4x4))]
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.Multiply), typeof(Matrix4x4), typeof(Matrix4x4))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> Multiply<TChunk>(Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> a, Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
        => J44(a.Primal * b.Primal, NumericsTwins<TChunk>.MatrixProduct(S44(a), S44(b), 4, 4, 4));

    /// <summary><see cref="Matrix4x4.Transpose"/>.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.Transpose), typeof(Matrix4x4))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> Transpose<TChunk>(Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> m)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] a = S44(m), r = new FloatDual<TChunk>[16];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                r[(i * 4) + j] = a[(j * 4) + i];
            }
        }

        return J44(Matrix4x4.Transpose(m.Primal), r);
    }

    /// <summary>
    /// <see cref="Matrix4x4.Invert"/>: where it succeeds, the inverse B of A has the derivative
    /// <c>-B·A'·B</c>; where it fails (a singular matrix) the result is NaN everywhere, with NaN tangents.
    /// </summary>
    /// <exception cref="NotSupportedException">The result is written where no tangent is stored.</exception>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.Invert), typeof(Matrix4x4), typeof(Matrix4x4))]
    public static bool Invert<TChunk>(Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> m, DualRef<Matrix4x4, Matrix4x4Tangent<TChunk>> result)
        where TChunk : struct, IChunk<TChunk, float>
    {
        if (!result.HasTangent)
        {
            throw new NotSupportedException("Matrix4x4.Invert writes an inverse carrying derivatives where no tangent is stored.");
        }

        bool inverted = Matrix4x4.Invert(m.Primal, out Matrix4x4 inverse);
        Matrix4x4 b = inverse;
        Matrix4x4Tangent<TChunk> source = m.Tangent, tangent = default;
        Span<float> bs = NumericsLanes<Matrix4x4, Matrix4x4Tangent<TChunk>, TChunk>.Floats(ref b);
        Span<TChunk> da = NumericsLanes<Matrix4x4, Matrix4x4Tangent<TChunk>, TChunk>.Chunks(ref source), r = NumericsLanes<Matrix4x4, Matrix4x4Tangent<TChunk>, TChunk>.Chunks(ref tangent);
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                TChunk sum = TChunk.Zero;
                for (int k = 0; k < 4; k++)
                {
                    for (int l = 0; l < 4; l++)
                    {
                        sum = TChunk.MulAdd(da[(k * 4) + l], -(bs[(i * 4) + k] * bs[(l * 4) + j]), sum);
                    }
                }

                r[(i * 4) + j] = sum;
            }
        }

        result.Primal = inverse;
        result.Tangent = tangent;
        return inverted;
    }

    /// <summary><see cref="Matrix4x4.CreateRotationX(float)"/>.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.CreateRotationX), typeof(float))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> RotationX<TChunk>(FloatDual<TChunk> radians)
        where TChunk : struct, IChunk<TChunk, float>
        => Rotation(Matrix4x4.CreateRotationX(radians.Value), radians, 5, 6, 9, 10);

    /// <summary><see cref="Matrix4x4.CreateRotationY(float)"/>.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.CreateRotationY), typeof(float))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> RotationY<TChunk>(FloatDual<TChunk> radians)
        where TChunk : struct, IChunk<TChunk, float>
        => Rotation(Matrix4x4.CreateRotationY(radians.Value), radians, 0, 8, 2, 10);

    /// <summary><see cref="Matrix4x4.CreateRotationZ(float)"/>.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.CreateRotationZ), typeof(float))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> RotationZ<TChunk>(FloatDual<TChunk> radians)
        where TChunk : struct, IChunk<TChunk, float>
        => Rotation(Matrix4x4.CreateRotationZ(radians.Value), radians, 0, 1, 4, 5);

    /// <summary><see cref="Matrix4x4.CreateScale(float)"/>.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.CreateScale), typeof(float))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> Scale<TChunk>(FloatDual<TChunk> scale)
        where TChunk : struct, IChunk<TChunk, float>
        => Place(Matrix4x4.CreateScale(scale.Value), (0, scale), (5, scale), (10, scale));

    /// <summary><see cref="Matrix4x4.CreateScale(float, float, float)"/>.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.CreateScale), typeof(float), typeof(float), typeof(float))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> Scale3<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y, FloatDual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, float>
        => Place(Matrix4x4.CreateScale(x.Value, y.Value, z.Value), (0, x), (5, y), (10, z));

    /// <summary><see cref="Matrix4x4.CreateScale(Vector3)"/>.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.CreateScale), typeof(Vector3))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> ScaleVector<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> scales)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] s = VectorRules.S3(scales);
        return Place(Matrix4x4.CreateScale(scales.Primal), (0, s[0]), (5, s[1]), (10, s[2]));
    }

    /// <summary><see cref="Matrix4x4.CreateTranslation(Vector3)"/>.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.CreateTranslation), typeof(Vector3))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> Translation<TChunk>(Dual<Vector3, Vector3Tangent<TChunk>> position)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] p = VectorRules.S3(position);
        return Place(Matrix4x4.CreateTranslation(position.Primal), (12, p[0]), (13, p[1]), (14, p[2]));
    }

    /// <summary><see cref="Matrix4x4.CreateTranslation(float, float, float)"/>.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.CreateTranslation), typeof(float), typeof(float), typeof(float))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> Translation3<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y, FloatDual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, float>
        => Place(Matrix4x4.CreateTranslation(x.Value, y.Value, z.Value), (12, x), (13, y), (14, z));

    /// <summary><see cref="Matrix4x4.CreateFromQuaternion(Quaternion)"/>: the rotation matrix of the (unit) quaternion.</summary>
    [FRule(typeof(Matrix4x4), nameof(Matrix4x4.CreateFromQuaternion), typeof(Quaternion))]
    public static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> FromQuaternion<TChunk>(Dual<Quaternion, QuaternionTangent<TChunk>> quaternion)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] q = QuaternionRules.S(quaternion);
        FloatDual<TChunk> xx = q[0] * q[0], yy = q[1] * q[1], zz = q[2] * q[2];
        FloatDual<TChunk> xy = q[0] * q[1], wz = q[2] * q[3], xz = q[2] * q[0], wy = q[1] * q[3], yz = q[1] * q[2], wx = q[0] * q[3];
        return Place(Matrix4x4.CreateFromQuaternion(quaternion.Primal),
            (0, 1f - (2f * (yy + zz))), (1, 2f * (xy + wz)), (2, 2f * (xz - wy)),
            (4, 2f * (xy - wz)), (5, 1f - (2f * (zz + xx))), (6, 2f * (yz + wx)),
            (8, 2f * (xz + wy)), (9, 2f * (yz - wx)), (10, 1f - (2f * (yy + xx))));
    }

    /// <summary><c>a * b</c> of affine 3×2 matrices (the third column is 0, 0, 1).</summary>
    [FRule(typeof(Matrix3x2), "op_Multiply", typeof(Matrix3x2), typeof(Matrix3x2))]
    [FRule(typeof(Matrix3x2), nameof(Matrix3x2.Multiply), typeof(Matrix3x2), typeof(Matrix3x2))]
    public static Dual<Matrix3x2, Matrix3x2Tangent<TChunk>> Multiply32<TChunk>(Dual<Matrix3x2, Matrix3x2Tangent<TChunk>> a, Dual<Matrix3x2, Matrix3x2Tangent<TChunk>> b)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk>[] x = S32(a), y = S32(b);
        return NumericsLanes<Matrix3x2, Matrix3x2Tangent<TChunk>, TChunk>.Join(a.Primal * b.Primal,
        [
            (x[0] * y[0]) + (x[1] * y[2]), (x[0] * y[1]) + (x[1] * y[3]),
            (x[2] * y[0]) + (x[3] * y[2]), (x[2] * y[1]) + (x[3] * y[3]),
            (x[4] * y[0]) + (x[5] * y[2]) + y[4], (x[4] * y[1]) + (x[5] * y[3]) + y[5],
        ]);
    }

    /// <summary><see cref="Matrix3x2.CreateScale(float, float)"/>.</summary>
    [FRule(typeof(Matrix3x2), nameof(Matrix3x2.CreateScale), typeof(float), typeof(float))]
    public static Dual<Matrix3x2, Matrix3x2Tangent<TChunk>> Scale32<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Matrix3x2, Matrix3x2Tangent<TChunk>, TChunk>.Join(Matrix3x2.CreateScale(x.Value, y.Value), [x, new(0f), new(0f), y, new(0f), new(0f)]);

    /// <summary>
    /// <see cref="Matrix3x2.CreateRotation(float)"/>: the runtime reduces the angle modulo 2π and
    /// snaps it to an exact quarter turn within 0.001° of one (the matrix is constant there, so its
    /// derivative is zero); elsewhere [cos, sin; -sin, cos] of the reduced angle, whose derivative in
    /// the angle is that of the angle itself.
    /// </summary>
    [FRule(typeof(Matrix3x2), nameof(Matrix3x2.CreateRotation), typeof(float))]
    public static Dual<Matrix3x2, Matrix3x2Tangent<TChunk>> Rotation32<TChunk>(FloatDual<TChunk> radians)
        where TChunk : struct, IChunk<TChunk, float>
    {
        Matrix3x2 primal = Matrix3x2.CreateRotation(radians.Value);
        float reduced = float.Ieee754Remainder(radians.Value, float.Tau);
        const float Snap = 1.7453294E-05f; // 0.001 degree, the runtime's RotationEpsilon
        bool snapped = MathF.Abs(reduced) < Snap || MathF.Abs(reduced - (float.Pi / 2)) < Snap
            || MathF.Abs(reduced + (float.Pi / 2)) < Snap || reduced < -float.Pi + Snap || reduced > float.Pi - Snap;
        if (snapped)
        {
            return new(primal, default);
        }

        var angle = new FloatDual<TChunk>(reduced, radians.Partials);
        FloatDual<TChunk> c = NumericsTwins<TChunk>.Cos(angle), sn = NumericsTwins<TChunk>.Sin(angle);
        return NumericsLanes<Matrix3x2, Matrix3x2Tangent<TChunk>, TChunk>.Join(primal, [c, sn, -sn, c, new(0f), new(0f)]);
    }

    /// <summary><see cref="Matrix3x2.CreateTranslation(float, float)"/>.</summary>
    [FRule(typeof(Matrix3x2), nameof(Matrix3x2.CreateTranslation), typeof(float), typeof(float))]
    public static Dual<Matrix3x2, Matrix3x2Tangent<TChunk>> Translation32<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Matrix3x2, Matrix3x2Tangent<TChunk>, TChunk>.Join(Matrix3x2.CreateTranslation(x.Value, y.Value), [new(1f), new(0f), new(0f), new(1f), x, y]);

    internal static FloatDual<TChunk>[] S44<TChunk>(Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> m)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Matrix4x4, Matrix4x4Tangent<TChunk>, TChunk>.Split(m);

    internal static FloatDual<TChunk>[] S32<TChunk>(Dual<Matrix3x2, Matrix3x2Tangent<TChunk>> m)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Matrix3x2, Matrix3x2Tangent<TChunk>, TChunk>.Split(m);

    private static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> J44<TChunk>(Matrix4x4 primal, ReadOnlySpan<FloatDual<TChunk>> lanes)
        where TChunk : struct, IChunk<TChunk, float>
        => NumericsLanes<Matrix4x4, Matrix4x4Tangent<TChunk>, TChunk>.Join(primal, lanes);

    // A rotation about one axis: cos at the fields c1 and c2, sin at s and -sin at minusS.
    private static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> Rotation<TChunk>(Matrix4x4 primal, FloatDual<TChunk> radians, int c1, int s, int minusS, int c2)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatDual<TChunk> cos = NumericsTwins<TChunk>.Cos(radians), sin = NumericsTwins<TChunk>.Sin(radians);
        return Place(primal, (c1, cos), (s, sin), (minusS, -sin), (c2, cos));
    }

    // A factory's matrix: the runtime's primal, the given fields' partials, zero partials elsewhere (constant fields).
    private static Dual<Matrix4x4, Matrix4x4Tangent<TChunk>> Place<TChunk>(Matrix4x4 primal, params ReadOnlySpan<(int Field, FloatDual<TChunk> Value)> fields)
        where TChunk : struct, IChunk<TChunk, float>
    {
        Matrix4x4Tangent<TChunk> tangent = default;
        Span<TChunk> chunks = NumericsLanes<Matrix4x4, Matrix4x4Tangent<TChunk>, TChunk>.Chunks(ref tangent);
        foreach ((int field, FloatDual<TChunk> value) in fields)
        {
            chunks[field] = value.Partials;
        }

        return new(primal, tangent);
    }
}
