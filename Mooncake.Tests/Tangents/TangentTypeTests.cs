using System.Numerics;
using System.Reflection;
using static Mooncake.Tests.Tangents.TangentSamples;

namespace Mooncake.Tests.Tangents;

[TestClass]
public sealed class TangentTypeTests
{
    private static readonly ChunkWidth Four = ChunkWidth.Resolve(4, useVector512: false);

    [TestMethod]
    public void BuiltInKindsMapToTheirTangentTypes()
    {
        Assert.AreEqual(typeof(Chunk4), TangentTypes.TangentType(typeof(double), Four));
        Assert.AreEqual(typeof(FloatChunk4), TangentTypes.TangentType(typeof(float), Four));
        Assert.AreEqual(typeof(ArrayTangent<Chunk4, double>), TangentTypes.TangentType(typeof(double[]), Four));
        Assert.AreEqual(typeof(ArrayTangent<FloatChunk4, float>), TangentTypes.TangentType(typeof(float[]), Four));
        Assert.AreEqual(typeof(MatrixTangent<Chunk4, double>), TangentTypes.TangentType(typeof(double[,]), Four));
        Assert.AreEqual(typeof(ArrayTangent<Chunk4, double>[]), TangentTypes.TangentType(typeof(double[][]), Four));
        Assert.AreEqual(typeof(ArrayTangent<Chunk4, double>[][]), TangentTypes.TangentType(typeof(double[][][]), Four));
        Assert.AreEqual(typeof(TupleTangent<Chunk4, ArrayTangent<Chunk4, double>>), TangentTypes.TangentType(typeof((double, double[])), Four));
        Assert.AreEqual(typeof(TupleTangent<Chunk4, NoTangent, FloatChunk4>), TangentTypes.TangentType(typeof((double, int, float)), Four));
        Assert.AreEqual(typeof(Chunk4), TangentTypes.TangentType(typeof(double?), Four));
        Assert.AreEqual(typeof(object), TangentTypes.TangentType(typeof(object), Four));
        Assert.AreEqual(typeof(object), TangentTypes.TangentType(typeof(IMeasured), Four));
    }

    [TestMethod]
    public void RequestedWidthsRoundUpToTheChunkThatHoldsThem()
    {
        Assert.AreEqual(ChunkWidth.Resolve(3).DoubleChunk, TangentTypes.TangentType(typeof(double), 3));
        Assert.AreEqual(ChunkWidth.Resolve(13).DoubleChunk, TangentTypes.TangentType(typeof(double), 13));
        Assert.AreEqual(typeof(Chunk1), TangentTypes.TangentType(typeof(double), 1));
    }

    [TestMethod]
    [DataRow(typeof(int))]
    [DataRow(typeof(bool))]
    [DataRow(typeof(char))]
    [DataRow(typeof(decimal))]
    [DataRow(typeof(string))]
    [DataRow(typeof(DayOfWeek))]
    [DataRow(typeof(int[]))]
    [DataRow(typeof(string[][]))]
    [DataRow(typeof(int[,]))]
    [DataRow(typeof(bool[,,]))]
    [DataRow(typeof((int, string)))]
    [DataRow(typeof(Counter))]
    [DataRow(typeof(DateTime))]
    [DataRow(typeof(Type))]
    [DataRow(typeof(SealedIntsOnly))]
    public void TypesWithoutDerivativesHaveNoTangentAndAreTheirOwnDuals(Type primal)
    {
        Assert.AreEqual(typeof(NoTangent), TangentTypes.TangentType(primal, Four));
        Assert.IsFalse(TangentTypes.HasTangent(primal));
        Assert.AreEqual(primal, TangentTypes.DualType(primal, Four));
    }

    [TestMethod]
    public void DelegatesCarryTheirTargetsTangent()
    {
        Assert.AreEqual(typeof(object), TangentTypes.TangentType(typeof(Func<double, double>), Four));
        Assert.AreEqual(PrimalKind.Delegate, TangentTypes.KindOf(typeof(Action)));
        double captured = 2.0;
        Func<double, double> closure = x => captured * x;
        object? tangent = TangentSpace.Of(typeof(Func<double, double>), Four).Zero(closure);
        Assert.AreEqual(TangentTypes.TangentType(closure.Target!.GetType(), Four), tangent!.GetType());
        Assert.IsNull(TangentSpace.Of(typeof(Func<double, double>), Four).Zero(new Func<double, double>(Math.Sin)), "a static method has no target");
    }

    [TestMethod]
    public void DualTypesPairPrimalsWithTheirTangents()
    {
        Assert.AreEqual(typeof(Dual<Chunk4>), TangentTypes.DualType(typeof(double), Four));
        Assert.AreEqual(typeof(FloatDual<FloatChunk4>), TangentTypes.DualType(typeof(float), Four));
        Assert.AreEqual(typeof(Dual<double[], ArrayTangent<Chunk4, double>>), TangentTypes.DualType(typeof(double[]), Four));
        Type pointTangent = TangentTypes.TangentType(typeof(Point), Four);
        Assert.AreEqual(typeof(Dual<,>).MakeGenericType(typeof(Point), pointTangent), TangentTypes.DualType(typeof(Point), Four));
    }

    [TestMethod]
    public void StructTangentsHaveAFieldPerFieldHoldingItsTangent()
    {
        Type tangent = TangentTypes.TangentType(typeof(Particle), Four);
        Assert.IsTrue(tangent.IsValueType);
        CollectionAssert.AreEqual(
            new[] { ("Position", TangentTypes.TangentType(typeof(Point), Four)), ("Mass", typeof(Chunk4)), ("Id", typeof(NoTangent)), ("Tag", typeof(TupleTangent<Chunk4, NoTangent>)) },
            Fields(tangent));
        CollectionAssert.AreEqual(new[] { ("X", typeof(Chunk4)), ("Y", typeof(Chunk4)) }, Fields(TangentTypes.TangentType(typeof(Point), Four)));
        CollectionAssert.AreEqual(new[] { ("m_real", typeof(Chunk4)), ("m_imaginary", typeof(Chunk4)) }, Fields(TangentTypes.TangentType(typeof(Complex), Four)));
    }

    [TestMethod]
    public void ClassTangentsAreClassesThatMirrorTheHierarchy()
    {
        Type shape = TangentTypes.TangentType(typeof(Shape), Four);
        Type circle = TangentTypes.TangentType(typeof(Circle), Four);
        Assert.IsTrue(shape.IsClass);
        Assert.AreEqual(shape, circle.BaseType);
        CollectionAssert.AreEqual(new[] { ("Scale", typeof(Chunk4)) }, Fields(shape));
        CollectionAssert.AreEqual(new[] { ("Radius", typeof(Chunk4)) }, Fields(circle));

        Type node = TangentTypes.TangentType(typeof(Node), Four);
        CollectionAssert.AreEqual(new[] { ("Value", typeof(Chunk4)), ("Next", node) }, Fields(node));

        Type model = TangentTypes.TangentType(typeof(Model), Four);
        Assert.IsTrue(model.IsSealed, "a sealed primal gets a sealed tangent");
        CollectionAssert.AreEqual(
            new[] { ("Weights", typeof(ArrayTangent<Chunk4, double>)), ("Alias", typeof(ArrayTangent<Chunk4, double>)), ("Bias", typeof(Chunk4)), ("Name", typeof(NoTangent)), ("Steps", typeof(NoTangent)) },
            Fields(model));
        CollectionAssert.AreEqual(
            new[] { ("Boxed", typeof(object)), ("Array", typeof(object)), ("Shape", shape), ("Measured", typeof(object)), ("Text", typeof(NoTangent)) },
            Fields(TangentTypes.TangentType(typeof(Bag), Four)));
    }

    [TestMethod]
    public void MutuallyRecursiveTypesAndABaseHoldingItsSubclassResolve()
    {
        Type parent = TangentTypes.TangentType(typeof(Parent), Four);
        Type child = TangentTypes.TangentType(typeof(Child), Four);
        Assert.AreEqual(parent, child.BaseType);
        CollectionAssert.AreEqual(new[] { ("Weight", typeof(Chunk4)), ("Children", child.MakeArrayType()) }, Fields(parent));

        Type ping = TangentTypes.TangentType(typeof(Ping), Four);
        Type pong = TangentTypes.TangentType(typeof(Pong), Four);
        CollectionAssert.AreEqual(new[] { ("Other", pong), ("Point", TangentTypes.TangentType(typeof(Point), Four)) }, Fields(ping));
        CollectionAssert.AreEqual(new[] { ("Other", ping), ("Count", typeof(NoTangent)) }, Fields(pong));
    }

    [TestMethod]
    public void TangentTypesAreBuiltOncePerWidth()
    {
        Type first = TangentTypes.TangentType(typeof(Particle), Four);
        Assert.AreSame(first, TangentTypes.TangentType(typeof(Particle), Four));
        Assert.AreNotEqual(first, TangentTypes.TangentType(typeof(Particle), ChunkWidth.Resolve(8, useVector512: false)));
        CollectionAssert.AreEqual(
            new[] { ("X", typeof(Chunk8)), ("Y", typeof(Chunk8)) },
            Fields(TangentTypes.TangentType(typeof(Point), ChunkWidth.Resolve(8, useVector512: false))));
    }

    [TestMethod]
    public void ConcurrentRequestsForANewTypeAgreeOnOneTangentType()
    {
        var width = ChunkWidth.Resolve(2);
        Type[] results = new Type[16];
        Parallel.For(0, results.Length, i => results[i] = TangentTypes.TangentType(typeof(ConcurrencyProbe), width));
        Assert.AreEqual(1, results.Distinct().Count());
    }

    [TestMethod]
    [DataRow(typeof(HasPointer), "HasPointer.Data", "pointer")]
    [DataRow(typeof(HoldsHalf), "HoldsHalf.Value", "Half")]
    [DataRow(typeof(double[,,]), "System.Double[,,]", "one-dimensional arrays")]
    [DataRow(typeof(Span<double>), "Span", "ref struct")]
    [DataRow(typeof(System.Runtime.Intrinsics.Vector64<double>), "Vector64", "no rules")]
    [DataRow(typeof(List<>), "List", "open generic")]
    public void UnsupportedTypesThrowNamingTheTypeAndWhy(Type primal, string where, string why)
    {
        var e = Assert.ThrowsExactly<NotSupportedException>(() => TangentTypes.TangentType(primal, Four));
        StringAssert.Contains(e.Message, where);
        StringAssert.Contains(e.Message, why);
    }

    [TestMethod]
    public void NullArgumentsThrow()
    {
        Assert.ThrowsExactly<ArgumentNullException>(() => TangentTypes.TangentType(null!, Four));
        Assert.ThrowsExactly<ArgumentNullException>(() => TangentTypes.TangentType(typeof(double), null!));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => TangentTypes.TangentType(typeof(double), 0));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => TangentTypes.DualType(typeof(double), 65));
    }

    private static (string, Type)[] Fields(Type tangent) =>
        [.. tangent.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly).OrderBy(f => f.MetadataToken).Select(f => (f.Name, f.FieldType))];

    private sealed class SealedIntsOnly
    {
        public int A;
        public string? B;
    }

    private class Parent
    {
        public double Weight;
        public Child[]? Children;
    }

    private sealed class Child : Parent;

    private sealed class Ping
    {
        public Pong? Other;
        public Point Point;
    }

    private sealed class Pong
    {
        public Ping? Other;
        public int Count;
    }

    private sealed class ConcurrencyProbe
    {
        public double A;
        public ConcurrencyProbe? Next;
        public (double, Point) Pair;
    }

    private unsafe struct HasPointer
    {
        public double* Data;
    }

    private struct HoldsHalf
    {
        public Half Value;
    }
}
