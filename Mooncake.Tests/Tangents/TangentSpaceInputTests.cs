using static Mooncake.Tests.Tangents.TangentSamples;

namespace Mooncake.Tests.Tangents;

/// <summary>Bad input to the tangent interface raises an exception that names the problem.</summary>
[TestClass]
public sealed class TangentSpaceInputTests
{
    private static readonly TangentSpace Arrays = TangentSpace.Of(typeof(double[]), 4);

    [TestMethod]
    [DataRow(-1)]
    [DataRow(4)]
    public void LanesOutsideTheWidthThrow(int lane)
    {
        double[] x = Ramp(3);
        object? t = Arrays.Random(x, new Random(1));
        var e = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Arrays.ExtractLane(t, lane));
        StringAssert.Contains(e.Message, $"Lane {lane}");
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Arrays.InsertLane(t, lane, Arrays.LaneSpace.Zero(x)));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Arrays.AddToPrimal(x, t, lane));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => Arrays.Difference(x, x, lane));
    }

    [TestMethod]
    public void MismatchedLengthsThrowNamingBothLengths()
    {
        object? three = Arrays.Zero(Ramp(3));
        object? five = Arrays.Zero(Ramp(5));
        var e = Assert.ThrowsExactly<ArgumentException>(() => Arrays.Add(three, five));
        StringAssert.Contains(e.Message, "3 elements");
        StringAssert.Contains(e.Message, "5 elements");
        Assert.ThrowsExactly<ArgumentException>(() => Arrays.Dot(three, five));
        Assert.ThrowsExactly<ArgumentException>(() => Arrays.Increment(three, five));
        Assert.ThrowsExactly<ArgumentException>(() => Arrays.AddToPrimal(Ramp(5), three, 0));
        Assert.ThrowsExactly<ArgumentException>(() => Arrays.Difference(Ramp(3), Ramp(5), 0));

        TangentSpace jagged = TangentSpace.Of(typeof(double[][]), 2);
        var ex = Assert.ThrowsExactly<ArgumentException>(() => jagged.Add(jagged.Zero(new[] { Ramp(1) }), jagged.Zero(new[] { Ramp(1), Ramp(1) })));
        StringAssert.Contains(ex.Message, "lengths differ");
    }

    [TestMethod]
    public void ValuesOfTheWrongTypeThrowNamingTheExpectedType()
    {
        var e = Assert.ThrowsExactly<ArgumentException>(() => Arrays.Zero(new float[2]));
        StringAssert.Contains(e.Message, "System.Double[]");
        var t = Assert.ThrowsExactly<ArgumentException>(() => Arrays.Scale(2.0, new ArrayTangent<Chunk8, double>(2)));
        StringAssert.Contains(t.Message, "ArrayTangent");
        Assert.ThrowsExactly<ArgumentException>(() => TangentSpace.Of(typeof(double), 4).Zero(null));
        Assert.ThrowsExactly<ArgumentException>(() => Arrays.InsertLane(Arrays.Zero(Ramp(2)), 0, new ArrayTangent<Chunk4, double>(2)));
    }

    [TestMethod]
    public void DifferencesOfDifferentShapesThrow()
    {
        TangentSpace shapes = TangentSpace.Of(typeof(Shape), 2);
        var e = Assert.ThrowsExactly<ArgumentException>(() => shapes.Difference(new Circle(), new Shape(), 0));
        StringAssert.Contains(e.Message, "same type");
        TangentSpace dynamic = TangentSpace.Of(typeof(object), 2);
        Assert.ThrowsExactly<ArgumentException>(() => dynamic.Difference(1.0, Ramp(1), 0));
        Assert.ThrowsExactly<ArgumentException>(() => TangentSpace.Of(typeof(double?), 2).Difference(1.0, null, 0));
    }

    [TestMethod]
    public void NullRandomSourceAndNullTypesThrow()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => Arrays.Random(Ramp(1), null!));
        Assert.ThrowsExactly<ArgumentNullException>(() => TangentSpace.Of(null!, 4));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => TangentSpace.Of(typeof(double), 0));
    }

    [TestMethod]
    public void TypedSpacesCheckTheirTypes()
    {
        var typed = TangentSpace.Of<double[], ArrayTangent<Chunk4, double>>(ChunkWidth.Resolve(4));
        ArrayTangent<Chunk4, double> t = typed.Random(Ramp(3), new Random(2));
        Assert.AreEqual(3, t.Length);
        ArrayTangent<Chunk1, double> lane = typed.ExtractLane<ArrayTangent<Chunk1, double>>(t, 2);
        CollectionAssert.AreEqual(t.GetLane(2), lane.GetLane(0));
        var e = Assert.ThrowsExactly<ArgumentException>(() => TangentSpace.Of<double[], ArrayTangent<Chunk8, double>>(ChunkWidth.Resolve(4)));
        StringAssert.Contains(e.Message, "not Mooncake.Tangents.ArrayTangent`2[Mooncake.Tangents.Chunk8");
    }

    [TestMethod]
    public void NullReferencesHaveNullTangentsAndStayNull()
    {
        TangentSpace nodes = TangentSpace.Of(typeof(Node), 4);
        Assert.IsNull(nodes.Zero(null));
        Assert.IsNull(nodes.AddToPrimal(null, null, 0));
        Assert.AreEqual(0.0, nodes.Dot(null, null));
        TangentSpace nullable = TangentSpace.Of(typeof(double?), 4);
        Assert.AreEqual(Chunk4.Zero, nullable.Zero(null));
        Assert.IsNull(nullable.AddToPrimal(null, Chunk4.Broadcast(1), 0));
        Assert.AreEqual(3.5, nullable.AddToPrimal(2.5, Chunk4.Broadcast(1), 2));
    }
}
