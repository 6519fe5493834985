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

    /// <summary>
    /// A Handle to a quote registers its observers with a WeakEventSource, which walks a multicast
    /// delegate's invocation list (a field that carries no tangent); so every instrument priced by
    /// an engine over quotes and term-structure handles (AnalyticEuropeanEngine) is refused there.
    /// </summary>
    [TestMethod]
    public void QLNetsObservableHandlesAreRefusedAtTheirInvocationList() =>
        Refused(() => Forward.Gradient(p => new Handle<Quote>(new SimpleQuote(p[0])).link.value(), [100.0]), "GetInvocationList", "_invocationList");

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
