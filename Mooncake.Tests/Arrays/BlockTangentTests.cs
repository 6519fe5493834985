using System.Numerics;
using System.Runtime.CompilerServices;
using CommunityToolkit.HighPerformance;

namespace Mooncake.Tests.Arrays;

/// <summary>
/// The tests of the chunk-major tangent blocks, written once for every width and both element
/// types. What <see cref="BlockTangent{TChunk, T}"/> does is checked on an
/// <see cref="ArrayTangent{TChunk, T}"/> and a <see cref="MatrixTangent{TChunk, T}"/> of the same
/// element count; the partial files add what is particular to each. Gradients and Jacobians are
/// assembled in passes of <see cref="Lanes"/> inputs (a requested width: 3 runs on the width-4
/// chunk), over element counts that the width does not divide.
/// </summary>
/// <typeparam name="TChunk">The chunk type.</typeparam>
/// <typeparam name="T">The element type.</typeparam>
public abstract partial class BlockTangentTests<TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private static readonly int W = TChunk.Width;

    /// <summary>The number of inputs each pass seeds (at most the chunk width).</summary>
    protected abstract int Lanes { get; }

    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    [DataRow(10)]
    [DataRow(37)]
    public void ANewBlockIsAllZeroWithOneChunkPerElement(int n)
    {
        foreach (BlockTangent<TChunk, T> block in Blocks(n))
        {
            Assert.AreEqual(n, block.Count);
            Assert.AreEqual(W, BlockTangent<TChunk, T>.Width);
            Assert.HasCount(n * W, block.Block);
            Assert.AreEqual(n * W, block.AsSpan().Length);
            Assert.IsTrue(block.Block.All(T.IsZero), $"{block} is zero");
        }
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(10)]
    [DataRow(37)]
    public void ChunksLiveAtElementTimesWidthAndReadBackAsWritten(int n)
    {
        foreach (BlockTangent<TChunk, T> block in Blocks(n))
        {
            TChunk[] chunks = [.. Enumerable.Range(0, n).Select(i => Chunk(k => (i * 100) + k + 1))];
            for (int i = 0; i < n; i++)
            {
                block.SetChunk(i, chunks[i]);
            }

            for (int i = 0; i < n; i++)
            {
                Assert.AreEqual(chunks[i], block.GetChunk(i), $"{block}: chunk {i}");
                for (int k = 0; k < W; k++)
                {
                    Expect.Same(chunks[i][k], block.Block[(i * W) + k], $"{block}: block[{i} * {W} + {k}]");
                }

                Assert.IsTrue(Unsafe.AreSame(ref block.Block[i * W], ref block.ChunkStart(i)), $"ChunkStart({i}) is the chunk's first lane");
            }
        }
    }

    [TestMethod]
    [DataRow(0)]
    [DataRow(10)]
    [DataRow(37)]
    public void AsSpan2DIsElementsByLanesAndLaneIsAStridedColumn(int n)
    {
        foreach (BlockTangent<TChunk, T> block in Blocks(n))
        {
            FillDistinct(block);
            Span2D<T> matrix = block.AsSpan2D();
            Assert.AreEqual(n, matrix.Height);
            Assert.AreEqual(W, matrix.Width);
            for (int i = 0; i < n; i++)
            {
                for (int k = 0; k < W; k++)
                {
                    Expect.Same(block.Block[(i * W) + k], matrix[i, k], $"{block}: [{i}, {k}]");
                }
            }

            for (int k = 0; k < W; k++)
            {
                int i = 0;
                foreach (T value in block.Lane(k))
                {
                    Expect.Same(block.Block[(i * W) + k], value, $"{block}: lane {k} of element {i}");
                    i++;
                }

                Assert.AreEqual(n, i, "the lane view has one value per element");
            }

            // Writes through the views land in the block.
            if (n > 0)
            {
                matrix[n - 1, W - 1] = Value(-5);
                Expect.Same(Value(-5), block.Block[^1], "a write through AsSpan2D");
                foreach (ref T value in block.Lane(0))
                {
                    value = Value(-7);
                }

                Assert.IsTrue(Enumerable.Range(0, n).All(i => block.Block[i * W] == Value(-7)), "a write through Lane(0) reaches every element's lane 0");
            }
        }
    }

    [TestMethod]
    [DataRow(10)]
    [DataRow(37)]
    public void ClearZeroesAndCopyToCopiesTheWholeBlock(int n)
    {
        foreach (BlockTangent<TChunk, T> block in Blocks(n))
        {
            FillDistinct(block);
            T[] before = [.. block.Block];
            BlockTangent<TChunk, T> target = Blocks(n).First(b => b.GetType() == block.GetType());
            block.CopyTo(target);
            CollectionAssert.AreEqual(before, target.Block, $"{block}: CopyTo");
            Assert.AreNotSame(block.Block, target.Block);

            block.Clear();
            Assert.IsTrue(block.Block.All(T.IsZero), $"{block}: Clear");
            CollectionAssert.AreEqual(before, target.Block, "the copy is independent of the source");
        }
    }

    [TestMethod]
    [DataRow(10)]
    [DataRow(37)]
    public void SeedIdentityWritesOnlyItsPassesDiagonalAndClearIdentityUndoesIt(int n) => AssertSeedsAreUndone(n);

    [TestMethod]
    [DataRow(10, 7)]
    [DataRow(37, 5)]
    public void ExtractColumnsRebuildsTheJacobianOfALinearMapOverAllPasses(int n, int m) => AssertJacobianRebuilt(n, m);

    [TestMethod]
    public void SeedingAndExtractionHoldForEveryCountUpToThreeWidths()
    {
        // Every remainder of the last pass, at every width.
        for (int n = 1; n <= (3 * W) + 1; n++)
        {
            AssertSeedsAreUndone(n);
            AssertJacobianRebuilt(n, 3);
        }
    }

    [TestMethod]
    public void WrappingABlockOfTheWrongLengthThrowsNamingBothSizes()
    {
        var block = new T[(3 * W) + 1];
        Expect.Throws<ArgumentException>(() => new ArrayTangent<TChunk, T>(block, 3), $"{3 * W} values", $"holds {block.Length}");
        Expect.Throws<ArgumentException>(() => new MatrixTangent<TChunk, T>(block, 3, 1), $"{3 * W} values", $"holds {block.Length}");
        int huge = W == 1 ? int.MaxValue : (int.MaxValue / W) + 1; // huge * W overflows an int when W > 1
        Expect.Throws<ArgumentException>(() => new ArrayTangent<TChunk, T>(block, huge), $"{(long)huge * W} values", $"holds {block.Length}");
        Expect.Throws<ArgumentNullException>(() => new ArrayTangent<TChunk, T>(null!, 3), "block");
        Expect.Throws<ArgumentNullException>(() => new MatrixTangent<TChunk, T>(null!, 3, 1), "block");
    }

    [TestMethod]
    public void ElementIndicesOutsideTheBlockThrowNamingTheIndex()
    {
        foreach (BlockTangent<TChunk, T> block in Blocks(10))
        {
            foreach (int index in new[] { -1, 10, int.MaxValue })
            {
                var e = Expect.Throws<ArgumentOutOfRangeException>(() => block.GetChunk(index), $"Element {index} ", "10 elements");
                Assert.AreEqual("index", e.ParamName);
                Expect.Throws<ArgumentOutOfRangeException>(() => block.SetChunk(index, TChunk.Zero), $"Element {index} ", "10 elements");
            }

            foreach (int lane in new[] { -1, W })
            {
                Expect.Throws<ArgumentOutOfRangeException>(() => block.Lane(lane), $"Lane {lane} ");
            }
        }
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(10)]
    [DataRow(int.MinValue)]
    public void SeedingOutsideTheBlockThrowsNamingTheStart(int start)
    {
        foreach (BlockTangent<TChunk, T> block in Blocks(10))
        {
            var e = Expect.Throws<ArgumentOutOfRangeException>(() => block.SeedIdentity(start), $"input {start} ", "10 elements");
            Assert.AreEqual("start", e.ParamName);
            Expect.Throws<ArgumentOutOfRangeException>(() => block.ClearIdentity(start), $"input {start} ", "10 elements");
            Assert.IsTrue(block.Block.All(T.IsZero), "a rejected seed writes nothing");
        }
    }

    [TestMethod]
    public void ExtractColumnsRejectsJacobiansThatDoNotFit()
    {
        foreach (BlockTangent<TChunk, T> block in Blocks(10))
        {
            Expect.Throws<ArgumentNullException>(() => block.ExtractColumns(0, 1, null!), "jacobian");
            Expect.Throws<ArgumentException>(() => block.ExtractColumns(0, 1, new T[9, 4]), "10 rows", "9×4");
            Expect.Throws<ArgumentException>(() => block.ExtractColumns(-1, 1, new T[10, 4]), "[-1, 0)", "10×4");
            Expect.Throws<ArgumentException>(() => block.ExtractColumns(4, 1, new T[10, 4]), "[4, 5)", "10×4");
            Expect.Throws<ArgumentOutOfRangeException>(() => block.ExtractColumns(0, W + 1, new T[10, 100]), $"width {W}", "lanes");
            Expect.Throws<ArgumentOutOfRangeException>(() => block.ExtractColumns(0, -1, new T[10, 100]), $"width {W}", "lanes");
        }
    }

    [TestMethod]
    public void CopyToRejectsOtherLengthsAndNull()
    {
        foreach (BlockTangent<TChunk, T> block in Blocks(10))
        {
            Expect.Throws<ArgumentException>(() => block.CopyTo(new ArrayTangent<TChunk, T>(11)), "differ in length", "10 elements", "11 elements");
            Expect.Throws<ArgumentException>(() => block.CopyTo(new MatrixTangent<TChunk, T>(3, 3)), "differ in length", "10 elements", "9 elements");
            Expect.Throws<ArgumentNullException>(() => block.CopyTo(null!), "destination");
        }
    }

    // Pass by pass, SeedIdentity writes exactly the pass's diagonal and ClearIdentity leaves the block zero.
    private void AssertSeedsAreUndone(int n)
    {
        foreach (BlockTangent<TChunk, T> block in Blocks(n))
        {
            int passes = 0;
            for (int start = 0; start < n; start += Lanes, passes++)
            {
                int seeded = block.SeedIdentity(start);
                Assert.AreEqual(Math.Min(W, n - start), seeded, $"{block}: lanes seeded at {start}");
                for (int i = 0; i < n; i++)
                {
                    for (int k = 0; k < W; k++)
                    {
                        T expected = i - start == k && k < seeded ? T.One : T.Zero;
                        Expect.Same(expected, block.Block[(i * W) + k], $"{block}: seeded at {start}, element {i}, lane {k}");
                    }
                }

                Assert.AreEqual(seeded, block.ClearIdentity(start), $"{block}: lanes cleared at {start}");
                Assert.IsTrue(block.Block.All(T.IsZero), $"{block}: all zero after clearing the pass at {start}");
            }

            Assert.AreEqual(ChunkSeeding.PassCount(n, Lanes), passes);
        }
    }

    // The Jacobian of x -> A x, assembled column block by column block over every pass, is A.
    private void AssertJacobianRebuilt(int n, int m)
    {
        Random random = TestRandom.For($"{nameof(AssertJacobianRebuilt)}/{n}/{m}/{typeof(TChunk).Name}/{Lanes}");
        var a = new T[m, n];
        foreach (ref T entry in a.AsSpan())
        {
            entry = Value(random.Uniform(-2, 2));
        }

        foreach (BlockTangent<TChunk, T> input in Blocks(n))
        {
            // The output has the input's kind: an array of m elements or a 1 × m matrix.
            BlockTangent<TChunk, T> output = input is ArrayTangent<TChunk, T> ? new ArrayTangent<TChunk, T>(m) : new MatrixTangent<TChunk, T>(1, m);
            var jacobian = new T[m, n];
            jacobian.AsSpan().Fill(T.NaN);
            for (int start = 0; start < n; start += Lanes)
            {
                int lanes = Math.Min(Lanes, n - start);
                input.SeedIdentity(start);
                ApplyLinearMap(a, input, output);
                output.ExtractColumns(start, lanes, jacobian);
                input.ClearIdentity(start);
                for (int j = 0; j < n; j++)
                {
                    bool extracted = j < start + lanes;
                    Assert.AreEqual(extracted, !T.IsNaN(jacobian[0, j]), $"{input}: after the pass at {start}, column {j} {(extracted ? "is" : "is not yet")} extracted");
                }
            }

            // Each output lane is one column of A times 1 plus zeros: exact.
            CollectionAssert.AreEqual(a.AsSpan().ToArray(), jacobian.AsSpan().ToArray(), $"{input}: the Jacobian of x -> A x is A");
        }
    }

    // The same element count as an array and as a matrix (n × 1, or 2 × 5 when n = 10).
    private static IEnumerable<BlockTangent<TChunk, T>> Blocks(int n)
    {
        yield return new ArrayTangent<TChunk, T>(n);
        yield return n == 10 ? new MatrixTangent<TChunk, T>(2, 5) : new MatrixTangent<TChunk, T>(n, 1);
    }

    // output = A input, lane by lane, through the chunk operations a rule would use.
    private static void ApplyLinearMap(T[,] a, BlockTangent<TChunk, T> input, BlockTangent<TChunk, T> output)
    {
        for (int i = 0; i < output.Count; i++)
        {
            TChunk sum = TChunk.Zero;
            for (int j = 0; j < input.Count; j++)
            {
                sum = TChunk.MulAdd(input.GetChunk(j), a[i, j], sum);
            }

            output.SetChunk(i, sum);
        }
    }

    private static void FillDistinct(BlockTangent<TChunk, T> block)
    {
        for (int i = 0; i < block.Block.Length; i++)
        {
            block.Block[i] = Value(i + 1);
        }
    }

    private static TChunk Chunk(Func<int, double> lane)
    {
        TChunk chunk = TChunk.Zero;
        for (int k = 0; k < W; k++)
        {
            chunk = chunk.WithLane(k, Value(lane(k)));
        }

        return chunk;
    }

    private static T Value(double value) => T.CreateTruncating(value);
}

// Passes of 1, 3, 4, 8 and 16 inputs, for double and float elements (3 runs on the width-4 chunk).
[TestClass] public sealed class BlockTangentTestsAt1Lane : BlockTangentTests<Chunk1, double> { protected override int Lanes => 1; }
[TestClass] public sealed class BlockTangentTestsAt3Lanes : BlockTangentTests<Chunk4, double> { protected override int Lanes => 3; }
[TestClass] public sealed class BlockTangentTestsAt4Lanes : BlockTangentTests<Chunk4, double> { protected override int Lanes => 4; }
[TestClass] public sealed class BlockTangentTestsAt8Lanes : BlockTangentTests<Chunk8, double> { protected override int Lanes => 8; }
[TestClass] public sealed class BlockTangentTestsAt16Lanes : BlockTangentTests<Chunk16, double> { protected override int Lanes => 16; }
[TestClass] public sealed class FloatBlockTangentTestsAt1Lane : BlockTangentTests<FloatChunk1, float> { protected override int Lanes => 1; }
[TestClass] public sealed class FloatBlockTangentTestsAt3Lanes : BlockTangentTests<FloatChunk4, float> { protected override int Lanes => 3; }
[TestClass] public sealed class FloatBlockTangentTestsAt4Lanes : BlockTangentTests<FloatChunk4, float> { protected override int Lanes => 4; }
[TestClass] public sealed class FloatBlockTangentTestsAt8Lanes : BlockTangentTests<FloatChunk8, float> { protected override int Lanes => 8; }
[TestClass] public sealed class FloatBlockTangentTestsAt16Lanes : BlockTangentTests<FloatChunk16, float> { protected override int Lanes => 16; }
