namespace Mooncake.Tests.Tangents;

/// <summary>
/// The laws of the tangent interface, checked for every sample primal kind at the width of
/// <typeparamref name="TChunk"/>. One sealed subclass per width runs them.
/// </summary>
public abstract class TangentLawTests<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private static readonly ChunkWidth Width = ChunkWidth.Of<TChunk>();

    [TestMethod]
    public void TangentTypesAreTheOnesTheEntryPointResolves()
    {
        ForEachSample((name, space, x) =>
        {
            Assert.AreEqual(TangentTypes.TangentType(space.PrimalType, Width), space.TangentType, name);
            Assert.AreEqual(Width.Lanes, space.Lanes, name);
            object? zero = space.Zero(x);
            Assert.IsTrue(zero is null || space.TangentType.IsInstanceOfType(zero), $"{name}: zero is a {zero?.GetType()}");
        });
    }

    [TestMethod]
    public void ZeroIsTheAdditiveIdentityAndHasZeroNorm()
    {
        ForEachSample((name, space, x) =>
        {
            object? t = space.Random(x, new Random(1));
            object? zero = space.Zero(x);
            AssertSameTangent(space, t, space.Add(t, zero), name);
            AssertSameTangent(space, t, space.Add(zero, t), name);
            Assert.AreEqual(0.0, space.Dot(zero, zero), name);
            Assert.AreEqual(0.0, space.Dot(zero, t), name);
        });
    }

    [TestMethod]
    public void AddCommutesAndScaleDistributes()
    {
        ForEachSample((name, space, x) =>
        {
            object? t = space.Random(x, new Random(2));
            object? u = space.Random(x, new Random(3));
            AssertSameTangent(space, space.Add(t, u), space.Add(u, t), name);
            AssertSameTangent(space, space.Scale(2.0, t), space.Add(t, t), name);
            AssertSameTangent(space, space.Scale(0.0, t), space.Zero(x), name);
            AssertSameTangent(space, space.Scale(-0.5, space.Add(t, u)), space.Add(space.Scale(-0.5, t), space.Scale(-0.5, u)), name);
        });
    }

    [TestMethod]
    public void DotIsSymmetricBilinearAndPositive()
    {
        ForEachSample((name, space, x) =>
        {
            object? t = space.Random(x, new Random(4));
            object? u = space.Random(x, new Random(5));
            double tu = space.Dot(t, u);
            Assert.AreEqual(tu, space.Dot(u, t), name);
            Assert.AreEqual(3.0 * tu, space.Dot(space.Scale(3.0, t), u), Tolerance(space) * (1 + Math.Abs(tu)), name);
            double tt = space.Dot(t, t);
            if (space.HasTangent && HasElements(x))
            {
                Assert.IsGreaterThan(0.0, tt, name);
            }
            else
            {
                Assert.AreEqual(0.0, tt, name);
            }
        });
    }

    [TestMethod]
    public void IncrementEqualsAddAndUpdatesMutableTangentsInPlace()
    {
        ForEachSample((name, space, x) =>
        {
            object? a = space.Random(x, new Random(6));
            object? b = space.Random(x, new Random(7));
            object? expected = space.Add(a, b);
            object? result = space.Increment(a, b);
            AssertSameTangent(space, expected, result, name);
            if (a is not null && !a.GetType().IsValueType)
            {
                Assert.AreSame(a, result, $"{name}: a reference tangent is incremented in place");
            }
        });
    }

    [TestMethod]
    public void OperationsDoNotModifyTheirInputs()
    {
        ForEachSample((name, space, x) =>
        {
            object? t = space.Random(x, new Random(8));
            object? u = space.Random(x, new Random(9));
            object? tCopy = space.Scale(1.0, t);
            object? uCopy = space.Scale(1.0, u);
            object? snapshot = space.AddToPrimal(x, space.Zero(x), 0, 0.0);
            _ = space.Add(t, u);
            _ = space.Scale(2.0, t);
            _ = space.Dot(t, u);
            _ = space.ExtractLane(t, Width.Lanes - 1);
            _ = space.AddToPrimal(x, t, 0, 1.0);
            _ = space.Difference(x, snapshot, 0);
            AssertSameTangent(space, tCopy, t, name);
            AssertSameTangent(space, uCopy, u, name);
            AssertSameTangent(space, space.Zero(x), space.Difference(x, snapshot, 0), $"{name}: the primal is unchanged");
        });
    }

    [TestMethod]
    public void LanesRoundTripThroughWidthOneTangents()
    {
        ForEachSample((name, space, x) =>
        {
            object? t = space.Random(x, new Random(10));
            object? rebuilt = space.Zero(x);
            double laneDots = 0.0;
            for (int k = 0; k < space.Lanes; k++)
            {
                object? lane = space.ExtractLane(t, k);
                Assert.IsTrue(lane is null || space.LaneSpace.TangentType.IsInstanceOfType(lane), $"{name}: lane {k} is a {lane?.GetType()}");
                laneDots += space.LaneSpace.Dot(lane, lane);
                rebuilt = space.InsertLane(rebuilt, k, lane);
            }

            AssertSameTangent(space, t, rebuilt, name);
            double dot = space.Dot(t, t);
            Assert.AreEqual(dot, laneDots, Tolerance(space) * (1 + dot), name);
        });
    }

    [TestMethod]
    public void EveryLaneBehavesLikeAWidthOneTangent()
    {
        ForEachSample((name, space, x) =>
        {
            TangentSpace one = space.LaneSpace;
            object? t = space.Random(x, new Random(11));
            object? u = space.Random(x, new Random(12));
            object? sum = space.Add(t, space.Scale(-1.5, u));
            for (int k = 0; k < space.Lanes; k++)
            {
                object? expected = one.Add(space.ExtractLane(t, k), one.Scale(-1.5, space.ExtractLane(u, k)));
                AssertSameTangent(one, expected, space.ExtractLane(sum, k), $"{name}, lane {k}");
            }
        });
    }

    [TestMethod]
    public void CopiesHaveTheSameBitsAndAreNotTheOriginal()
    {
        ForEachSample((name, space, x) =>
        {
            object? copy = space.CopyPrimal(x);
            AssertSameTangent(space, space.Zero(x), space.Difference(copy, x, 0), name);
            if (space.HasTangent && x is not null && !x.GetType().IsValueType)
            {
                Assert.AreNotSame(x, copy, $"{name}: a reference primal is copied");
            }
        });

        TangentSpace numbers = TangentSpace.Of(typeof(double[]), Width);
        var signed = (double[])numbers.CopyPrimal(new[] { -0.0, double.NaN, double.NegativeInfinity })!;
        Assert.IsTrue(double.IsNegative(signed[0]), "-0 stays -0");
        Assert.IsTrue(double.IsNaN(signed[1]));
        Assert.AreEqual(double.NegativeInfinity, signed[2]);
        Assert.IsTrue(double.IsNegative((double)TangentSpace.Of(typeof(double), Width).CopyPrimal(-0.0)!));
    }

    [TestMethod]
    public void DifferenceOfAMovedPrimalRecoversTheLane()
    {
        const double step = 1.0 / 1024;
        ForEachSample((name, space, x) =>
        {
            object? t = space.Random(x, new Random(13));
            int lane = space.Lanes - 1;
            object? moved = space.AddToPrimal(x, t, lane, step);
            object? recovered = space.Scale(1.0 / step, space.Difference(moved, x, lane));
            object? expected = space.InsertLane(space.Zero(x), lane, space.ExtractLane(t, lane));
            object? error = space.Add(recovered, space.Scale(-1.0, expected));
            double scale = 1.0 + space.Dot(expected, expected);

            // Rounding x + step * t costs about eps * |x| / step relative to t: 1e-13 in double,
            // 1e-4 in single precision.
            double tolerance = TangentSamples.IsSinglePrecision(space.PrimalType) ? 1e-3 : 1e-10;
            Assert.IsLessThan(tolerance * tolerance * scale, space.Dot(error, error), name);
        });
    }

    // Sums over lanes or with a scaled operand round differently; single-precision lanes round more.
    private static double Tolerance(TangentSpace space) => TangentSamples.IsSinglePrecision(space.PrimalType) ? 1e-5 : 1e-12;

    private static bool HasElements(object? x) => x switch
    {
        null => false,
        Array array => array.Length > 0 && (array.Rank > 1 || array.Cast<object?>().Any(HasElements)),
        _ => true,
    };

    private static void ForEachSample(Action<string, TangentSpace, object?> check)
    {
        foreach ((string name, Type type, Func<object?> create) in TangentSamples.All())
        {
            check(name, TangentSpace.Of(type, Width), create());
        }
    }

    // Two tangents are equal when their difference has norm exactly 0: x - x is exactly 0 in
    // IEEE arithmetic, and any other difference has a positive square.
    internal static void AssertSameTangent(TangentSpace space, object? expected, object? actual, string message)
    {
        object? difference = space.Add(expected, space.Scale(-1.0, actual));
        Assert.AreEqual(0.0, space.Dot(difference, difference), message);
    }
}

[TestClass]
public sealed class TangentLawsWidth1 : TangentLawTests<Chunk1>;

[TestClass]
public sealed class TangentLawsWidth2 : TangentLawTests<Chunk2>;

[TestClass]
public sealed class TangentLawsWidth4 : TangentLawTests<Chunk4>;

[TestClass]
public sealed class TangentLawsWidth8 : TangentLawTests<Chunk8>;

[TestClass]
public sealed class TangentLawsWidth8V512 : TangentLawTests<Chunk8V512>;

[TestClass]
public sealed class TangentLawsWidth16 : TangentLawTests<Chunk16>;

[TestClass]
public sealed class TangentLawsWidth16V512 : TangentLawTests<Chunk16V512>;

[TestClass]
public sealed class TangentLawsWidth32 : TangentLawTests<ChunkPair<Chunk16, Chunk16, double>>;
