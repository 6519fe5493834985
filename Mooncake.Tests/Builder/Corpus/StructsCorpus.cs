namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// User structs: fields, properties, constructors, instance methods, operator overloads,
/// readonly structs, <c>ref</c>/<c>in</c>/<c>out</c> parameters, tuples and deconstruction.
/// </summary>
public sealed class StructsCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Fields, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(FieldsWrittenInPlace, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(Properties, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(Constructors, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(DefaultThenAssigned, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(InstanceMethods, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(MutatingMethod, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(Operators, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(ReadonlyStruct, [0.5, 1.5]),
        CorpusCase.Gradient(NestedStructs, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(StructWithArray, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(RefParameter, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(InParameter, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(OutParameter, [0.3, 0.7]),
        CorpusCase.Gradient(OutStructParameter, [0.3, 0.7, -0.2]),
        CorpusCase.Gradient(RefToArrayElement, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(RefLocal, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(Tuples, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(TupleReturn, [0.3, 0.8]),
        CorpusCase.Gradient(Deconstruction, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(Swap, [0.3, -0.7]),
        CorpusCase.Gradient(StructsInALoop, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(GenericStruct, [0.3, -0.7]),
        CorpusCase.Gradient(RecordStruct, [0.3, -0.7]),
        CorpusCase.Gradient(InterfaceOverStruct, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(RefReturn, [0.3, -0.7, 1.2, 0.4]),
    ];

    public static double Fields(double[] x)
    {
        Vec3 v;
        v.X = x[0];
        v.Y = x[1] * x[0];
        v.Z = Math.Sin(x[2]);
        return (v.X * v.Y) + v.Z;
    }

    public static double FieldsWrittenInPlace(double[] x)
    {
        var v = new Vec3(x[0], x[1], x[2]);
        v.X *= v.Y;
        v.Z += v.X;
        v.Y = 0;
        return v.X + v.Y + (v.Z * v.Z);
    }

    public static double Properties(double[] x)
    {
        var p = new Particle { Position = x[0], Velocity = x[1] };
        p.Mass = 1 + (x[2] * x[2]);
        return p.Energy + p.Position;
    }

    public static double Constructors(double[] x)
    {
        var a = new Vec3(x[0], x[1], x[2]);
        var b = new Vec3(x[2]);
        var c = new Vec3(a.X, 2.0, b.Z);
        return a.Dot(b) + c.Length();
    }

    public static double DefaultThenAssigned(double[] x)
    {
        Vec3 v = default;
        double before = v.X + v.Y;
        v = new Vec3(x[0], x[1], x[2]);
        return before + v.Length();
    }

    public static double InstanceMethods(double[] x)
    {
        var v = new Vec3(x[0], x[1], x[2]);
        return v.Dot(v.Scaled(x[0])) + v.Length();
    }

    public static double MutatingMethod(double[] x)
    {
        var v = new Vec3(x[0], x[1], x[2]);
        v.Normalize();
        v.Normalize();
        return v.X + (2 * v.Y) + (3 * v.Z);
    }

    public static double Operators(double[] x)
    {
        var a = new Vec3(x[0], x[1], x[2]);
        var b = new Vec3(x[3], x[4], x[5]);
        Vec3 c = (a + b) * 2.0 - (-a) * b.X;
        return c.Dot(a - b);
    }

    public static double ReadonlyStruct(double[] x)
    {
        var z = new Complex(x[0], x[1]);
        Complex w = z * z + new Complex(1, 0);
        return (w * z).Magnitude + w.Real;
    }

    public static double NestedStructs(double[] x)
    {
        var segment = new Segment(new Vec3(x[0], x[1], 0), new Vec3(x[2], x[3], 1));
        segment.To.X += 1;
        return segment.Length() * segment.From.Y;
    }

    public static double StructWithArray(double[] x)
    {
        var s = new Samples(x, 0.5);
        return s.WeightedSum();
    }

    public static double RefParameter(double[] x)
    {
        double a = x[0], b = x[1];
        Rotate(ref a, ref b, x[2]);
        return (a * 3) + b;
    }

    public static double InParameter(double[] x)
    {
        var v = new Vec3(x[0], x[1], x[2]);
        return Norm1(in v) * SquaredNorm(v);
    }

    public static double OutParameter(double[] x)
    {
        SinCos(x[0] * x[1], out double s, out double c);
        return s * x[0] - (c * c);
    }

    public static double OutStructParameter(double[] x)
    {
        Build(x, out Vec3 v);
        return v.Length();
    }

    public static double RefToArrayElement(double[] x)
    {
        double[] y = [x[0], x[1], x[2], x[3]];
        Twice(ref y[1]);
        ref double last = ref y[3];
        last *= y[0];
        return y[0] + y[1] + y[2] + y[3];
    }

    public static double RefReturn(double[] x)
    {
        double[] y = [x[0] * x[1], x[2], x[3]];
        ref double largest = ref Largest(y);
        largest *= x[0]; // writes through the returned reference into y
        Largest(y) += 1;
        return (y[0] * y[1]) + y[2];
    }

    private static ref double Largest(double[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return ref values[best];
    }

    public static double RefLocal(double[] x)
    {
        double a = x[0], b = x[1];
        ref double bigger = ref (a > b ? ref a : ref b);
        bigger = bigger * x[2] + x[3];
        return (a * 2) + b;
    }

    public static double Tuples(double[] x)
    {
        (double, double) t = (x[0], x[1] * x[2]);
        var u = (Item: t.Item1 + t.Item2, Count: 3);
        return u.Item * u.Count + t.Item2;
    }

    public static double TupleReturn(double[] x)
    {
        (double s, double c) = Polar(x[0], x[1]);
        return s * c + s;
    }

    public static double Deconstruction(double[] x)
    {
        var v = new Vec3(x[0], x[1], x[2]);
        (double a, double b, double c) = v;
        (a, b) = (b * c, a);
        return a - b + c;
    }

    public static double Swap(double[] x)
    {
        double a = x[0], b = x[1];
        for (int i = 0; i < 3; i++)
        {
            (a, b) = (b, a + b);
        }

        return a * b;
    }

    public static double StructsInALoop(double[] x)
    {
        var sum = new Vec3(0, 0, 0);
        for (int i = 0; i + 2 < x.Length; i += 3)
        {
            sum += new Vec3(x[i], x[i + 1], x[i + 2]) * x[i];
        }

        return sum.Dot(sum);
    }

    public static double GenericStruct(double[] x)
    {
        var pair = new Pair<double>(x[0], x[1]);
        Pair<double> swapped = pair.Swapped();
        return (swapped.First * 3) + pair.First * swapped.Second;
    }

    public static double RecordStruct(double[] x)
    {
        var p = new Point2(x[0], x[1]);
        Point2 q = p with { Y = p.X * p.Y };
        return q.X + q.Y * q.Y;
    }

    private static void Rotate(ref double a, ref double b, double angle)
    {
        (double s, double c) = Math.SinCos(angle);
        double na = (c * a) - (s * b);
        b = (s * a) + (c * b);
        a = na;
    }

    private static double Norm1(in Vec3 v) => Math.Abs(v.X) + Math.Abs(v.Y) + Math.Abs(v.Z);

    private static double SquaredNorm(Vec3 v) => v.Dot(v);

    private static void SinCos(double x, out double s, out double c)
    {
        s = Math.Sin(x);
        c = Math.Cos(x);
    }

    private static void Build(double[] x, out Vec3 v) => v = new Vec3(x[0] * x[1], x[2], 1);

    private static void Twice(ref double value) => value *= 2;

    private static (double Sin, double Cos) Polar(double r, double angle) => (r * Math.Sin(angle), r * Math.Cos(angle));

    public struct Vec3
    {
        public double X;
        public double Y;
        public double Z;

        public Vec3(double x, double y, double z)
        {
            X = x;
            Y = y;
            Z = z;
        }

        public Vec3(double all)
            : this(all, all, all)
        {
        }

        public readonly double Dot(Vec3 other) => (X * other.X) + (Y * other.Y) + (Z * other.Z);

        public readonly double Length() => Math.Sqrt(Dot(this));

        public readonly Vec3 Scaled(double factor) => new(X * factor, Y * factor, Z * factor);

        public void Normalize()
        {
            double length = Length();
            X /= length;
            Y /= length;
            Z /= length;
        }

        public readonly void Deconstruct(out double x, out double y, out double z)
        {
            x = X;
            y = Y;
            z = Z;
        }

        public static Vec3 operator +(Vec3 a, Vec3 b) => new(a.X + b.X, a.Y + b.Y, a.Z + b.Z);

        public static Vec3 operator -(Vec3 a, Vec3 b) => new(a.X - b.X, a.Y - b.Y, a.Z - b.Z);

        public static Vec3 operator -(Vec3 a) => new(-a.X, -a.Y, -a.Z);

        public static Vec3 operator *(Vec3 a, double s) => new(a.X * s, a.Y * s, a.Z * s);
    }

    public struct Particle
    {
        private double _mass;

        public double Position { get; set; }

        public double Velocity { get; set; }

        public double Mass
        {
            readonly get => _mass;
            set => _mass = value;
        }

        public readonly double Energy => 0.5 * Mass * Velocity * Velocity;
    }

    public readonly struct Complex(double real, double imaginary)
    {
        public double Real { get; } = real;

        public double Imaginary { get; } = imaginary;

        public double Magnitude => Math.Sqrt((Real * Real) + (Imaginary * Imaginary));

        public static Complex operator *(Complex a, Complex b) =>
            new((a.Real * b.Real) - (a.Imaginary * b.Imaginary), (a.Real * b.Imaginary) + (a.Imaginary * b.Real));

        public static Complex operator +(Complex a, Complex b) => new(a.Real + b.Real, a.Imaginary + b.Imaginary);
    }

    public struct Segment(Vec3 from, Vec3 to)
    {
        public Vec3 From = from;
        public Vec3 To = to;

        public readonly double Length() => (To - From).Length();
    }

    public readonly struct Samples(double[] values, double decay)
    {
        public double WeightedSum()
        {
            double s = 0, w = 1;
            foreach (double v in values)
            {
                s += w * v * v;
                w *= decay;
            }

            return s;
        }
    }

    public readonly struct Pair<T>(T first, T second)
    {
        public T First { get; } = first;

        public T Second { get; } = second;

        public Pair<T> Swapped() => new(Second, First);
    }

    public readonly record struct Point2(double X, double Y);

    public static double InterfaceOverStruct(double[] x)
    {
        IScaler scaler = new Scaler(x[0]);
        double once = scaler.Apply(x[1]);
        scaler.Grow(x[2]); // mutates the boxed struct, as the primal does
        return once * scaler.Apply(x[1]);
    }

    public interface IScaler
    {
        double Apply(double v);

        void Grow(double by);
    }

    public struct Scaler(double factor) : IScaler
    {
        private double _factor = factor;

        public readonly double Apply(double v) => _factor * v;

        public void Grow(double by) => _factor += by * by;
    }
}
