using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Tests.Chunks;

/// <summary>
/// The laws every chunk type obeys, written once: layout, construction, lane-wise arithmetic
/// against a scalar reference, fused operations, strong zero, loads and stores, equality,
/// formatting and argument checks. <see cref="ChunkLawSuites"/> instantiates it per chunk type.
/// </summary>
/// <typeparam name="TChunk">The chunk type under test.</typeparam>
/// <typeparam name="T">Its lane type.</typeparam>
public abstract class ChunkLawTests<TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly int W = TChunk.Width;

    // IChunk does not require the equality operators, but every chunk type declares them.
    private static readonly Func<TChunk, TChunk, bool> EqualOperator = Operator("op_Equality");
    private static readonly Func<TChunk, TChunk, bool> NotEqualOperator = Operator("op_Inequality");

    private readonly Random _random = TestRandom.For(typeof(TChunk).FullName!);

    [TestMethod]
    public void ChunkIsExactlyWidthLanesWithoutPadding()
    {
        Assert.AreEqual(W * Unsafe.SizeOf<T>(), Unsafe.SizeOf<TChunk>());
        Assert.IsTrue(BitOperations.IsPow2(W) && W is >= 1 and <= ChunkWidth.MaxWidth, $"width {W}");
        Assert.AreEqual(W, ChunkWidth.OfChunk(typeof(TChunk))?.Lanes, "the width table lists the chunk type at its width");

        // The lanes are the chunk's memory, in order: reinterpreting a chunk as Ts reads lane k at k.
        TChunk chunk = Chunk(RandomLanes());
        ReadOnlySpan<T> memory = MemoryMarshal.Cast<TChunk, T>(new ReadOnlySpan<TChunk>(in chunk));
        Assert.AreEqual(W, memory.Length);
        for (int k = 0; k < W; k++)
        {
            Expect.Same(chunk[k], memory[k], $"lane {k} in memory");
        }
    }

    [TestMethod]
    public void ZeroAndDefaultHaveEveryLanePositiveZero()
    {
        foreach (TChunk zero in new[] { TChunk.Zero, default })
        {
            for (int k = 0; k < W; k++)
            {
                Expect.Same(T.Zero, zero[k], $"lane {k}");
            }
        }

        Assert.AreEqual(TChunk.Zero, default(TChunk));
    }

    [TestMethod]
    public void BroadcastFillsEveryLane()
    {
        T value = Value(-2.75);
        TChunk chunk = TChunk.Broadcast(value);
        AssertLanes(_ => value, chunk, "Broadcast");
    }

    [TestMethod]
    public void OneHotSetsOnlyItsLane()
    {
        for (int lane = 0; lane < W; lane++)
        {
            T value = Value(lane + 1.5);
            AssertLanes(k => k == lane ? value : T.Zero, TChunk.OneHot(lane, value), $"OneHot({lane})");
        }
    }

    [TestMethod]
    public void AddSubtractNegateAndMultiplyAreLaneWise()
    {
        T[] a = RandomLanes(), b = RandomLanes();
        TChunk x = Chunk(a), y = Chunk(b);
        AssertLanes(k => a[k] + b[k], TChunk.Add(x, y), "Add");
        AssertLanes(k => a[k] - b[k], TChunk.Subtract(x, y), "Subtract");
        AssertLanes(k => -a[k], TChunk.Negate(x), "Negate");
        AssertLanes(k => a[k] * b[k], TChunk.Multiply(x, y), "Multiply");
    }

    [TestMethod]
    [DataRow(0.0)]
    [DataRow(-1.0)]
    [DataRow(3.25)]
    [DataRow(double.PositiveInfinity)]
    public void ScaleMultipliesEveryLane(double scale)
    {
        T[] a = RandomLanes();
        T s = Value(scale);
        AssertLanes(k => a[k] * s, TChunk.Scale(Chunk(a), s), $"Scale by {scale}");
    }

    [TestMethod]
    public void MulAddIsFusedInEveryLane()
    {
        // The last lane holds values whose product is not representable: fused and unfused results
        // differ there, so an implementation that rounds twice fails.
        (T[] a, T[] b, T[] c) = (RandomLanes(), RandomLanes(), RandomLanes());
        T tiny = Value(Math.ScaleB(1, Unsafe.SizeOf<T>() == 8 ? -30 : -13));
        (a[W - 1], b[W - 1], c[W - 1]) = (T.One + tiny, T.One - tiny, -T.One);
        Assert.AreNotEqual(T.FusedMultiplyAdd(a[W - 1], b[W - 1], c[W - 1]), (a[W - 1] * b[W - 1]) + c[W - 1], "the probe lane tells fused from unfused");

        AssertLanes(k => T.FusedMultiplyAdd(a[k], b[k], c[k]), TChunk.MulAdd(Chunk(a), Chunk(b), Chunk(c)), "MulAdd(chunk, chunk, chunk)");

        T s = T.One - tiny;
        a[W - 1] = T.One + tiny;
        AssertLanes(k => T.FusedMultiplyAdd(a[k], s, c[k]), TChunk.MulAdd(Chunk(a), s, Chunk(c)), "MulAdd(chunk, scalar, chunk)");
    }

    [TestMethod]
    public void CombineFusesTheFirstProductIntoTheSecond()
    {
        T[] a = RandomLanes(), b = RandomLanes();
        T s = Value(_random.Uniform(-3, 3)), t = Value(_random.Uniform(-3, 3));
        AssertLanes(k => T.FusedMultiplyAdd(a[k], s, b[k] * t), TChunk.Combine(Chunk(a), s, Chunk(b), t), "Combine");
    }

    [TestMethod]
    [DataRow(double.PositiveInfinity)]
    [DataRow(double.NegativeInfinity)]
    [DataRow(double.NaN)]
    [DataRow(-2.5)]
    [DataRow(0.0)]
    public void ScaleStrongZeroKeepsZeroLanesZero(double scale)
    {
        // Even lanes zero (alternating signs), odd lanes non-zero; at width 1 the single lane is zero,
        // so run a second chunk with no zero lane too.
        T s = Value(scale);
        T[] lanes = RandomLanes();
        for (int k = 0; k < W; k += 2)
        {
            lanes[k] = k % 4 == 0 ? T.Zero : T.NegativeZero;
        }

        foreach (T[] a in new[] { lanes, RandomLanes() })
        {
            TChunk result = TChunk.ScaleStrongZero(Chunk(a), s);
            for (int k = 0; k < W; k++)
            {
                if (T.IsZero(a[k]))
                {
                    Expect.Zero(result[k], $"zero lane {k} scaled by {scale}");
                }
                else
                {
                    Expect.Same(a[k] * s, result[k], $"lane {k} scaled by {scale}");
                }
            }
        }
    }

    [TestMethod]
    public void SumAddsTheLanes()
    {
        // Small integers sum exactly in any order; random lanes agree up to rounding.
        var integers = new T[W];
        for (int k = 0; k < W; k++)
        {
            integers[k] = Value((k * 3) - 7);
        }

        Expect.Same(Value(Enumerable.Range(0, W).Sum(k => (k * 3) - 7)), TChunk.Sum(Chunk(integers)), "Sum of integers");

        T[] a = RandomLanes();
        double exact = 0, magnitude = 0;
        foreach (T lane in a)
        {
            exact += double.CreateChecked(lane);
            magnitude += Math.Abs(double.CreateChecked(lane));
        }

        double sum = double.CreateChecked(TChunk.Sum(Chunk(a)));
        double unitRoundoff = Unsafe.SizeOf<T>() == 8 ? 1.2e-16 : 6e-8;
        Assert.IsLessThanOrEqualTo(W * unitRoundoff * magnitude, Math.Abs(sum - exact), $"Sum {sum} vs {exact}");
    }

    [TestMethod]
    public void LoadAndStoreRoundTripThroughSpans()
    {
        T[] a = RandomLanes();
        T sentinel = Value(-99);

        // Load reads the first Width values of a longer span.
        T[] source = [sentinel, .. a, sentinel];
        TChunk chunk = TChunk.Load(source.AsSpan(1));
        AssertLanes(k => a[k], chunk, "Load");

        // Store writes exactly Width values and nothing after them.
        var destination = Enumerable.Repeat(sentinel, W + 2).ToArray();
        chunk.Store(destination.AsSpan(1));
        Expect.Same(sentinel, destination[0], "before the stored lanes");
        Expect.Same(sentinel, destination[W + 1], "after the stored lanes");
        for (int k = 0; k < W; k++)
        {
            Expect.Same(a[k], destination[k + 1], $"stored lane {k}");
        }
    }

    [TestMethod]
    public void LoadUnsafeAndStoreUnsafeRoundTripInsideAnArray()
    {
        T[] a = RandomLanes();
        T sentinel = Value(-99);
        var buffer = Enumerable.Repeat(sentinel, W + 5).ToArray();
        a.CopyTo(buffer, 3);

        TChunk chunk = TChunk.LoadUnsafe(in buffer[3]);
        AssertLanes(k => a[k], chunk, "LoadUnsafe");

        Array.Fill(buffer, sentinel);
        TChunk.StoreUnsafe(chunk, ref buffer[2]);
        for (int i = 0; i < buffer.Length; i++)
        {
            Expect.Same(i >= 2 && i < 2 + W ? a[i - 2] : sentinel, buffer[i], $"buffer[{i}] after StoreUnsafe at 2");
        }
    }

    [TestMethod]
    public void WithLaneReplacesOneLaneOfACopy()
    {
        T[] a = RandomLanes();
        TChunk original = Chunk(a);
        for (int lane = 0; lane < W; lane++)
        {
            T value = Value(100 + lane);
            TChunk changed = original.WithLane(lane, value);
            AssertLanes(k => k == lane ? value : a[k], changed, $"WithLane({lane})");
            AssertLanes(k => a[k], original, "the original after WithLane");
        }
    }

    [TestMethod]
    public void AdditionIsCommutativeAndAssociativeUpToRounding()
    {
        TChunk a = Chunk(RandomLanes()), b = Chunk(RandomLanes()), c = Chunk(RandomLanes());
        Assert.AreEqual(TChunk.Add(a, b), TChunk.Add(b, a), "a + b = b + a exactly");
        Assert.AreEqual(a, TChunk.Add(a, TChunk.Zero), "a + 0 = a");
        Assert.AreEqual(a, TChunk.Negate(TChunk.Negate(a)), "-(-a) = a");
        Assert.AreEqual(TChunk.Subtract(a, b), TChunk.Add(a, TChunk.Negate(b)), "a - b = a + (-b) exactly");
        Assert.AreEqual(TChunk.Multiply(a, b), TChunk.Multiply(b, a), "a * b = b * a exactly");
        AssertClose(TChunk.Add(TChunk.Add(a, b), c), TChunk.Add(a, TChunk.Add(b, c)), "(a + b) + c = a + (b + c)");
    }

    [TestMethod]
    public void ScaleDistributesOverAdditionUpToRounding()
    {
        TChunk a = Chunk(RandomLanes()), b = Chunk(RandomLanes());
        T s = Value(_random.Uniform(-3, 3)), t = Value(_random.Uniform(-3, 3));
        Assert.AreEqual(a, TChunk.Scale(a, T.One), "1 a = a");
        Assert.AreEqual(TChunk.Multiply(a, TChunk.Broadcast(s)), TChunk.Scale(a, s), "s a = broadcast(s) * a exactly");
        AssertClose(TChunk.Add(TChunk.Scale(a, s), TChunk.Scale(b, s)), TChunk.Scale(TChunk.Add(a, b), s), "s (a + b) = s a + s b");
        AssertClose(TChunk.Add(TChunk.Scale(a, s), TChunk.Scale(a, t)), TChunk.Scale(a, s + t), "(s + t) a = s a + t a");
        AssertClose(TChunk.Scale(TChunk.Scale(a, s), t), TChunk.Scale(a, s * t), "t (s a) = (s t) a");
    }

    [TestMethod]
    public void EqualityIsLaneWiseWithNaNEqualToItselfAndZerosEqual()
    {
        T[] a = RandomLanes();
        a[0] = T.NaN;
        TChunk x = Chunk(a);
        Assert.IsTrue(x.Equals(Chunk(a)), "NaN lanes equal themselves");
        Assert.IsTrue(EqualOperator(x, Chunk(a)));
        Assert.IsFalse(NotEqualOperator(x, Chunk(a)));
        Assert.IsTrue(x.Equals((object)Chunk(a)));
        Assert.AreEqual(x.GetHashCode(), Chunk(a).GetHashCode());
        Assert.IsFalse(x.Equals(null));
        Assert.IsFalse(x.Equals((object)a[0]));

        TChunk positive = TChunk.Zero, negative = TChunk.Broadcast(T.NegativeZero);
        Assert.IsTrue(EqualOperator(positive, negative), "+0 equals -0 lane-wise");
        Assert.AreEqual(positive.GetHashCode(), negative.GetHashCode(), "equal chunks hash alike");

        // A difference in any single lane, low or high, makes the chunks differ.
        for (int lane = 0; lane < W; lane++)
        {
            TChunk y = x.WithLane(lane, Value(1000));
            Assert.IsFalse(x.Equals(y), $"differ in lane {lane}");
            Assert.IsTrue(NotEqualOperator(x, y), $"!= in lane {lane}");
            Assert.IsFalse(EqualOperator(x, y), $"== in lane {lane}");
        }
    }

    [TestMethod]
    public void ToStringListsTheLanesInBrackets()
    {
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            var lanes = new T[W];
            for (int k = 0; k < W; k++)
            {
                lanes[k] = Value(k - 0.5);
            }

            string expected = "[" + string.Join(", ", Enumerable.Range(0, W).Select(k => (k - 0.5).ToString(CultureInfo.InvariantCulture))) + "]";
            Assert.AreEqual(expected, Chunk(lanes).ToString());
            Assert.AreEqual(W == 1 ? "[1]" : "[1, 0" + string.Concat(Enumerable.Repeat(", 0", W - 2)) + "]", TChunk.OneHot(0, T.One).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(int.MaxValue)]
    [DataRow(int.MinValue)]
    public void LaneOutsideTheChunkThrowsNamingTheLane(int lane)
    {
        if (lane == int.MaxValue)
        {
            lane = W; // one past the last lane: the DataRow cannot know the width
        }

        TChunk chunk = Chunk(RandomLanes());
        foreach (Action access in new Action[] { () => _ = chunk[lane], () => chunk.WithLane(lane, T.One), () => TChunk.OneHot(lane, T.One) })
        {
            var e = Expect.Throws<ArgumentOutOfRangeException>(access, $"Lane {lane} ", $"[0, {W})");
            Assert.AreEqual("lane", e.ParamName);
        }
    }

    [TestMethod]
    public void LoadAndStoreRejectShortSpans()
    {
        var shortSpan = new T[W - 1];
        var e = Expect.Throws<ArgumentException>(() => TChunk.Load(shortSpan), $"needs {W} values", $"holds {W - 1}");
        Assert.AreEqual("source", e.ParamName);
        e = Expect.Throws<ArgumentException>(() => TChunk.Zero.Store(shortSpan), $"writes {W} values", $"holds {W - 1}");
        Assert.AreEqual("destination", e.ParamName);
    }

    private static Func<TChunk, TChunk, bool> Operator(string name) =>
        typeof(TChunk).GetMethod(name, [typeof(TChunk), typeof(TChunk)])?.CreateDelegate<Func<TChunk, TChunk, bool>>()
        ?? throw new AssertFailedException($"{typeof(TChunk)} has no {name}.");

    private static T Value(double value) => T.CreateTruncating(value);

    private static TChunk Chunk(T[] lanes)
    {
        TChunk chunk = TChunk.Zero;
        for (int k = 0; k < W; k++)
        {
            chunk = chunk.WithLane(k, lanes[k]);
        }

        return chunk;
    }

    private static void AssertLanes(Func<int, T> expected, TChunk actual, string what)
    {
        for (int k = 0; k < W; k++)
        {
            Expect.Same(expected(k), actual[k], $"{what}, lane {k} of {W}");
        }
    }

    private static void AssertClose(TChunk expected, TChunk actual, string what)
    {
        double tolerance = Unsafe.SizeOf<T>() == 8 ? 1e-14 : 1e-5;
        for (int k = 0; k < W; k++)
        {
            Expect.Close(double.CreateChecked(expected[k]), double.CreateChecked(actual[k]), tolerance, $"{what}, lane {k}");
        }
    }

    // Distinct non-zero lanes of both signs, so a lane mix-up or a dropped lane shows.
    private T[] RandomLanes()
    {
        var lanes = new T[W];
        for (int k = 0; k < W; k++)
        {
            lanes[k] = Value(_random.AwayFromZero(0.25, 4));
        }

        return lanes;
    }
}
