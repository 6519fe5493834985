using Mooncake.Rules;

namespace Mooncake.Tests.Linq;

/// <summary>
/// <c>Enumerable.Cast&lt;double&gt;()</c>: over a <c>double[,]</c> its elements row by row with
/// the matrix's tangent (so <c>m.Cast&lt;double&gt;().Sum()</c> differentiates), over a sequence
/// of doubles the sequence itself; exact gradients at several widths, and a sequence of another
/// element type that carries derivatives is refused, never differentiated wrongly.
/// </summary>
[TestClass]
public sealed class CastRuleTests
{
    private static readonly double[,] Matrix = { { 1.5, -2.0, 0.25 }, { 3.0, 0.5, -1.25 } };

    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    [DataRow(8)]
    public void AMatrixCastToDoublesCarriesItsTangentRowByRow(int width)
    {
        double[,] sumOfSquares = Forward.Gradient(m => m.Cast<double>().Sum(v => v * v), Matrix, width);
        double[,] indexed = Forward.Gradient(m => m.Cast<double>().ToArray()[4] * m[0, 0], Matrix, width);
        for (int i = 0; i < 2; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                Assert.AreEqual(2 * Matrix[i, j], sumOfSquares[i, j], 1e-14, $"Σ m²: ({i}, {j}) at width {width}");

                // Element 4 in row-major order is m[1, 1].
                double expected = (i, j) switch { (0, 0) => Matrix[1, 1], (1, 1) => Matrix[0, 0], _ => 0.0 };
                Assert.AreEqual(expected, indexed[i, j], 1e-14, $"m[1,1] m[0,0]: ({i}, {j}) at width {width}");
            }
        }
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    public void ASequenceOfDoublesCastsToItself(int width)
    {
        double[] x = [1.0, 2.0, 3.0];
        CollectionAssert.AreEqual(new[] { 7.0, 1.0, 1.0 }, Forward.Gradient(v => v.Cast<double>().Sum() * v[0], x, width));
    }

    [TestMethod]
    public void ASequenceOfAnotherTypeThatCarriesDerivativesIsRefused()
    {
        // Boxed doubles in an object[]: the BCL unboxes them; their derivatives would have to come
        // through the boxes, which this rule does not follow.
        var e = Assert.ThrowsExactly<NotSupportedException>(() => Forward.Gradient(x => new object[] { x[0], x[1] }.Cast<double>().Sum(), [1.0, 2.0]));
        StringAssert.Contains(e.Message, "Cast<double>");
    }
}
