using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Utilities;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// A third-party geometry library differentiated as it is: NetTopologySuite 2.6.0's polygons and
/// line strings (built by a <c>GeometryFactory</c> over coordinate sequences, measured through
/// virtual properties), its ring-area and length algorithms, centroids, point-to-segment
/// distances, angles, triangle centres, segment projections and intersections, and affine
/// transformations. The inputs are vertex coordinates (x then y per vertex) of convex,
/// counter-clockwise shapes; distances are measured to a segment's interior, where they are
/// smooth. Geometry.Distance, overlays, convex hulls and buffers are refused (see
/// <see cref="ThirdPartyRefusalTests"/>).
/// </summary>
public sealed class NetTopologySuiteCorpus : ICorpusFamily
{
    // A convex pentagon, counter-clockwise.
    private static readonly double[] Pentagon = [0.0, 0.0, 2.1, 0.2, 2.9, 1.6, 1.4, 2.7, -0.3, 1.5];

    private static readonly GeometryFactory Factory = new();

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(PolygonArea, Pentagon),
        CorpusCase.Gradient(PolygonPerimeter, Pentagon),
        CorpusCase.Gradient(CentroidCombination, Pentagon),
        CorpusCase.Gradient(SignedRingArea, Pentagon),
        CorpusCase.Gradient(LineStringLength, Pentagon),
        CorpusCase.Gradient(DistanceFromAPointToASegmentString, [1.0, -0.7, 0.0, 0.0, 2.1, 0.2, 2.9, 1.6]),
        CorpusCase.Gradient(InteriorAngleAndSegmentDistance, [0.0, 0.0, 2.0, 0.3, 0.7, 1.8, 3.1, 2.4]),
        CorpusCase.Jacobian(TriangleCentres, [0.0, 0.0, 2.0, 0.3, 0.7, 1.8]),
        CorpusCase.Jacobian(SegmentProjectionAndIntersection, [0.0, 0.0, 2.0, 0.5, 0.8, 1.4, 1.3, -1.1]),
        CorpusCase.Gradient(RotatedCentroid, [0.4, .. Pentagon]),
        CorpusCase.Gradient(PointToLineStringDistance, [1.0, -0.7, 2.1, 0.2]),
        CorpusCase.Gradient(IntersectionArea, [0.3, 0.4]),
        CorpusCase.Gradient(BufferArea, [0.25]),
        CorpusCase.Gradient(ConvexHullArea, [0.3, 0.4]),
    ];

    public static double PolygonArea(double[] v) => Polygon(v).Area;

    public static double PolygonPerimeter(double[] v) => Polygon(v).Length;

    public static double CentroidCombination(double[] v)
    {
        Point centroid = Polygon(v).Centroid;
        return centroid.X + (2 * centroid.Y);
    }

    public static double SignedRingArea(double[] v) => Area.OfRingSigned(Ring(v));

    public static double LineStringLength(double[] v) => Factory.CreateLineString(Vertices(v)).Length;

    /// <summary>The distance from the point (v0, v1) to the segments through the rest, nearest its first segment's interior.</summary>
    public static double DistanceFromAPointToASegmentString(double[] v) => DistanceComputer.PointToSegmentString(new Coordinate(v[0], v[1]), Vertices(v[2..]));

    /// <summary>The angle at the second of three points, and the distance between two segments that do not cross.</summary>
    public static double InteriorAngleAndSegmentDistance(double[] v)
    {
        Coordinate[] p = Vertices(v);
        return AngleUtility.InteriorAngle(p[0], p[1], p[2]) + DistanceComputer.SegmentToSegment(p[0], p[1], p[2], p[3]);
    }

    public static double[] TriangleCentres(double[] v)
    {
        var triangle = new Triangle(new Coordinate(v[0], v[1]), new Coordinate(v[2], v[3]), new Coordinate(v[4], v[5]));
        Coordinate circumcentre = triangle.Circumcentre();
        Coordinate incentre = triangle.InCentre();
        return [circumcentre.X, circumcentre.Y, incentre.X, incentre.Y, triangle.Circumradius(), triangle.Area()];
    }

    /// <summary>The first segment's projection of the second's start, and the two segments' crossing point.</summary>
    public static double[] SegmentProjectionAndIntersection(double[] v)
    {
        var first = new LineSegment(v[0], v[1], v[2], v[3]);
        var second = new LineSegment(v[4], v[5], v[6], v[7]);
        Coordinate projection = first.Project(second.P0);
        Coordinate crossing = first.Intersection(second);
        return [projection.X, projection.Y, first.ProjectionFactor(second.P1), crossing.X, crossing.Y];
    }

    /// <summary>The pentagon rotated by an active angle about the origin: its centroid's x.</summary>
    public static double RotatedCentroid(double[] p)
    {
        Geometry rotated = AffineTransformation.RotationInstance(p[0]).Transform(Polygon(p[1..]));
        return rotated.Centroid.X;
    }

    private static Polygon Polygon(double[] v) => Factory.CreatePolygon(Ring(v));

    // A closed ring: the vertices and the first one again. (Written as a loop: the collection
    // expression [.. Vertices(v), first] copies through a ReadOnlySpan<Coordinate>, which is refused.)
    private static Coordinate[] Ring(double[] v) => Vertices(v, closed: true);

    private static Coordinate[] Vertices(double[] v, bool closed = false)
    {
        int count = v.Length / 2;
        var vertices = new Coordinate[closed ? count + 1 : count];
        for (int i = 0; i < count; i++)
        {
            vertices[i] = new Coordinate(v[2 * i], v[(2 * i) + 1]);
        }

        if (closed)
        {
            vertices[count] = new Coordinate(v[0], v[1]);
        }

        return vertices;
    }


    /// <summary>Geometry.Distance collects its components with Enumerable.ToArray over a lazy sequence of geometries (differentiated as a stand-in).</summary>
    public static double PointToLineStringDistance(double[] v) =>
        Factory.CreatePoint(new Coordinate(v[0], v[1])).Distance(Factory.CreateLineString([new(0, 0), new(v[2], v[3])]));

    /// <summary>An overlay of two unit squares, one offset by the inputs.</summary>
    public static double IntersectionArea(double[] p) => Square(0, 0).Intersection(Square(p[0], p[1])).Area;

    /// <summary>Buffering grows a Stack of graph nodes with Array.Resize (differentiated as a stand-in).</summary>
    public static double BufferArea(double[] p) => Square(0, 0).Buffer(p[0]).Area;

    /// <summary>A convex hull asks NtsGeometryServices for a factory, from a ConcurrentDictionary cache whose nodes are published with Volatile.Write (a stand-in).</summary>
    public static double ConvexHullArea(double[] p) =>
        Factory.CreateMultiPoint([new Point(0, 0), new Point(p[0] + 1, 0.1), new Point(1.2, p[1] + 1), new Point(0.1, 1.1), new Point(0.5, 0.5)]).ConvexHull().Area;

    private static Polygon Square(double x, double y) =>
        Factory.CreatePolygon([new(x, y), new(x + 1, y), new(x + 1, y + 1), new(x, y + 1), new(x, y)]);
}

[TestClass] public sealed class NetTopologySuiteCorpusTests : CorpusTests<NetTopologySuiteCorpus>;
