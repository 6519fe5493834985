using System.Numerics;

namespace Mooncake.Tests.Tangents;

/// <summary>
/// One primal value of every kind the tangent system handles, for the law suites. Each sample is
/// built fresh on every call, so a test may not observe another test's mutations.
/// </summary>
internal static class TangentSamples
{
    /// <summary>The samples whose lanes are single precision, which need looser tolerances.</summary>
    public static bool IsSinglePrecision(Type type) => type == typeof(float) || type == typeof(float[]) || type == typeof(float[,]) || type == typeof((double, int, float, string));

    public static IEnumerable<(string Name, Type Type, Func<object?> Create)> All()
    {
        yield return ("double", typeof(double), () => 1.25);
        yield return ("float", typeof(float), () => -0.5f);
        yield return ("double[10]", typeof(double[]), () => Ramp(10));
        yield return ("double[0]", typeof(double[]), () => Array.Empty<double>());
        yield return ("float[7]", typeof(float[]), () => new float[] { 1, 2, 3, 4, 5, 6, 7 });
        yield return ("double[3,5]", typeof(double[,]), () => Matrix(3, 5));
        yield return ("float[2,3]", typeof(float[,]), () => new float[,] { { 1, 2, 3 }, { 4, 5, 6 } });
        yield return ("jagged with an aliased row", typeof(double[][]), () =>
        {
            double[] shared = Ramp(4);
            return new[] { shared, Ramp(2), shared, Array.Empty<double>() };
        });
        yield return ("int[] (no tangent)", typeof(int[]), () => new[] { 1, 2, 3 });
        yield return ("(double, double[])", typeof((double, double[])), () => (3.0, Ramp(5)));
        yield return ("(double, int, float, string)", typeof((double, int, float, string)), () => (1.0, 4, 2f, "s"));
        yield return ("struct Point", typeof(Point), () => new Point(1, -2));
        yield return ("nested struct", typeof(Particle), () => new Particle { Position = new Point(1, 2), Mass = 3, Id = 9, Tag = (0.5, 7) });
        yield return ("Point[]", typeof(Point[]), () => new[] { new Point(1, 2), new Point(3, 4), new Point(5, 6) });
        yield return ("double?", typeof(double?), () => (double?)2.5);
        yield return ("Complex", typeof(Complex), () => new Complex(1, -1));
        yield return ("class with aliased arrays", typeof(Model), () =>
        {
            double[] weights = Ramp(6);
            return new Model { Weights = weights, Alias = weights, Bias = 0.5, Name = "m", Steps = 3 };
        });
        yield return ("cyclic list", typeof(Node), () =>
        {
            var a = new Node { Value = 1 };
            var b = new Node { Value = 2, Next = a };
            a.Next = b;
            return a;
        });
        yield return ("base-typed array holding a subclass", typeof(Shape[]), () => new Shape[] { new Circle { Scale = 2, Radius = 3 }, new Shape { Scale = 1 }, null! });
        yield return ("object and interface slots", typeof(Bag), () =>
        {
            var circle = new Circle { Scale = 1, Radius = 2 };
            return new Bag { Boxed = 1.5, Array = Ramp(3), Shape = circle, Measured = circle, Text = "t" };
        });
        yield return ("List<double>", typeof(List<double>), () => new List<double> { 1, 2, 3 });
        yield return ("closure delegate", typeof(Func<double, double>), () =>
        {
            double scale = 1.5;
            double[] weights = Ramp(3);
            return new Func<double, double>(x => (scale * x) + weights.Sum());
        });
        yield return ("sealed class", typeof(Leaf), () => new Leaf { X = 4 });
        yield return ("int-only struct (no tangent)", typeof(Counter), () => new Counter { Count = 3, Label = "c" });
    }

    public static double[] Ramp(int n) => [.. Enumerable.Range(0, n).Select(i => 0.5 + i)];

    public static double[,] Matrix(int rows, int columns)
    {
        var m = new double[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                m[i, j] = i - (0.25 * j);
            }
        }

        return m;
    }

    public struct Point(double x, double y)
    {
        public double X = x;
        public double Y = y;
    }

    public struct Particle
    {
        public Point Position;
        public double Mass;
        public int Id;
        public (double Charge, int Spin) Tag;
    }

    public sealed class Model
    {
        public double[]? Weights;
        public double[]? Alias;
        public double Bias;
        public string? Name;
        public int Steps;
    }

    public class Node
    {
        public double Value;
        public Node? Next;
    }

    public class Shape
    {
        public double Scale;
    }

    public class Circle : Shape, IMeasured
    {
        public double Radius;
    }

    public interface IMeasured;

    public sealed class Bag
    {
        public object? Boxed;
        public object? Array;
        public Shape? Shape;
        public IMeasured? Measured;
        public string? Text;
    }

    public sealed class Leaf
    {
        public double X;
    }

    public struct Counter
    {
        public int Count;
        public string Label;
    }
}
