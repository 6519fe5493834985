namespace Mooncake.Tests.Arrays;

// What is particular to MatrixTangent: the row-major element order, its indexer, lanes as
// matrices, Clone and its shape checks.
public abstract partial class BlockTangentTests<TChunk, T>
{
    [TestMethod]
    [DataRow(2, 5)]
    [DataRow(37, 1)]
    [DataRow(1, 37)]
    [DataRow(0, 3)]
    public void MatrixElementsFollowTheRowMajorOrder(int rows, int columns)
    {
        var tangent = new MatrixTangent<TChunk, T>(rows, columns);
        Assert.AreEqual(rows, tangent.Rows);
        Assert.AreEqual(columns, tangent.Columns);
        Assert.AreEqual(rows * columns, tangent.Count);
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                Assert.AreEqual((i * columns) + j, tangent.Index(i, j));
                tangent[i, j] = Chunk(k => (i * 1000) + (j * 10) + k);
            }
        }

        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                Assert.AreEqual(Chunk(k => (i * 1000) + (j * 10) + k), tangent.GetChunk((i * columns) + j), $"element ({i}, {j})");
            }
        }

        for (int k = 0; k < W; k++)
        {
            T[,] lane = tangent.GetLane(k);
            Assert.AreEqual(rows, lane.GetLength(0));
            Assert.AreEqual(columns, lane.GetLength(1));
            Assert.IsTrue(Enumerable.Range(0, rows * columns).All(e => lane[e / columns, e % columns] == Value(((e / columns) * 1000) + ((e % columns) * 10) + k)), $"lane {k} as a matrix");
        }

        MatrixTangent<TChunk, T> zero = MatrixTangent<TChunk, T>.ZeroFor(new T[rows, columns]);
        Assert.AreEqual(rows, zero.Rows);
        Assert.AreEqual(columns, zero.Columns);
        StringAssert.Contains(tangent.ToString(), $"{rows}×{columns} elements × {W} lanes");
    }

    [TestMethod]
    public void MatrixLanesRoundTripThroughMatricesAndCloneIsDeep()
    {
        var tangent = new MatrixTangent<TChunk, T>(2, 5);
        for (int k = 0; k < W; k++)
        {
            var lane = new T[2, 5];
            for (int i = 0; i < 2; i++)
            {
                for (int j = 0; j < 5; j++)
                {
                    lane[i, j] = Value((i * 1000) + (j * 10) + k);
                }
            }

            tangent.SetLane(k, lane);
            CollectionAssert.AreEqual(lane, tangent.GetLane(k), $"lane {k}");
        }

        Assert.AreEqual(Chunk(k => 1000 + 30 + k), tangent[1, 3]);

        MatrixTangent<TChunk, T> clone = tangent.Clone();
        Assert.AreEqual(2, clone.Rows);
        Assert.AreEqual(5, clone.Columns);
        CollectionAssert.AreEqual(tangent.Block, clone.Block);
        clone[1, 3] = TChunk.Zero;
        Assert.AreEqual(Chunk(k => 1000 + 30 + k), tangent[1, 3], "the original after changing the clone");

        var wrapped = new MatrixTangent<TChunk, T>(tangent.Block, 5, 2);
        Assert.AreSame(tangent.Block, wrapped.Block, "wrapping does not copy");
    }

    [TestMethod]
    [DataRow(-1, 2)]
    [DataRow(2, -1)]
    [DataRow(int.MinValue, 0)]
    public void MatrixTangentRejectsNegativeDimensions(int rows, int columns)
    {
        string name = rows < 0 ? "rows" : "columns";
        var e = Expect.Throws<ArgumentOutOfRangeException>(() => new MatrixTangent<TChunk, T>(rows, columns), name, "non-negative");
        Assert.AreEqual(name, e.ParamName);
        e = Expect.Throws<ArgumentOutOfRangeException>(() => new MatrixTangent<TChunk, T>([], rows, columns), name, "non-negative");
        Assert.AreEqual(name, e.ParamName);
    }

    [TestMethod]
    [DataRow(2, 0)]
    [DataRow(0, 5)]
    [DataRow(-1, 0)]
    [DataRow(0, -1)]
    public void MatrixPositionsOutsideTheMatrixThrowNamingThePosition(int row, int column)
    {
        var tangent = new MatrixTangent<TChunk, T>(2, 5);
        Expect.Throws<ArgumentOutOfRangeException>(() => _ = tangent[row, column], $"({row}, {column})", "2×5");
        Expect.Throws<ArgumentOutOfRangeException>(() => tangent[row, column] = TChunk.Zero, $"({row}, {column})", "2×5");
        Expect.Throws<ArgumentOutOfRangeException>(() => tangent.Index(row, column), $"({row}, {column})", "2×5");
    }

    [TestMethod]
    public void MatrixTangentRejectsBadLanesShapesAndNulls()
    {
        var tangent = new MatrixTangent<TChunk, T>(2, 5);
        Expect.Throws<ArgumentException>(() => tangent.SetLane(0, new T[5, 2]), "2×5 matrix", "not 5×2");
        Expect.Throws<ArgumentNullException>(() => tangent.SetLane(0, null!), "values");
        Expect.Throws<ArgumentOutOfRangeException>(() => tangent.SetLane(W, new T[2, 5]), $"Lane {W} ");
        Expect.Throws<ArgumentOutOfRangeException>(() => tangent.GetLane(-1), "Lane -1 ");
        Expect.Throws<ArgumentNullException>(() => MatrixTangent<TChunk, T>.ZeroFor(null!), "primal");
    }
}
