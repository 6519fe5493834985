namespace Mooncake.Tests.Arrays;

/// <summary>
/// A requested width below the chunk's (3 lanes on the 4-lane chunk): passes step by the
/// requested width and the spare lane stays exactly zero, in blocks and in dual arrays.
/// </summary>
[TestClass]
public sealed class RequestedWidthSeedingTests
{
    private const int Requested = 3;

    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    [DataRow(10)]
    [DataRow(37)]
    public void DualGradientsStepByTheRequestedWidthAndLeaveTheSpareLaneZero(int n)
    {
        double[] x = [.. Enumerable.Range(0, n).Select(i => 0.1 * (i + 1))];
        var duals = new Dual<Chunk4>[n];
        var gradient = new double[n];
        int passes = ChunkSeeding.PassCount(n, Requested);
        Assert.AreEqual((n + 2) / 3, passes);
        for (int pass = 0; pass < passes; pass++)
        {
            int start = pass * Requested;
            if (pass == 0)
            {
                ChunkSeeding.SeedDuals<Chunk4>(x, duals, start, Requested);
            }
            else
            {
                ChunkSeeding.ReseedDuals<Chunk4>(duals, start - Requested, start, Requested);
            }

            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < 4; k++)
                {
                    double expected = k < Requested && i == start + k ? 1.0 : 0.0;
                    Assert.AreEqual(expected, duals[i][k], $"pass {pass}: input {i}, lane {k}");
                }
            }

            // f(x) = sum of i * x_i^2, so df/dx_i = 2 i x_i.
            Dual<Chunk4> f = 0.0;
            for (int i = 0; i < n; i++)
            {
                f += i * duals[i] * duals[i];
            }

            Assert.AreEqual(0.0, f[3], "the spare lane of the output");
            Assert.AreEqual(ChunkSeeding.LanesAt(n, start, Requested), ChunkSeeding.ExtractGradient<Chunk4, double>(f.Partials, start, gradient, Requested));
        }

        for (int i = 0; i < n; i++)
        {
            Assert.AreEqual(2 * i * x[i], gradient[i], 1e-15, $"gradient entry {i}");
        }
    }

    [TestMethod]
    public void BlockSeedsTouchOnlyTheRequestedLanes()
    {
        var block = new ArrayTangent<Chunk4, double>(10);
        for (int start = 0; start < 10; start += Requested)
        {
            int seeded = block.SeedIdentity(start, Requested);
            Assert.AreEqual(Math.Min(Requested, 10 - start), seeded);
            Assert.AreEqual(0.0, block.Lane(3).ToArray().Sum(Math.Abs), "the spare lane");
            Assert.AreEqual(seeded, block.AsSpan().ToArray().Sum());
            Assert.AreEqual(seeded, block.ClearIdentity(start, Requested));
            Assert.IsTrue(block.AsSpan().ToArray().All(v => v == 0.0));
        }
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(5)]
    [DataRow(-1)]
    public void PassLaneCountsOutsideTheChunkThrow(int lanes)
    {
        var block = new ArrayTangent<Chunk4, double>(10);
        var e = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => block.SeedIdentity(0, lanes));
        StringAssert.Contains(e.Message, $"between 1 and 4 of them, not {lanes}");
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ChunkSeeding.SeedDuals<Chunk4>(new double[10], new Dual<Chunk4>[10], 0, lanes));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ChunkSeeding.ExtractGradient<Chunk4, double>(Chunk4.Zero, 0, new double[10], lanes));
    }
}
