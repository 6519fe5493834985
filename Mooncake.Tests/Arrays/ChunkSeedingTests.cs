using System.Numerics;

namespace Mooncake.Tests.Arrays;

/// <summary>
/// <see cref="ChunkSeeding"/>: a full gradient assembled over every pass, the last one partial,
/// with the inputs seeded once and then moved from pass to pass; and its argument checks.
/// </summary>
/// <typeparam name="TChunk">The chunk type.</typeparam>
public abstract class ChunkSeedingTests<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private static readonly int W = TChunk.Width;

    /// <summary>The number of inputs each pass covers (a requested width: 3 runs on the width-4 chunk).</summary>
    protected abstract int Lanes { get; }

    [TestMethod]
    [DataRow(10)]
    [DataRow(37)]
    public void GradientOverAllPassesMatchesTheKnownGradient(int n)
    {
        Random random = TestRandom.For($"{nameof(GradientOverAllPassesMatchesTheKnownGradient)}/{n}/{typeof(TChunk).Name}/{Lanes}");
        double[] x = [.. Enumerable.Range(0, n).Select(_ => random.Uniform(-2, 2))];
        var duals = new Dual<TChunk>[n];
        var gradient = new double[n];
        gradient.AsSpan().Fill(double.NaN);

        int passes = ChunkSeeding.PassCount(n, Lanes);
        Assert.AreEqual((n + Lanes - 1) / Lanes, passes);
        for (int pass = 0; pass < passes; pass++)
        {
            int start = pass * Lanes;
            if (pass == 0)
            {
                ChunkSeeding.SeedDuals<TChunk>(x, duals, start);
            }
            else
            {
                ChunkSeeding.ReseedDuals<TChunk>(duals, start - Lanes, start);
            }

            AssertSeeded(x, duals, start);
            Dual<TChunk> y = Function<Dual<TChunk>>(duals);
            Expect.Same(Function<double>(x), y.Value, $"the value in pass {pass}");
            Assert.AreEqual(ChunkSeeding.LanesAt(n, start, W), ChunkSeeding.ExtractGradient<TChunk, double>(y.Partials, start, gradient), $"entries written by pass {pass}");
            for (int i = 0; i < n; i++)
            {
                Assert.AreEqual(i < start + W, !double.IsNaN(gradient[i]), $"after pass {pass}, gradient entry {i} {(i < start + W ? "is" : "is not yet")} written");
            }
        }

        double[] expected = Gradient(x);
        for (int i = 0; i < n; i++)
        {
            Expect.Close(expected[i], gradient[i], 1e-13, $"gradient entry {i} of {n}");
        }
    }

    [TestMethod]
    [DataRow(0, 4, 0)]
    [DataRow(1, 4, 1)]
    [DataRow(10, 3, 4)]
    [DataRow(12, 4, 3)]
    [DataRow(37, 16, 3)]
    [DataRow(int.MaxValue, 1, int.MaxValue)]
    [DataRow(int.MaxValue, 64, (int.MaxValue / 64) + 1)]
    public void PassCountCoversEveryInput(int inputs, int width, int passes)
    {
        Assert.AreEqual(passes, ChunkSeeding.PassCount(inputs, width));
    }

    [TestMethod]
    [DataRow(10, 0, 4, 4)]
    [DataRow(10, 8, 4, 2)]
    [DataRow(10, 9, 16, 1)]
    [DataRow(10, 10, 4, 0)]
    public void LanesAtIsTheWidthOrWhatRemains(int inputs, int start, int width, int lanes)
    {
        Assert.AreEqual(lanes, ChunkSeeding.LanesAt(inputs, start, width));
    }

    [TestMethod]
    public void BadArgumentsThrowNamingTheProblem()
    {
        var e = Expect.Throws<ArgumentOutOfRangeException>(() => ChunkSeeding.PassCount(-1, 4), "-1", "non-negative");
        Assert.AreEqual("inputs", e.ParamName);
        e = Expect.Throws<ArgumentOutOfRangeException>(() => ChunkSeeding.PassCount(10, 0), "0", "non-negative and non-zero");
        Assert.AreEqual("width", e.ParamName);

        var gradient = new double[10];
        foreach (int start in new[] { -1, 10 })
        {
            e = Expect.Throws<ArgumentOutOfRangeException>(() => ChunkSeeding.ExtractGradient<TChunk, double>(TChunk.Zero, start, gradient), $"pass start {start} ", "gradient of 10 entries");
            Assert.AreEqual("start", e.ParamName);
            Expect.Throws<ArgumentOutOfRangeException>(() => ChunkSeeding.SeedDuals<TChunk>(new double[10], new Dual<TChunk>[10], start), $"pass start {start} ", "10 inputs");
            Expect.Throws<ArgumentOutOfRangeException>(() => ChunkSeeding.ReseedDuals<TChunk>(new Dual<TChunk>[10], start, 0), $"pass start {start} ", "10 inputs");
            Expect.Throws<ArgumentOutOfRangeException>(() => ChunkSeeding.ReseedDuals<TChunk>(new Dual<TChunk>[10], 0, start), $"pass start {start} ", "10 inputs");
        }

        Expect.Throws<ArgumentException>(() => ChunkSeeding.SeedDuals<TChunk>(new double[10], new Dual<TChunk>[9], 0), "10 inputs", "9 duals");
        Expect.Throws<ArgumentOutOfRangeException>(() => ChunkSeeding.ExtractGradient<TChunk, double>(TChunk.Zero, 0, Span<double>.Empty), "pass start 0 ", "0 entries");
    }

    // The inputs' values are x, and the seed of the pass at start is the identity on its lanes:
    // input start + k has partial 1 in lane k, every other partial is exactly zero.
    private static void AssertSeeded(double[] x, Dual<TChunk>[] duals, int start)
    {
        int lanes = ChunkSeeding.LanesAt(x.Length, start, W);
        for (int i = 0; i < x.Length; i++)
        {
            Expect.Same(x[i], duals[i].Value, $"input {i}");
            for (int k = 0; k < W; k++)
            {
                Expect.Same(i - start == k && k < lanes ? 1.0 : 0.0, duals[i][k], $"pass at {start}: input {i}, lane {k}");
            }
        }
    }

    // f(x) = sum_i sin(x_i) x_(i+1) + x_i^2 / 2, which couples neighbouring inputs across pass boundaries.
    private static T Function<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        T sum = T.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            sum += x[i] * x[i] / T.CreateChecked(2);
            if (i + 1 < x.Length)
            {
                sum += T.Sin(x[i]) * x[i + 1];
            }
        }

        return sum;
    }

    private static double[] Gradient(double[] x)
    {
        var gradient = new double[x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            gradient[j] = x[j]
                + (j + 1 < x.Length ? Math.Cos(x[j]) * x[j + 1] : 0)
                + (j > 0 ? Math.Sin(x[j - 1]) : 0);
        }

        return gradient;
    }
}

[TestClass] public sealed class ChunkSeedingTestsAt1Lane : ChunkSeedingTests<Chunk1> { protected override int Lanes => 1; }
[TestClass] public sealed class ChunkSeedingTestsAt3Lanes : ChunkSeedingTests<Chunk4> { protected override int Lanes => 3; }
[TestClass] public sealed class ChunkSeedingTestsAt4Lanes : ChunkSeedingTests<Chunk4> { protected override int Lanes => 4; }
[TestClass] public sealed class ChunkSeedingTestsAt8Lanes : ChunkSeedingTests<Chunk8> { protected override int Lanes => 8; }
[TestClass] public sealed class ChunkSeedingTestsAt16Lanes : ChunkSeedingTests<Chunk16> { protected override int Lanes => 16; }
