using System.Numerics;
using System.Runtime.Intrinsics;

namespace Mooncake.Tests.Tangents;

/// <summary>The lane-major tangents of SIMD vectors: their types, and their space lane by lane.</summary>
[TestClass]
public sealed class SimdTangentTests
{
    private static readonly ChunkWidth Four = ChunkWidth.Resolve(4, useVector512: false);

    [TestMethod]
    public void VectorsOfFloatingPointMapToOneChunkPerLane()
    {
        Assert.AreEqual(typeof(LaneTangents2<Chunk4>), TangentTypes.TangentType(typeof(Vector128<double>), Four));
        Assert.AreEqual(typeof(LaneTangents4<Chunk4>), TangentTypes.TangentType(typeof(Vector256<double>), Four));
        Assert.AreEqual(typeof(LaneTangents8<Chunk4>), TangentTypes.TangentType(typeof(Vector512<double>), Four));
        Assert.AreEqual(typeof(LaneTangents4<FloatChunk4>), TangentTypes.TangentType(typeof(Vector128<float>), Four));
        Assert.AreEqual(typeof(LaneTangents8<FloatChunk4>), TangentTypes.TangentType(typeof(Vector256<float>), Four));
        Assert.AreEqual(typeof(LaneTangents16<FloatChunk4>), TangentTypes.TangentType(typeof(Vector512<float>), Four));
        Assert.AreEqual(LaneTangents.TypeFor(Vector<double>.Count, typeof(Chunk4)), TangentTypes.TangentType(typeof(Vector<double>), Four));
        Assert.AreEqual(PrimalKind.SimdVector, TangentTypes.KindOf(typeof(Vector256<double>)));
    }

    [TestMethod]
    public void VectorsOfIntegersAreMasksWithoutTangent()
    {
        Assert.AreEqual(typeof(NoTangent), TangentTypes.TangentType(typeof(Vector<long>), Four));
        Assert.AreEqual(typeof(NoTangent), TangentTypes.TangentType(typeof(Vector256<int>), Four));
    }

    [TestMethod]
    public void StructsHoldingVectorsGetFieldwiseTangents()
    {
        Type tangent = TangentTypes.TangentType(typeof(Holder), Four);
        Assert.AreEqual(typeof(LaneTangents4<Chunk4>), tangent.GetField(nameof(Holder.V))!.FieldType);
    }

    [TestMethod]
    public void TheSpaceWorksLaneByLane()
    {
        var space = TangentSpace.Of(typeof(Vector256<double>), Four);
        var primal = Vector256.Create(1.0, 2.0, 3.0, 4.0);
        var moved = Vector256.Create(1.5, 2.0, 2.0, 4.25);
        object difference = space.Difference(moved, primal, lane: 2)!;
        var chunks = (LaneTangents4<Chunk4>)difference;
        Assert.AreEqual(0.5, chunks[0][2]);
        Assert.AreEqual(-1.0, chunks[2][2]);
        Assert.AreEqual(0.0, chunks[2][1]);
        Assert.AreEqual(moved, (Vector256<double>)space.AddToPrimal(primal, difference, lane: 2)!);
        Assert.AreEqual(0.25 + 1.0 + 0.0625, space.Dot(difference, difference));
        object lane = space.ExtractLane(space.Scale(2.0, difference), 2)!;
        Assert.AreEqual(-2.0, ((LaneTangents4<Chunk1>)lane)[2][0]);
        object back = space.InsertLane(space.Zero(primal), 1, lane)!;
        Assert.AreEqual(-2.0, ((LaneTangents4<Chunk4>)back)[2][1]);
        Assert.AreEqual(primal, (Vector256<double>)space.CopyPrimal(primal)!);
    }

    private struct Holder
    {
        public Vector256<double> V;
        public int Count;
    }
}
