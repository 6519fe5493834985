namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Classes: fields, constructors, methods, objects created inside the differentiated code and
/// objects passed in, inheritance, virtual and interface calls.
/// </summary>
public sealed class ClassesCorpus : ICorpusFamily
{
    private static readonly Polynomial Fixed = new([1.0, -2.0, 0.5]);

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(FieldsAndConstructor, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(PropertiesAndMethods, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(ObjectPassedToHelper, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(ObjectMutatedByHelper, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(ObjectFromStaticField, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(ObjectInsideObject, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(Aliasing, [0.3, -0.7]),
        CorpusCase.Gradient(LinkedList, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(InheritedFields, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(VirtualCalls, [0.3, 0.7, 1.2]),
        CorpusCase.Gradient(AbstractAndOverride, CorpusCase.Point(4, 0.2, 1)),
        CorpusCase.Gradient(BaseCall, [0.3, -0.7]),
        CorpusCase.Gradient(InterfaceCalls, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(GenericInterfaceConstraint, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StaticHelperClass, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(NullChecks, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(TypeTests, [0.3, -0.7, 1.2]),
        CorpusCase.Gradient(AccumulatorObject, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(RecordClass, [0.3, -0.7]),
    ];

    public static double FieldsAndConstructor(double[] x)
    {
        var body = new Body(x[0], x[1]);
        body.Mass = x[2] * x[2] + 1;
        return body.Mass * body.Speed * body.Speed + body.Height;
    }

    public static double PropertiesAndMethods(double[] x)
    {
        var p = new Polynomial([x[0], x[1], x[2]]);
        return p.Evaluate(0.5) + p.Degree + p.Derivative().Evaluate(x[0]);
    }

    public static double ObjectPassedToHelper(double[] x) => Energy(new Body(x[0], x[1]) { Mass = x[2] });

    public static double ObjectMutatedByHelper(double[] x)
    {
        var body = new Body(x[0], x[1]);
        Accelerate(body, x[2]);
        Accelerate(body, x[2]);
        return Energy(body);
    }

    public static double ObjectFromStaticField(double[] x) => Fixed.Evaluate(x[0]) * x[1] + Fixed.Evaluate(x[2]);

    public static double ObjectInsideObject(double[] x)
    {
        var system = new TwoBodies(new Body(x[0], x[1]), new Body(x[2], x[0]));
        system.First.Speed *= 2;
        return system.TotalEnergy();
    }

    public static double Aliasing(double[] x)
    {
        var a = new Body(x[0], x[1]);
        Body b = a;
        b.Speed = x[1] * x[0];
        return a.Speed + b.Height;
    }

    public static double LinkedList(double[] x)
    {
        Node? head = null;
        foreach (double v in x)
        {
            head = new Node(v * v, head);
        }

        double s = 0;
        for (Node? n = head; n is not null; n = n.Next)
        {
            s = (s * 0.5) + n.Value;
        }

        return s;
    }

    public static double InheritedFields(double[] x)
    {
        var c = new Charged(x[0], x[1], x[2]);
        Body b = c;
        return b.Speed * c.Charge + c.Height;
    }

    public static double VirtualCalls(double[] x)
    {
        Shape[] shapes = [new Circle(x[0]), new Rectangle(x[1], x[2]), new Square(x[2])];
        double s = 0;
        foreach (Shape shape in shapes)
        {
            s += shape.Area() * shape.Scale(x[0]);
        }

        return s;
    }

    public static double AbstractAndOverride(double[] x)
    {
        Shape s = x[0] > 0 ? new Circle(x[1]) : new Square(x[1]);
        Shape t = new Rectangle(x[2], x[3]);
        return s.Area() + t.Area() * s.Scale(t.Scale(2));
    }

    public static double BaseCall(double[] x)
    {
        Shape s = new Square(x[0]);
        return s.Scale(x[1]) + new Square(x[1]).Scale(x[0]);
    }

    public static double InterfaceCalls(double[] x)
    {
        IModel[] models = [new Linear(x[0], x[1]), new Quadratic(x[2]), new Linear(x[3], 1)];
        double s = 0;
        foreach (IModel model in models)
        {
            s += model.Predict(x[4]);
        }

        return s;
    }

    public static double GenericInterfaceConstraint(double[] x) => Predict(new Linear(x[0], x[1]), x[2]) + Predict(new Quadratic(x[3]), x[4]);

    public static double StaticHelperClass(double[] x) => Geometry.Distance(x[0], x[1], x[2], 0) * Geometry.Unit;

    public static double NullChecks(double[] x)
    {
        Body? maybe = x[0] > 0 ? new Body(x[0], x[1]) : null;
        Body? none = x[0] > 10 ? new Body(x[2], x[2]) : null;
        return (maybe?.Speed ?? 1) * x[2] + (none?.Height ?? x[1]);
    }

    public static double TypeTests(double[] x)
    {
        object o = new Charged(x[0], x[1], x[2]);
        double s = 0;
        if (o is Charged c)
        {
            s += c.Charge * c.Speed;
        }

        if (o is Body { Height: > -10 } b)
        {
            s += b.Height;
        }

        return s + ((Body)o).Speed;
    }

    public static double AccumulatorObject(double[] x)
    {
        var statistics = new RunningStatistics();
        foreach (double v in x)
        {
            statistics.Add(v);
        }

        return statistics.Mean + statistics.Variance;
    }

    public static double RecordClass(double[] x)
    {
        var a = new Measurement(x[0], x[1]);
        Measurement b = a with { Error = a.Value * a.Error };
        return b.Value / (1 + b.Error * b.Error);
    }

    private static double Energy(Body body) => 0.5 * body.Mass * body.Speed * body.Speed + body.Height;

    private static void Accelerate(Body body, double by) => body.Speed += by * body.Height;

    private static double Predict<TModel>(TModel model, double x)
        where TModel : IModel
        => model.Predict(x);

    public class Body(double speed, double height)
    {
        public double Speed = speed;
        public double Height = height;

        public double Mass { get; set; } = 1;
    }

    public sealed class Charged(double speed, double height, double charge) : Body(speed, height)
    {
        public double Charge { get; } = charge;
    }

    public sealed class TwoBodies(Body first, Body second)
    {
        public Body First { get; } = first;

        public Body Second { get; } = second;

        public double TotalEnergy() => Energy(First) + Energy(Second);
    }

    public sealed class Node(double value, Node? next)
    {
        public double Value { get; } = value;

        public Node? Next { get; } = next;
    }

    public sealed class Polynomial(double[] coefficients)
    {
        private readonly double[] _coefficients = coefficients;

        public int Degree => _coefficients.Length - 1;

        public double Evaluate(double x)
        {
            double y = 0;
            for (int i = _coefficients.Length - 1; i >= 0; i--)
            {
                y = (y * x) + _coefficients[i];
            }

            return y;
        }

        public Polynomial Derivative()
        {
            var d = new double[Math.Max(1, _coefficients.Length - 1)];
            for (int i = 1; i < _coefficients.Length; i++)
            {
                d[i - 1] = i * _coefficients[i];
            }

            return new Polynomial(d);
        }
    }

    public abstract class Shape
    {
        public abstract double Area();

        public virtual double Scale(double factor) => factor * factor;
    }

    public sealed class Circle(double radius) : Shape
    {
        public override double Area() => Math.PI * radius * radius;
    }

    public class Rectangle(double width, double height) : Shape
    {
        public double Width { get; } = width;

        public override double Area() => Width * height;

        public override double Scale(double factor) => factor * Width;
    }

    public sealed class Square(double side) : Rectangle(side, side)
    {
        public override double Scale(double factor) => base.Scale(factor) + Area();
    }

    public interface IModel
    {
        double Predict(double x);
    }

    public sealed class Linear(double slope, double intercept) : IModel
    {
        public double Predict(double x) => (slope * x) + intercept;
    }

    public sealed class Quadratic(double curvature) : IModel
    {
        double IModel.Predict(double x) => curvature * x * x;
    }

    public static class Geometry
    {
        public const double Unit = 2.5;

        public static double Distance(double x0, double y0, double x1, double y1) => Math.Sqrt(((x1 - x0) * (x1 - x0)) + ((y1 - y0) * (y1 - y0)));
    }

    public sealed class RunningStatistics
    {
        private int _count;
        private double _mean;
        private double _m2;

        public double Mean => _mean;

        public double Variance => _count < 2 ? 0 : _m2 / (_count - 1);

        public void Add(double value)
        {
            _count++;
            double delta = value - _mean;
            _mean += delta / _count;
            _m2 += delta * (value - _mean);
        }
    }

    public sealed record Measurement(double Value, double Error);
}
