namespace Mooncake.Tests.Duals;

// The documented policies of DualMath at points where finite differences say nothing useful:
// strong zero at singular points (a lane whose input tangent is zero gets exactly 0, the others
// the IEEE value), the one-sided choices at kinks, and zero partials for rounding.
public abstract partial class DualTests<TChunk>
{
    private const double Inf = double.PositiveInfinity;

    [TestMethod]
    [DataRow("Sqrt", 0.0, Inf)]
    [DataRow("Cbrt", 0.0, Inf)]
    [DataRow("Log", 0.0, Inf)]
    [DataRow("Log2", 0.0, Inf)]
    [DataRow("Log10", 0.0, Inf)]
    [DataRow("LogP1", -1.0, Inf)]
    [DataRow("Asin", 1.0, Inf)]
    [DataRow("Asin", -1.0, Inf)]
    [DataRow("Acos", 1.0, -Inf)]
    [DataRow("Acos", -1.0, -Inf)]
    [DataRow("AsinPi", 1.0, Inf)]
    [DataRow("AcosPi", -1.0, -Inf)]
    [DataRow("Acosh", 1.0, Inf)]
    [DataRow("Atanh", 1.0, Inf)]
    [DataRow("Atanh", -1.0, Inf)]
    [DataRow("RootN(x, 2)", 0.0, Inf)]
    [DataRow("RootN(x, 3)", 0.0, Inf)]
    [DataRow("RootN(x, 5)", -0.0, Inf)]
    [DataRow("RootN(x, -2)", 0.0, double.NaN)]
    [DataRow("RootN(x, 1)", 0.0, 1.0)]
    [DataRow("Sqrt", 4.0, 0.25)]
    public void SingularPointsGiveZeroInZeroLanesAndTheIeeeValueElsewhere(string name, double x, double derivative)
    {
        foreach (Func<int, double> tangent in new Func<int, double>[] { ZeroInEvenLanes, NonZeroInEveryLane })
        {
            Dual<TChunk> y = GenericMath.Evaluate<Dual<TChunk>>(name, [Seeded(x, tangent)]);
            Expect.Same(GenericMath.Evaluate<double>(name, [x]), y.Value, $"{name}({x}) value");
            AssertLanes(k => StrongZeroTerm(tangent(k), derivative), y, $"{name}({x})");
        }
    }

    [TestMethod]
    [DataRow(-2.0, 3.0, 12.0)]
    [DataRow(-2.0, -2.0, 0.25)]
    [DataRow(0.0, 0.5, Inf)]
    [DataRow(0.0, 2.0, 0.0)]
    [DataRow(0.0, 1.0, 1.0)]
    [DataRow(0.0, -1.0, -Inf)]
    [DataRow(5.0, 0.0, 0.0)]
    public void PowWithAConstantExponentFollowsTheStrongZeroPolicy(double x, double c, double derivative)
    {
        foreach (Func<int, double> tangent in new Func<int, double>[] { ZeroInEvenLanes, NonZeroInEveryLane })
        {
            Dual<TChunk> y = Dual<TChunk>.Pow(Seeded(x, tangent), c);
            Expect.Same(Math.Pow(x, c), y.Value, $"Pow({x}, {c}) value");
            AssertLanes(k => StrongZeroTerm(tangent(k), derivative), y, $"Pow({x}, {c})");
        }
    }

    [TestMethod]
    [DataRow(0.0, 2.0, 0.0)]
    [DataRow(-2.0, 3.0, double.NaN)]
    [DataRow(2.0, 3.0, 5.545177444479562)] // 2^3 ln 2
    public void PowWithAConstantBaseFollowsTheStrongZeroPolicy(double c, double y, double derivative)
    {
        foreach (Func<int, double> tangent in new Func<int, double>[] { ZeroInEvenLanes, NonZeroInEveryLane })
        {
            Dual<TChunk> result = Dual<TChunk>.Pow(c, Seeded(y, tangent));
            Expect.Same(Math.Pow(c, y), result.Value, $"Pow({c}, {y}) value");
            AssertLanes(k => StrongZeroTerm(tangent(k), derivative), result, $"Pow({c}, {y})");
        }
    }

    /// <summary>
    /// Pow with both arguments duals: the base coefficient <paramref name="dx"/> and the exponent
    /// coefficient <paramref name="dy"/> each follow strong zero, e.g. a negative base with a dual
    /// exponent that does not move (<c>T.Pow(x, T.CreateChecked(3.0))</c> in generic code) is finite.
    /// </summary>
    [TestMethod]
    [DataRow(-2.0, 3.0, 12.0, double.NaN)]
    [DataRow(-2.0, 2.0, -4.0, double.NaN)]
    [DataRow(0.0, 2.0, 0.0, 0.0)]
    [DataRow(0.0, 1.0, 1.0, 0.0)]
    [DataRow(0.0, 0.5, Inf, 0.0)]
    [DataRow(2.0, 3.0, 12.0, 5.545177444479562)]
    public void PowOfTwoDualsFollowsTheStrongZeroPolicyInEachArgument(double x, double y, double dx, double dy)
    {
        var patterns = new (Func<int, double> X, Func<int, double> Y)[]
        {
            (NonZeroInEveryLane, ZeroInEvenLanes),
            (ZeroInEvenLanes, NonZeroInEveryLane),
            (ZeroInEvenLanes, ZeroInEvenLanes),
        };
        foreach ((Func<int, double> tx, Func<int, double> ty) in patterns)
        {
            Dual<TChunk> result = Dual<TChunk>.Pow(Seeded(x, tx), Seeded(y, ty));
            Expect.Same(Math.Pow(x, y), result.Value, $"Pow({x}, {y}) value");
            AssertLanes(k => StrongZeroTerm(tx(k), dx) + StrongZeroTerm(ty(k), dy), result, $"Pow({x}, {y})");
        }
    }

    [TestMethod]
    [DataRow(0.0, 0.0)]
    [DataRow(-0.0, 0.0)]
    [DataRow(0.0, -0.0)]
    public void HypotAtTheOriginHasZeroPartials(double x, double y)
    {
        Dual<TChunk> h = Dual<TChunk>.Hypot(Seeded(x, NonZeroInEveryLane), Seeded(y, k => 3 - k));
        Expect.Same(0.0, h.Value, "Hypot at the origin");
        AssertLanes(_ => 0.0, h, "Hypot at the origin");
    }

    [TestMethod]
    [DataRow(0.0, 1.0)]
    [DataRow(-0.0, 1.0)]
    [DataRow(2.5, 1.0)]
    [DataRow(-2.5, -1.0)]
    public void AbsTakesTheRightDerivativeAtZero(double x, double sign)
    {
        Dual<TChunk> y = Dual<TChunk>.Abs(Seeded(x, NonZeroInEveryLane));
        Expect.Same(Math.Abs(x), y.Value, $"Abs({x})");
        AssertLanes(k => sign * NonZeroInEveryLane(k), y, $"Abs({x})");
    }

    /// <summary>The selection functions take the partials of the argument they return, the first on ties.</summary>
    [TestMethod]
    [DataRow("Max", 1.0, 1.0, 0)]
    [DataRow("Max", 1.0, 2.0, 1)]
    [DataRow("Max", 2.0, 1.0, 0)]
    [DataRow("Max", 0.0, -0.0, 0)]
    [DataRow("Max", -0.0, 0.0, 1)]
    [DataRow("Max", double.NaN, 1.0, 0)]
    [DataRow("Max", 1.0, double.NaN, 1)]
    [DataRow("Min", 1.0, 1.0, 0)]
    [DataRow("Min", 1.0, 2.0, 0)]
    [DataRow("Min", 2.0, 1.0, 1)]
    [DataRow("Min", -0.0, 0.0, 0)]
    [DataRow("Min", 0.0, -0.0, 1)]
    [DataRow("MaxNumber", double.NaN, 1.0, 1)]
    [DataRow("MaxNumber", 1.0, double.NaN, 0)]
    [DataRow("MaxNumber", 3.0, 3.0, 0)]
    [DataRow("MinNumber", double.NaN, 1.0, 1)]
    [DataRow("MinNumber", 1.0, 2.0, 0)]
    [DataRow("MaxMagnitude", -3.0, 3.0, 1)]
    [DataRow("MaxMagnitude", 3.0, -3.0, 0)]
    [DataRow("MaxMagnitude", 2.0, 2.0, 0)]
    [DataRow("MaxMagnitude", 1.0, -2.0, 1)]
    [DataRow("MinMagnitude", -3.0, 3.0, 0)]
    [DataRow("MinMagnitude", 3.0, -3.0, 1)]
    [DataRow("MinMagnitude", 1.0, -2.0, 0)]
    [DataRow("MaxMagnitudeNumber", double.NaN, 2.0, 1)]
    [DataRow("MaxMagnitudeNumber", -2.0, 2.0, 1)]
    [DataRow("MinMagnitudeNumber", 2.0, double.NaN, 0)]
    [DataRow("MinMagnitudeNumber", -2.0, 2.0, 0)]
    public void SelectionTakesThePartialsOfTheArgumentReturned(string name, double x, double y, int returned)
    {
        Dual<TChunk>[] arguments = [Seeded(x, NonZeroInEveryLane), Seeded(y, k => 10 + k)];
        Dual<TChunk> result = GenericMath.Evaluate<Dual<TChunk>>(name, arguments);
        Expect.Same(GenericMath.Evaluate<double>(name, [x, y]), result.Value, $"{name}({x}, {y})");
        Assert.AreEqual(arguments[returned].Partials, result.Partials, $"{name}({x}, {y}) takes argument {returned}'s partials");
    }

    [TestMethod]
    [DataRow(0.5, 0.0, 1.0, 0)]
    [DataRow(0.0, 0.0, 1.0, 0)]
    [DataRow(1.0, 0.0, 1.0, 0)]
    [DataRow(0.5, 0.5, 0.5, 0)]
    [DataRow(-1.0, 0.0, 1.0, 1)]
    [DataRow(2.0, 0.0, 1.0, 2)]
    public void ClampTakesTheValuesPartialsInsideTheClosedInterval(double x, double min, double max, int returned)
    {
        Dual<TChunk>[] arguments = [Seeded(x, NonZeroInEveryLane), Seeded(min, k => 10 + k), Seeded(max, k => 20 + k)];
        Dual<TChunk> result = Dual<TChunk>.Clamp(arguments[0], arguments[1], arguments[2]);
        Expect.Same(Math.Clamp(x, min, max), result.Value, $"Clamp({x}, {min}, {max})");
        Assert.AreEqual(arguments[returned].Partials, result.Partials, $"Clamp({x}, {min}, {max}) takes argument {returned}'s partials");
    }

    [TestMethod]
    public void ClampWithMinAboveMaxThrows()
    {
        Expect.Throws<ArgumentException>(() => Dual<TChunk>.Clamp(Seeded(0.5, NonZeroInEveryLane), 2.0, 1.0), "cannot be greater than");
    }

    [TestMethod]
    [DataRow(2.0, -1.0, -1.0)]
    [DataRow(-2.0, -5.0, 1.0)]
    [DataRow(2.0, 3.0, 1.0)]
    [DataRow(-2.0, 3.0, -1.0)]
    [DataRow(0.0, -1.0, -1.0)]
    public void CopySignNegatesThePartialsWhenTheSignFlipsAndIgnoresTheSignsPartials(double x, double sign, double factor)
    {
        Dual<TChunk> y = Dual<TChunk>.CopySign(Seeded(x, NonZeroInEveryLane), Seeded(sign, k => 10 + k));
        Expect.Same(Math.CopySign(x, sign), y.Value, $"CopySign({x}, {sign})");
        AssertLanes(k => factor * NonZeroInEveryLane(k), y, $"CopySign({x}, {sign})");
    }

    [TestMethod]
    [DataRow(2.0)]
    [DataRow(-2.5)]
    [DataRow(0.5)]
    [DataRow(3.7)]
    public void RoundingHasZeroPartialsAtIntegersAndMidpointsToo(double x)
    {
        Dual<TChunk> d = Seeded(x, NonZeroInEveryLane);
        foreach (string name in new[] { "Floor", "Ceiling", "Truncate", "Round", "Round(x, 2)", "Round(x, AwayFromZero)", "Round(x, 1, ToNegativeInfinity)" })
        {
            Dual<TChunk> y = GenericMath.Evaluate<Dual<TChunk>>(name, [d]);
            Expect.Same(GenericMath.Evaluate<double>(name, [x]), y.Value, $"{name}({x})");
            AssertLanes(_ => 0.0, y, $"{name}({x})");
        }
    }

    // What one term of the chain rule gives under strong zero: exactly 0 for a zero tangent,
    // the IEEE product otherwise.
    private static double StrongZeroTerm(double tangent, double derivative) => tangent == 0 ? 0.0 : tangent * derivative;
}

// Local derivatives that overflow while the tangent they scale does not: the rules scale such a
// tangent by the derivative's ratio lane by lane (ChunkLanes.ScaleRatio), so a representable
// tangent is not lost to an infinite intermediate. Each input moves in proportion to itself
// (x' = x · r), so the tangent is x f'(x) · r, an ordinary number however small x is.
public abstract partial class DualTests<TChunk>
{
    [TestMethod]
    public void DerivativesThatOverflowKeepARepresentableTangent()
    {
        foreach (Func<int, double> r in new Func<int, double>[] { ZeroInEvenLanes, NonZeroInEveryLane })
        {
            Dual<TChunk> Relative(double x) => Seeded(x, k => x * r(k));

            // 1 / y at y = 2e-269: the derivative -1 / y² is infinite, the tangent -(1 / y) · r.
            double y = 2e-269;
            AssertLanes(k => -(1 / y) * r(k), 1.0 / Relative(y), "1 / y");
            AssertLanes(k => -(1 / y) * r(k), Dual<TChunk>.One / Relative(y), "1 / y of two duals");
            AssertLanes(k => 1e-20 / 3e-310 * r(k), Relative(1e-20) / 3e-310, "x / c for a subnormal c");
            AssertLanes(k => r(k), Dual<TChunk>.Log(Relative(3e-310)), "Log of a subnormal");
            AssertLanes(k => r(k) / Math.Log(10), Dual<TChunk>.Log10(Relative(3e-310)), "Log10 of a subnormal");
            AssertLanes(k => -1.5 * Math.Pow(3e-200, -1.5) * r(k), Dual<TChunk>.Pow(Relative(3e-200), -1.5), "Pow of a tiny base");
            AssertLanes(k => 0.48 * r(k), Dual<TChunk>.Atan2(Relative(3e-310), new Dual<TChunk>(4e-310, TChunk.Zero)), "Atan2 of a subnormal point");
        }
    }
}
