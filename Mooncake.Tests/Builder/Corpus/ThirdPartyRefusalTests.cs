using FftSharp;
using NetTopologySuite.Geometries;
using Mooncake.Rules;
using QLNet;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// What the third-party corpora found the compiler cannot follow, pinned as refusals: each is a
/// build-time <see cref="UnsupportedILException"/> naming the library's method and the construct,
/// never a wrong derivative. When one of them becomes supported, its test fails, and the case
/// belongs in its library's corpus.
/// </summary>
[TestClass]
public sealed class ThirdPartyRefusalTests
{
    private static readonly double[] Signal = [0.3, -0.2, 0.9, 0.1, -0.7, 0.4, 0.2, -0.5];

    /// <summary>FFT.Forward transforms in place over Span&lt;Complex&gt;, a span of structs (before the refusal its derivatives were zero or stale).</summary>
    [TestMethod]
    public void TheRadix2FftIsRefusedAtItsSpanOfComplex() =>
        Refused(() => Forward.Gradient(x => FFT.Magnitude(FFT.Forward(x))[1], Signal), "FftSharp.FFT.Forward", "Span<Complex>");

    [TestMethod]
    public void TheRealFftIsRefusedAtItsSpanOfComplex() =>
        Refused(() => Forward.Gradient(x => FFT.InverseReal(FFT.ForwardReal(x))[1], Signal), "Span<Complex>");

    [TestMethod]
    public void TheFftFilterIsRefusedAtItsSpanOfComplex() =>
        Refused(() => Forward.Gradient(x => Filter.LowPass(x, 16.0, 5.0)[0], Signal), "Span<Complex>");

    /// <summary>QLNet's BlackCalculator dispatches on its payoff through an acyclic visitor that calls MethodBase.Invoke.</summary>
    [TestMethod]
    public void QLNetsBlackCalculatorIsRefusedAtItsReflectiveVisitor() =>
        Refused(() => Forward.Gradient(p => new BlackCalculator(new PlainVanillaPayoff(Option.Type.Put, p[0]), p[1], p[2], p[3]).value(), [105.0, 101.0, 0.3, 0.95]),
            "BlackCalculator+Calculator.visit", "MethodBase.Invoke");

    /// <summary>
    /// A Handle to a quote registers its observers with a WeakEventSource, which walks a multicast
    /// delegate's invocation list (a field that carries no tangent); so every instrument priced by
    /// an engine over quotes and term-structure handles (AnalyticEuropeanEngine) is refused there.
    /// </summary>
    [TestMethod]
    public void QLNetsObservableHandlesAreRefusedAtTheirInvocationList() =>
        Refused(() => Forward.Gradient(p => new Handle<Quote>(new SimpleQuote(p[0])).link.value(), [100.0]), "GetInvocationList", "_invocationList");

    /// <summary>Geometry.Distance collects its components with Enumerable.ToArray over a lazy sequence of geometries, whose builder stores them through references.</summary>
    [TestMethod]
    public void NetTopologySuitesGeometryDistanceIsRefusedInToArray() =>
        Refused(() => Forward.Gradient(v => Factory.CreatePoint(new Coordinate(v[0], v[1])).Distance(Factory.CreateLineString([new(0, 0), new(v[2], v[3])])), [1.0, -0.7, 2.1, 0.2]),
            "DistanceOp", "SegmentedArrayBuilder", "stores into active storage");

    /// <summary>Overlays go through the same ToArray of geometries.</summary>
    [TestMethod]
    public void NetTopologySuitesOverlayIsRefusedInToArray() =>
        Refused(() => Forward.Gradient(p => Square(0, 0).Intersection(Square(p[0], p[1])).Area, [0.3, 0.4]), "GeometryOverlay.Intersection", "SegmentedArrayBuilder");

    /// <summary>A convex hull asks NtsGeometryServices for a factory, from a ConcurrentDictionary cache whose nodes are published with Volatile.Write.</summary>
    [TestMethod]
    public void NetTopologySuitesConvexHullIsRefusedAtItsFactoryCache() =>
        Refused(() => Forward.Gradient(p => Square(p[0], p[1]).ConvexHull().Area, [0.3, 0.4]), "ConvexHull", "Volatile.Write");

    /// <summary>Buffering grows a Stack of graph nodes with Array.Resize, which reaches GetArrayDataReference of a class array.</summary>
    [TestMethod]
    public void NetTopologySuitesBufferIsRefusedAtArrayResize() =>
        Refused(() => Forward.Gradient(p => Square(0, 0).Buffer(p[0]).Area, [0.25]), "BufferOp", "Array.Resize", "GetArrayDataReference");

    private static readonly GeometryFactory Factory = new();

    private static Polygon Square(double x, double y) =>
        Factory.CreatePolygon([new(x, y), new(x + 1, y), new(x + 1, y + 1), new(x, y + 1), new(x, y)]);

    private static void Refused(Action action, params string[] fragments)
    {
        UnsupportedILException e = Assert.ThrowsExactly<UnsupportedILException>(action);
        foreach (string fragment in fragments)
        {
            StringAssert.Contains(e.Message, fragment);
        }
    }
}
