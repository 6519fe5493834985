using System.Numerics;
using System.Reflection;

namespace Mooncake.Tests.Tangents;

/// <summary>The named tangents of System.Numerics' float types: their fields mirror the primal's, in order.</summary>
[TestClass]
public sealed class NumericsTangentTests
{
    private static readonly ChunkWidth Four = ChunkWidth.Resolve(4, useVector512: false);

    public static IEnumerable<object[]> Primals => NumericsTypes.Primals.Select(t => new object[] { t });

    [TestMethod]
    [DynamicData(nameof(Primals))]
    public void TangentFieldsHaveThePrimalsNamesAndOrder(Type primal)
    {
        Type tangent = TangentTypes.TangentType(primal, Four);
        Assert.AreEqual(NumericsTypes.TangentOrNull(primal, typeof(FloatChunk4)), tangent);
        FieldInfo[] p = [.. primal.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(f => f.MetadataToken)];
        FieldInfo[] t = [.. tangent.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).OrderBy(f => f.MetadataToken)];
        CollectionAssert.AreEqual(p.Select(f => f.Name).ToArray(), t.Select(f => f.Name).ToArray());
        for (int i = 0; i < p.Length; i++)
        {
            Assert.AreEqual(TangentTypes.TangentType(p[i].FieldType, Four), t[i].FieldType, p[i].Name);
        }

        // One chunk per float, so rules view both as spans of the same length.
        Assert.AreEqual(System.Runtime.InteropServices.Marshal.SizeOf(primal) / sizeof(float) * System.Runtime.CompilerServices.Unsafe.SizeOf<FloatChunk4>(), SizeOf(tangent));
    }

    [TestMethod]
    public void TheSpaceOfANamedTangentIsFieldwise()
    {
        var space = TangentSpace.Of(typeof(Vector3), Four);
        var a = new Vector3(1, 2, 3);
        var b = new Vector3(1.5f, 2, 2);
        var d = (Vector3Tangent<FloatChunk4>)space.Difference(b, a, lane: 1)!;
        Assert.AreEqual(0.5f, d.X[1]);
        Assert.AreEqual(-1f, d.Z[1]);
        Assert.AreEqual(b, (Vector3)space.AddToPrimal(a, d, lane: 1)!);
        Assert.AreEqual(typeof(PlaneTangent<FloatChunk4>), TangentSpace.Of(typeof(Plane), Four).TangentType);
    }

    private static int SizeOf(Type type) => (int)typeof(System.Runtime.CompilerServices.Unsafe).GetMethod(nameof(System.Runtime.CompilerServices.Unsafe.SizeOf))!.MakeGenericMethod(type).Invoke(null, null)!;
}
