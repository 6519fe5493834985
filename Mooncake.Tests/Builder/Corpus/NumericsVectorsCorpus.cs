using System.Numerics;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// System.Numerics' float types as games, graphics and robotics use them: a particle step with
/// <see cref="Vector3"/>, a <see cref="Matrix4x4"/> transform chain (with inversion), a quaternion
/// rotation and interpolation, and <see cref="Vector2"/>/<see cref="Vector4"/>/<see cref="Plane"/>/<see cref="Matrix3x2"/>.
/// Their tangents are named structs with the primal's field names (<c>Vector3Tangent</c>...), so
/// field loads and stores (<c>p.X</c>) map by name. Each case is checked against the finite
/// differences of its double twin, to the float tolerance.
/// </summary>
public sealed class NumericsVectorsCorpus : ICorpusFamily
{
    private const double Tolerance = 2e-5;

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(ParticleStep, [0.3, -0.2, 0.5, 0.4, 0.1, -0.3, 0.7], reference: ParticleStepTwin, tolerance: Tolerance),
        CorpusCase.Gradient(TransformChain, [1.3, 0.4, -0.7, 0.25, 0.5, -1.0, 2.0, 0.3, -0.6, 0.9], reference: TransformChainTwin, tolerance: Tolerance),
        CorpusCase.Gradient(InverseOfAffine, [1.3, 0.4, -0.7, 0.8, 0.3, -0.6], reference: InverseOfAffineTwin, tolerance: Tolerance),
        CorpusCase.Gradient(QuaternionRotation, [0.3, -0.5, 0.8, 0.9, 1.0, 2.0, -0.5], reference: QuaternionRotationTwin, tolerance: Tolerance),
        CorpusCase.Gradient(QuaternionAlgebra, [0.3, -0.5, 0.8, 0.9, 0.2, 0.4, -0.1, 0.35], reference: QuaternionAlgebraTwin, tolerance: Tolerance),
        CorpusCase.Gradient(RotatedInThePlane, [0.7, 1.3, -0.4, 8.1], reference: RotatedInThePlaneTwin, tolerance: Tolerance),
        CorpusCase.Gradient(SelectionsAndRoots, [0.3, -0.5, 0.8, 0.9, -0.2, 0.4], reference: SelectionsAndRootsTwin, tolerance: Tolerance),
        CorpusCase.Gradient(PlanesAndSmallVectors, [0.3, -0.5, 0.8, 0.9, 0.2, 0.4, -0.1, 0.35], reference: PlanesAndSmallVectorsTwin, tolerance: Tolerance),
    ];

    // Semi-implicit Euler with gravity and quadratic drag; the state is Vector3s built from x.
    public static double ParticleStep(double[] x)
    {
        var p = new Vector3((float)x[0], (float)x[1], (float)x[2]);
        var v = new Vector3((float)x[3], (float)x[4], (float)x[5]);
        float k = (float)x[6], dt = 0.05f;
        var g = new Vector3(0, -9.81f, 0);
        for (int step = 0; step < 4; step++)
        {
            Vector3 drag = v * (k * v.Length());
            v += (g - drag) * dt;
            p = p + (dt * v);
            p.X *= 1.01f;
        }

        return p.LengthSquared() + Vector3.Dot(v, p) + Vector3.Distance(p, v) + Vector3.Normalize(v).Y + Vector3.Cross(p, v).Z;
    }

    private static double ParticleStepTwin(double[] x)
    {
        double[] p = [x[0], x[1], x[2]], v = [x[3], x[4], x[5]];
        double k = x[6], dt = 0.05;
        for (int step = 0; step < 4; step++)
        {
            double speed = Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]) + (v[2] * v[2]));
            double[] g = [0, -9.81, 0];
            for (int i = 0; i < 3; i++)
            {
                v[i] += (g[i] - (v[i] * k * speed)) * dt;
                p[i] += dt * v[i];
            }

            p[0] *= 1.01;
        }

        double vl = Math.Sqrt((v[0] * v[0]) + (v[1] * v[1]) + (v[2] * v[2]));
        double d = Math.Sqrt(Enumerable.Range(0, 3).Sum(i => (p[i] - v[i]) * (p[i] - v[i])));
        return Enumerable.Range(0, 3).Sum(i => p[i] * p[i]) + Enumerable.Range(0, 3).Sum(i => v[i] * p[i]) + d + (v[1] / vl) + ((p[0] * v[1]) - (p[1] * v[0]));
    }

    public static double TransformChain(double[] x)
    {
        Matrix4x4 m = Matrix4x4.CreateScale((float)x[0])
            * Matrix4x4.CreateRotationX((float)x[1])
            * Matrix4x4.CreateRotationY((float)x[2])
            * Matrix4x4.CreateRotationZ((float)x[3])
            * Matrix4x4.CreateTranslation(new Vector3((float)x[4], (float)x[5], (float)x[6]));
        var point = new Vector3((float)x[7], (float)x[8], (float)x[9]);
        Vector3 moved = Vector3.Transform(point, m);
        Vector3 turned = Vector3.TransformNormal(point, Matrix4x4.Transpose(m));
        Vector4 homogeneous = Vector4.Transform(new Vector4(point, 1f), m * 0.5f);
        return moved.X + (2 * moved.Y) + (3 * moved.Z) + turned.LengthSquared() + homogeneous.W + homogeneous.Y + m.M41;
    }

    private static double TransformChainTwin(double[] x)
    {
        double[,] m = Scale(x[0]);
        m = Product(m, RotationX(x[1]));
        m = Product(m, RotationY(x[2]));
        m = Product(m, RotationZ(x[3]));
        m = Product(m, Translation(x[4], x[5], x[6]));
        double[] point = [x[7], x[8], x[9], 1];
        double[] moved = RowTimes(point, m);
        double[] turned = RowTimes([x[7], x[8], x[9], 0], Transpose(m));
        double[] homogeneous = RowTimes(point, m).Select(v => v * 0.5).ToArray();
        return moved[0] + (2 * moved[1]) + (3 * moved[2]) + (turned[0] * turned[0]) + (turned[1] * turned[1]) + (turned[2] * turned[2]) + homogeneous[3] + homogeneous[1] + m[3, 0];
    }

    public static double InverseOfAffine(double[] x)
    {
        Matrix4x4 m = Matrix4x4.CreateScale((float)x[0], (float)x[3], 1.5f) * Matrix4x4.CreateRotationZ((float)x[1]) * Matrix4x4.CreateTranslation((float)x[2], (float)x[4], (float)x[5]);
        if (!Matrix4x4.Invert(m, out Matrix4x4 inverse))
        {
            return double.NaN;
        }

        return inverse.M11 + (2 * inverse.M12) + (3 * inverse.M21) + inverse.M41 - inverse.M42 + (inverse.M43 * inverse.M33);
    }

    private static double InverseOfAffineTwin(double[] x)
    {
        double[,] m = Product(Product(Scale3(x[0], x[3], 1.5), RotationZ(x[1])), Translation(x[2], x[4], x[5]));
        double[,] inverse = Inverse(m);
        return inverse[0, 0] + (2 * inverse[0, 1]) + (3 * inverse[1, 0]) + inverse[3, 0] - inverse[3, 1] + (inverse[3, 2] * inverse[2, 2]);
    }

    public static double QuaternionRotation(double[] x)
    {
        Vector3 axis = Vector3.Normalize(new Vector3((float)x[0], (float)x[1], (float)x[2]));
        Quaternion q = Quaternion.CreateFromAxisAngle(axis, (float)x[3]);
        var v = new Vector3((float)x[4], (float)x[5], (float)x[6]);
        Vector3 rotated = Vector3.Transform(v, q);
        Vector3 viaMatrix = Vector3.Transform(v, Matrix4x4.CreateFromQuaternion(q));
        return rotated.X - (2 * rotated.Z) + (rotated.Y * rotated.Y) + viaMatrix.Z;
    }

    private static double QuaternionRotationTwin(double[] x)
    {
        double n = Math.Sqrt((x[0] * x[0]) + (x[1] * x[1]) + (x[2] * x[2]));
        double[] axis = [x[0] / n, x[1] / n, x[2] / n];
        double s = Math.Sin(x[3] / 2), c = Math.Cos(x[3] / 2);
        double[] q = [axis[0] * s, axis[1] * s, axis[2] * s, c];
        double[] v = [x[4], x[5], x[6]];
        double[] rotated = Rotate(v, q);
        return rotated[0] - (2 * rotated[2]) + (rotated[1] * rotated[1]) + rotated[2];
    }

    public static double QuaternionAlgebra(double[] x)
    {
        var a = Quaternion.Normalize(new Quaternion((float)x[0], (float)x[1], (float)x[2], (float)x[3]));
        var b = Quaternion.Normalize(new Quaternion(new Vector3((float)x[4], (float)x[5], (float)x[6]), (float)x[7]));
        Quaternion product = a * b;
        Quaternion chained = Quaternion.Concatenate(a, Quaternion.Conjugate(b));
        Quaternion blended = Quaternion.Slerp(a, b, 0.3f);
        Quaternion inverse = Quaternion.Inverse(a + (b * 0.5f));
        return product.X + (2 * chained.W) - chained.Y + blended.Z + blended.W + inverse.X + Quaternion.Dot(a, b) + (a - b).Length() + (-b).LengthSquared();
    }

    private static double QuaternionAlgebraTwin(double[] x)
    {
        double[] a = Normalized([x[0], x[1], x[2], x[3]]), b = Normalized([x[4], x[5], x[6], x[7]]);
        double[] product = Hamilton(a, b);
        double[] chained = Hamilton([-b[0], -b[1], -b[2], b[3]], a);
        double dot = Enumerable.Range(0, 4).Sum(i => a[i] * b[i]);
        double[] blended;
        {
            double cos = dot, sign = 1;
            if (cos < 0)
            {
                cos = -cos;
                sign = -1;
            }

            double omega = Math.Acos(cos), s1 = Math.Sin(0.7 * omega) / Math.Sin(omega), s2 = sign * Math.Sin(0.3 * omega) / Math.Sin(omega);
            blended = [.. Enumerable.Range(0, 4).Select(i => (s1 * a[i]) + (s2 * b[i]))];
        }

        double[] sum = [.. Enumerable.Range(0, 4).Select(i => a[i] + (b[i] * 0.5))];
        double squared = sum.Sum(v => v * v);
        double[] inverse = [-sum[0] / squared, -sum[1] / squared, -sum[2] / squared, sum[3] / squared];
        double length = Math.Sqrt(Enumerable.Range(0, 4).Sum(i => (a[i] - b[i]) * (a[i] - b[i])));
        return product[0] + (2 * chained[3]) - chained[1] + blended[2] + blended[3] + inverse[0] + dot + length + b.Sum(v => v * v);
    }

    public static double PlanesAndSmallVectors(double[] x)
    {
        var plane = Plane.Normalize(new Plane(new Vector3((float)x[0], (float)x[1], (float)x[2]), (float)x[3]));
        var point = new Vector3((float)x[4], (float)x[5], (float)x[6]);
        var a = new Vector2((float)x[4], (float)x[7]);
        Matrix3x2 m = Matrix3x2.CreateScale((float)x[0], (float)x[1]) * Matrix3x2.CreateTranslation((float)x[2], (float)x[3]);
        Vector2 moved = Vector2.Transform(a, m);
        var w = new Vector4((float)x[0], (float)x[5], (float)x[6], (float)x[7]);
        Vector4 lerped = Vector4.Lerp(w, Vector4.Normalize(w) / 2f, (float)x[3]);
        return Plane.DotCoordinate(plane, point) + (2 * Plane.DotNormal(plane, point)) + Plane.Dot(plane, w)
            + moved.X + (moved.Y * Vector2.Dot(a, moved)) + Vector2.Normalize(a - moved).X + Vector2.Lerp(a, moved, 0.25f).Length()
            + lerped.Z + Vector4.Dot(lerped, w * w) + m.M31 + (w.Length() * (a / (float)x[0]).Y);
    }

    private static double PlanesAndSmallVectorsTwin(double[] x)
    {
        double nl = Math.Sqrt((x[0] * x[0]) + (x[1] * x[1]) + (x[2] * x[2]));
        double[] plane = [x[0] / nl, x[1] / nl, x[2] / nl, x[3] / nl];
        double[] point = [x[4], x[5], x[6]];
        double[] a = [x[4], x[7]];
        double[] moved = [(a[0] * x[0]) + x[2], (a[1] * x[1]) + x[3]];
        double[] w = [x[0], x[5], x[6], x[7]];
        double wl = Math.Sqrt(w.Sum(v => v * v));
        double t = x[3];
        double[] lerped = [.. Enumerable.Range(0, 4).Select(i => (w[i] * (1 - t)) + (w[i] / wl / 2 * t))];
        double[] diff = [a[0] - moved[0], a[1] - moved[1]];
        double dl = Math.Sqrt((diff[0] * diff[0]) + (diff[1] * diff[1]));
        double[] l2 = [(a[0] * 0.75) + (moved[0] * 0.25), (a[1] * 0.75) + (moved[1] * 0.25)];
        double coordinate = (plane[0] * point[0]) + (plane[1] * point[1]) + (plane[2] * point[2]);
        return coordinate + plane[3] + (2 * coordinate) + Enumerable.Range(0, 4).Sum(i => plane[i] * w[i])
            + moved[0] + (moved[1] * ((a[0] * moved[0]) + (a[1] * moved[1]))) + (diff[0] / dl) + Math.Sqrt((l2[0] * l2[0]) + (l2[1] * l2[1]))
            + lerped[2] + Enumerable.Range(0, 4).Sum(i => lerped[i] * w[i] * w[i]) + x[2] + (wl * (a[1] / x[0]));
    }

    // ---- double twins of the matrix and quaternion formulas (row vectors, row-major) ----

    /// <summary>A 2-D rotation (one angle beyond 2π, reduced by the runtime) applied to a point.</summary>
    public static double RotatedInThePlane(double[] x)
    {
        Matrix3x2 m = Matrix3x2.CreateRotation((float)x[0]) * Matrix3x2.CreateRotation((float)x[3]);
        Vector2 p = Vector2.Transform(new Vector2((float)x[1], (float)x[2]), m);
        return (p.X * 2f) + (p.Y * p.Y);
    }

    private static double RotatedInThePlaneTwin(double[] x)
    {
        double a = x[0] + x[3], c = Math.Cos(a), s = Math.Sin(a);
        double px = (x[1] * c) - (x[2] * s), py = (x[1] * s) + (x[2] * c);
        return (px * 2) + (py * py);
    }

    /// <summary>Vector3/Vector2 Min, Max, Clamp, Abs and SquareRoot, field by field, at points away from ties.</summary>
    public static double SelectionsAndRoots(double[] x)
    {
        var a = new Vector3((float)x[0], (float)x[1], (float)x[2]);
        var b = new Vector3((float)x[3], (float)x[4], (float)x[5]);
        Vector3 low = Vector3.Min(a, b), high = Vector3.Max(a, b);
        Vector3 clamped = Vector3.Clamp(a * 2f, new Vector3(-0.7f), b + new Vector3(0.3f));
        Vector3 roots = Vector3.SquareRoot(Vector3.Abs(a) + new Vector3(0.1f));
        Vector2 small = Vector2.Max(new Vector2(a.X, b.Y), new Vector2(b.Z, a.Z));
        return Vector3.Dot(low, high) + Vector3.Dot(clamped, roots) + small.X * small.Y;
    }

    private static double SelectionsAndRootsTwin(double[] x)
    {
        double[] a = [x[0], x[1], x[2]], b = [x[3], x[4], x[5]];
        double s = 0;
        for (int i = 0; i < 3; i++)
        {
            double low = Math.Min(a[i], b[i]), high = Math.Max(a[i], b[i]);
            double clamped = Math.Min(Math.Max(a[i] * 2, -0.7), b[i] + 0.3);
            double root = Math.Sqrt(Math.Abs(a[i]) + 0.1);
            s += (low * high) + (clamped * root);
        }

        return s + (Math.Max(a[0], b[2]) * Math.Max(b[1], a[2]));
    }

    private static double[,] Identity() => new double[,] { { 1, 0, 0, 0 }, { 0, 1, 0, 0 }, { 0, 0, 1, 0 }, { 0, 0, 0, 1 } };

    private static double[,] Scale(double s) => Scale3(s, s, s);

    private static double[,] Scale3(double x, double y, double z)
    {
        double[,] m = Identity();
        (m[0, 0], m[1, 1], m[2, 2]) = (x, y, z);
        return m;
    }

    private static double[,] Translation(double x, double y, double z)
    {
        double[,] m = Identity();
        (m[3, 0], m[3, 1], m[3, 2]) = (x, y, z);
        return m;
    }

    private static double[,] RotationX(double r)
    {
        double[,] m = Identity();
        (m[1, 1], m[1, 2], m[2, 1], m[2, 2]) = (Math.Cos(r), Math.Sin(r), -Math.Sin(r), Math.Cos(r));
        return m;
    }

    private static double[,] RotationY(double r)
    {
        double[,] m = Identity();
        (m[0, 0], m[0, 2], m[2, 0], m[2, 2]) = (Math.Cos(r), -Math.Sin(r), Math.Sin(r), Math.Cos(r));
        return m;
    }

    private static double[,] RotationZ(double r)
    {
        double[,] m = Identity();
        (m[0, 0], m[0, 1], m[1, 0], m[1, 1]) = (Math.Cos(r), Math.Sin(r), -Math.Sin(r), Math.Cos(r));
        return m;
    }

    private static double[,] Product(double[,] a, double[,] b)
    {
        var r = new double[4, 4];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                for (int k = 0; k < 4; k++)
                {
                    r[i, j] += a[i, k] * b[k, j];
                }
            }
        }

        return r;
    }

    private static double[,] Transpose(double[,] a)
    {
        var r = new double[4, 4];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                r[i, j] = a[j, i];
            }
        }

        return r;
    }

    private static double[] RowTimes(double[] v, double[,] m) =>
        [.. Enumerable.Range(0, 4).Select(j => Enumerable.Range(0, 4).Sum(k => v[k] * m[k, j]))];

    // Gauss-Jordan elimination with partial pivoting.
    private static double[,] Inverse(double[,] m)
    {
        var a = (double[,])m.Clone();
        double[,] r = Identity();
        for (int c = 0; c < 4; c++)
        {
            int pivot = Enumerable.Range(c, 4 - c).MaxBy(i => Math.Abs(a[i, c]));
            for (int j = 0; j < 4; j++)
            {
                (a[c, j], a[pivot, j]) = (a[pivot, j], a[c, j]);
                (r[c, j], r[pivot, j]) = (r[pivot, j], r[c, j]);
            }

            double d = a[c, c];
            for (int j = 0; j < 4; j++)
            {
                a[c, j] /= d;
                r[c, j] /= d;
            }

            for (int i = 0; i < 4; i++)
            {
                if (i != c)
                {
                    double f = a[i, c];
                    for (int j = 0; j < 4; j++)
                    {
                        a[i, j] -= f * a[c, j];
                        r[i, j] -= f * r[c, j];
                    }
                }
            }
        }

        return r;
    }

    private static double[] Normalized(double[] q)
    {
        double n = Math.Sqrt(q.Sum(v => v * v));
        return [.. q.Select(v => v / n)];
    }

    private static double[] Hamilton(double[] a, double[] b)
    {
        double cx = (a[1] * b[2]) - (a[2] * b[1]), cy = (a[2] * b[0]) - (a[0] * b[2]), cz = (a[0] * b[1]) - (a[1] * b[0]);
        double dot = (a[0] * b[0]) + (a[1] * b[1]) + (a[2] * b[2]);
        return [(a[0] * b[3]) + (b[0] * a[3]) + cx, (a[1] * b[3]) + (b[1] * a[3]) + cy, (a[2] * b[3]) + (b[2] * a[3]) + cz, (a[3] * b[3]) - dot];
    }

    // v rotated by the unit quaternion q: q v q*.
    private static double[] Rotate(double[] v, double[] q)
    {
        double[] r = Hamilton(Hamilton(q, [v[0], v[1], v[2], 0]), [-q[0], -q[1], -q[2], q[3]]);
        return [r[0], r[1], r[2]];
    }
}

[TestClass] public sealed class NumericsVectorsCorpusTests : CorpusTests<NumericsVectorsCorpus>;
