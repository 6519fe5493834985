namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Shapes the third-party corpora met in libraries' and callers' IL: C# collection expressions
/// into a <c>List&lt;double&gt;</c> (filled through <c>CollectionsMarshal.AsSpan</c>, whose span is
/// made from a reference to the list's first element), and covariant arrays (a <c>Derived[]</c>
/// read and written as a <c>Base[]</c>, as NetTopologySuite passes a <c>Point[]</c> as a
/// <c>Geometry[]</c>), whose tangent arrays are of the derived tangent type.
/// </summary>
public sealed class CollectionShapesCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(ListOfActiveElements, [0.3, 1.7, -0.4], x => [x[1] + 1, x[0] + 1, 1 + (2 * x[2])]),
        CorpusCase.Gradient(ListOfConstantsAndActiveElements, [0.3, 1.7]),
        CorpusCase.Gradient(CovariantArrayRead, [0.3, 1.7]),
        CorpusCase.Gradient(CovariantArrayWrite, [0.3, 1.7]),
        CorpusCase.Gradient(CovariantArrayEnumerated, [0.3, 1.7, 2.2]),
        CorpusCase.Gradient(SpreadWithAnElement, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(SpreadOfFloats, CorpusCase.Point(4, -1, 1), tolerance: 1e-4),
        CorpusCase.Gradient(ReadOnlySpanFromAnArray, CorpusCase.Point(3, -1, 1)),
        CorpusCase.Gradient(LazyOfAnArray, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(PublishedByCompareExchange, CorpusCase.Point(3, -1, 1)),
    ];

    public static double ListOfActiveElements(double[] x)
    {
        List<double> list = [x[0], x[1], x[2]];
        return (list[0] * list[1]) + list.Sum() + (list[2] * list[2]);
    }

    public static double ListOfConstantsAndActiveElements(double[] x)
    {
        List<double> list = [1.0, x[0], 2.0, x[1]];
        return list[1] * list[3] * list[2] / list[0];
    }

    public static double CovariantArrayRead(double[] x)
    {
        Shape[] shapes = new Circle[] { new(x[0]), new(x[1]) };
        return shapes[0].Area() + (2 * shapes[1].Area());
    }

    public static double CovariantArrayWrite(double[] x)
    {
        Shape[] shapes = new Circle[2];
        shapes[0] = new Circle(x[0]);
        shapes[1] = new Circle(x[0] * x[1]);
        return shapes[0].Area() + shapes[1].Area();
    }

    public static double CovariantArrayEnumerated(double[] x)
    {
        IEnumerable<Shape> shapes = new Circle[] { new(x[0]), new(x[1]), new(x[2]) };
        double total = 0;
        foreach (Shape shape in shapes)
        {
            total += shape.Area();
        }

        return total;
    }

    public abstract class Shape
    {
        public abstract double Area();
    }

    public sealed class Circle(double radius) : Shape
    {
        public override double Area() => Math.PI * radius * radius;
    }

    /// <summary>A collection expression spreading an array and adding an element (built through a span over the new array).</summary>
    public static double SpreadWithAnElement(double[] x)
    {
        double[] y = [.. x, 0.5];
        return (y[0] * y[1]) + (y[^1] * y[^2]);
    }

    /// <summary>Spreads of float sequences: a lazy one (Enumerable.ToArray of floats) and an array.</summary>
    public static double SpreadOfFloats(double[] x)
    {
        float[] f = [.. x.Select(v => (float)v)];
        float[] g = [.. f];
        return (double)g[0] * g[1] + g[^1];
    }

    /// <summary>A read-only span initialised from an array in place (its constructor called on the local's address).</summary>
    public static double ReadOnlySpanFromAnArray(double[] x)
    {
        ReadOnlySpan<double> a = x;
        return (a[0] * a[1]) + a[2];
    }

    /// <summary>A thread-safe <c>Lazy&lt;T&gt;</c> of values computed from the input (its publication goes through Volatile and a lock).</summary>
    public static double LazyOfAnArray(double[] x)
    {
        var squares = new Lazy<double[]>(() => [.. x.Select(v => v * v)]);
        return squares.Value.Sum() * squares.Value[0];
    }

    /// <summary>Lazy publication by <c>LazyInitializer.EnsureInitialized</c> (Interlocked.CompareExchange of a reference).</summary>
    public static double PublishedByCompareExchange(double[] x)
    {
        Box? box = null;
        Box value = LazyInitializer.EnsureInitialized(ref box, () => new Box(x[0] * x[1]));
        Box replaced = Interlocked.Exchange(ref box, new Box(value.Value + x[2]))!;
        return (box.Value * replaced.Value) + Volatile.Read(ref box)!.Value;
    }

    private sealed class Box(double value)
    {
        public double Value { get; } = value;
    }
}

[TestClass] public sealed class CollectionShapesCorpusTests : CorpusTests<CollectionShapesCorpus>;
