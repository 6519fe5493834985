using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Tests.Builder;

/// <summary>
/// Divisions are written out leaf by leaf in the emitted rule (MethodEmitter.Division.cs), not
/// calls of <c>DualMath.Divide</c>: each lane must be what the rule computes for it, bit for bit,
/// at the singular points too (a zero, infinite or NaN divisor or dividend, zero lanes under the
/// strong-zero policy), for x / y, x / c and c / x, in double and float, at every width.
/// </summary>
[TestClass]
public sealed class DivisionEmissionTests
{
    private static readonly double[] Values = [1.5, -2.0, 0.0, -0.0, double.PositiveInfinity, double.NaN, 1e-310, 1e308, -3e-5];

    // Directions of the lanes: zero lanes exercise the strong zero.
    private static readonly double[] Lanes = [1.0, 0.0, -0.5, 0.0, 2.0, -0.0, 1e-300, 3.0, 0.25, -1.0, 0.0, 7.0, 0.5, 0.0, -2.0, 1.0];

    public static IEnumerable<object[]> Widths => [[1], [3], [8], [16]];

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void AQuotientOfTwoActiveValuesIsTheRulesLaneForLane(int width)
    {
        foreach (double x in Values)
        {
            foreach (double y in Values)
            {
                double[][] directions = [.. Enumerable.Range(0, width).Select(k => new[] { Lanes[k], Lanes[(k + 5) % Lanes.Length] })];
                var result = new double[width];
                double value = Forward.Pushforward(v => v[0] / v[1], [x, y], directions, result);
                for (int k = 0; k < width; k++)
                {
                    Dual<Chunk1> expected = DualMath<Dual<Chunk1>, Chunk1, double>.Divide(new Dual<Chunk1>(x, Chunk1.Broadcast(directions[k][0])), new Dual<Chunk1>(y, Chunk1.Broadcast(directions[k][1])));
                    Expect.Same((double)expected.Value, value, $"{x} / {y}: value");
                    Expect.Same((double)expected.Partials[0], result[k], $"{x} / {y}: lane {k} of {width}");
                }
            }
        }
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void AQuotientWithAConstantIsTheRulesLaneForLane(int width)
    {
        foreach (double c in Values)
        {
            Func<double[], double> over = v => v[0] / c, under = v => c / v[0];
            foreach (double x in Values)
            {
                double[][] directions = [.. Enumerable.Range(0, width).Select(k => new[] { Lanes[k] })];
                var overLanes = new double[width];
                var underLanes = new double[width];
                double overValue = Forward.Pushforward(over, [x], directions, overLanes);
                double underValue = Forward.Pushforward(under, [x], directions, underLanes);
                for (int k = 0; k < width; k++)
                {
                    var dx = new Dual<Chunk1>(x, Chunk1.Broadcast(directions[k][0]));
                    Dual<Chunk1> expectedOver = DualMath<Dual<Chunk1>, Chunk1, double>.Divide(dx, c);
                    Dual<Chunk1> expectedUnder = DualMath<Dual<Chunk1>, Chunk1, double>.Divide(c, dx);
                    Expect.Same(expectedOver.Value, overValue, $"{x} / {c}: value");
                    Expect.Same(expectedOver.Partials[0], overLanes[k], $"{x} / {c}: lane {k} of {width}");
                    Expect.Same(expectedUnder.Value, underValue, $"{c} / {x}: value");
                    Expect.Same(expectedUnder.Partials[0], underLanes[k], $"{c} / {x}: lane {k} of {width}");
                }
            }
        }
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void AFloatQuotientIsTheRulesLaneForLane(int width)
    {
        foreach (double x in Values)
        {
            foreach (double y in Values)
            {
                double[][] directions = [.. Enumerable.Range(0, width).Select(k => new[] { Lanes[k], Lanes[(k + 3) % Lanes.Length] })];
                var result = new double[width];
                double value = Forward.Pushforward(v => (float)v[0] / (float)v[1], [x, y], directions, result);
                for (int k = 0; k < width; k++)
                {
                    FloatDual<FloatChunk1> expected = DualMath<FloatDual<FloatChunk1>, FloatChunk1, float>.Divide(
                        new FloatDual<FloatChunk1>((float)x, FloatChunk1.Broadcast((float)directions[k][0])), new FloatDual<FloatChunk1>((float)y, FloatChunk1.Broadcast((float)directions[k][1])));
                    Expect.Same((double)expected.Value, value, $"{x} / {y}: value");
                    Expect.Same((double)expected.Partials[0], result[k], $"{x} / {y}: lane {k} of {width}");
                }
            }
        }
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void AQuotientByALiteralIsTheRulesLaneForLane(int width)
    {
        // Literal powers of two become products with their reciprocals (exact); the others stay divisions.
        (Func<double[], double> F, double C)[] doubles = [(v => v[0] / 4, 4), (v => v[0] / 0.5, 0.5), (v => v[0] / -8, -8), (v => v[0] / 3, 3), (v => v[0] / 1.1125369292536007E-308, 1.1125369292536007E-308), (v => v[0] / 8.98846567431158E+307, 8.98846567431158E+307)];
        (Func<double[], double> F, float C)[] floats = [(v => (float)v[0] / 4f, 4f), (v => (float)v[0] / 0.125f, 0.125f), (v => (float)v[0] / 5.877472E-39f, 5.877472E-39f), (v => (float)v[0] / 3f, 3f)];
        foreach (double x in Values)
        {
            double[][] directions = [.. Enumerable.Range(0, width).Select(k => new[] { Lanes[k] })];
            var lanes = new double[width];
            foreach ((Func<double[], double> f, double c) in doubles)
            {
                double value = Forward.Pushforward(f, [x], directions, lanes);
                for (int k = 0; k < width; k++)
                {
                    Dual<Chunk1> expected = DualMath<Dual<Chunk1>, Chunk1, double>.Divide(new Dual<Chunk1>(x, Chunk1.Broadcast(directions[k][0])), c);
                    Expect.Same(expected.Value, value, $"{x} / {c}: value");
                    Expect.Same(expected.Partials[0], lanes[k], $"{x} / {c}: lane {k} of {width}");
                }
            }

            foreach ((Func<double[], double> f, float c) in floats)
            {
                double value = Forward.Pushforward(f, [x], directions, lanes);
                for (int k = 0; k < width; k++)
                {
                    FloatDual<FloatChunk1> expected = DualMath<FloatDual<FloatChunk1>, FloatChunk1, float>.Divide(new FloatDual<FloatChunk1>((float)x, FloatChunk1.Broadcast((float)directions[k][0])), c);
                    Expect.Same((double)expected.Value, value, $"{x} / {c}f: value");
                    Expect.Same((double)expected.Partials[0], lanes[k], $"{x} / {c}f: lane {k} of {width}");
                }
            }
        }
    }
}
