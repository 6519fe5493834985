namespace Mooncake.Tests.Arrays;

// What is particular to ArrayTangent: its constructors, indexer, lanes as arrays and Clone.
public abstract partial class BlockTangentTests<TChunk, T>
{
    [TestMethod]
    public void ArrayTangentWrapsABlockWithoutCopying()
    {
        var block = new T[4 * W];
        var tangent = new ArrayTangent<TChunk, T>(block, 4);
        Assert.AreSame(block, tangent.Block);
        Assert.AreEqual(4, tangent.Length);
        tangent[2] = Chunk(k => k + 1);
        Expect.Same(Value(1), block[2 * W], "a write through the indexer lands in the wrapped block");
        block[(3 * W) + W - 1] = Value(9);
        Expect.Same(Value(9), tangent[3][W - 1], "a write to the block shows through the indexer");

        Assert.AreEqual(7, ArrayTangent<TChunk, T>.ZeroFor(new T[7]).Length);
        StringAssert.Contains(tangent.ToString(), $"4 elements × {W} lanes");
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(10)]
    [DataRow(37)]
    public void ArrayTangentLanesRoundTripThroughArrays(int n)
    {
        var tangent = new ArrayTangent<TChunk, T>(n);
        for (int k = 0; k < W; k++)
        {
            T[] lane = [.. Enumerable.Range(0, n).Select(i => Value((i * 100) + k))];
            tangent.SetLane(k, lane);
            CollectionAssert.AreEqual(lane, tangent.GetLane(k), $"lane {k}");
        }

        for (int i = 0; i < n; i++)
        {
            Assert.AreEqual(Chunk(k => (i * 100) + k), tangent[i], $"element {i} after setting every lane");
        }
    }

    [TestMethod]
    public void ArrayTangentCloneIsDeep()
    {
        var tangent = new ArrayTangent<TChunk, T>(10);
        FillDistinct(tangent);
        ArrayTangent<TChunk, T> clone = tangent.Clone();
        CollectionAssert.AreEqual(tangent.Block, clone.Block);
        Assert.AreNotSame(tangent.Block, clone.Block);
        clone[0] = TChunk.Zero;
        Expect.Same(Value(1), tangent.Block[0], "the original after changing the clone");
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(int.MinValue)]
    public void ArrayTangentRejectsNegativeLengths(int length)
    {
        var e = Expect.Throws<ArgumentOutOfRangeException>(() => new ArrayTangent<TChunk, T>(length), $"{length}", "non-negative");
        Assert.AreEqual("length", e.ParamName);
        e = Expect.Throws<ArgumentOutOfRangeException>(() => new ArrayTangent<TChunk, T>([], length), $"{length}", "non-negative");
        Assert.AreEqual("length", e.ParamName);
    }

    [TestMethod]
    public void ArrayTangentRejectsBadLanesIndicesAndNulls()
    {
        var tangent = new ArrayTangent<TChunk, T>(10);
        Expect.Throws<ArgumentOutOfRangeException>(() => _ = tangent[10], "Element 10 ");
        Expect.Throws<ArgumentOutOfRangeException>(() => tangent[-1] = TChunk.Zero, "Element -1 ");
        Expect.Throws<ArgumentOutOfRangeException>(() => tangent.GetLane(W), $"Lane {W} ");
        Expect.Throws<ArgumentOutOfRangeException>(() => tangent.SetLane(-1, new T[10]), "Lane -1 ");
        Expect.Throws<ArgumentException>(() => tangent.SetLane(0, new T[9]), "10 values", "not 9");
        Expect.Throws<ArgumentNullException>(() => ArrayTangent<TChunk, T>.ZeroFor(null!), "primal");
    }
}
