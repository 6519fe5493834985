namespace Mooncake.Tests.Chunks;

[TestClass]
public sealed class ChunkWidthTests
{
    [TestMethod]
    public void EveryRequestedWidthRoundsUpToAPowerOfTwoThatHoldsIt()
    {
        for (int requested = 1; requested <= ChunkWidth.MaxWidth; requested++)
        {
            foreach (bool v512 in new[] { false, true })
            {
                ChunkWidth width = ChunkWidth.Resolve(requested, v512);
                Assert.IsGreaterThanOrEqualTo(requested, width.Lanes);
                Assert.IsLessThan(2 * requested, width.Lanes);
                Assert.AreEqual(width.Lanes, width.Accept(new WidthOf()));
            }
        }
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(-1)]
    [DataRow(65)]
    [DataRow(int.MinValue)]
    public void InvalidWidthsThrowAndNameTheProblem(int requested)
    {
        var e = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => ChunkWidth.Resolve(requested));
        StringAssert.Contains(e.Message, $"Chunk width {requested} is invalid");
    }

    private sealed class WidthOf : IChunkVisitor<int>
    {
        public int Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
        {
            Assert.AreEqual(TChunk.Width, TFloatChunk.Width);
            return TChunk.Width;
        }
    }
}
