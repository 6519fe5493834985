using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>
/// What the harness cannot see: that the test matrices really pivot, aliased arguments,
/// Max/Min's choice among ties and NaNs, the singular-point policies, and the sources the LINQ
/// and Array rules refuse.
/// </summary>
[TestClass]
public sealed class ArrayRulePolicyTests
{
    [TestMethod]
    public void TheLUTestMatricesSwapRows()
    {
        (_, int[] permutation) = LinearAlgebra.LU(TestMatrices.NeedsPivoting("lu", 7));
        Assert.IsFalse(permutation.SequenceEqual(Enumerable.Range(0, 7)), "partial pivoting kept the row order");
    }

    [TestMethod]
    public void AxpyOfAnArrayOntoItselfUsesTheOldValues()
    {
        double[] x = [1.0, -2.0, 3.0];
        var tangent = new ArrayTangent<Chunk2, double>(3);
        for (int i = 0; i < 3; i++)
        {
            tangent[i] = Chunk2.OneHot(0, 1.0); // lane 0: dx = 1 everywhere; lane 1: zero
        }

        var dual = new Dual<double[], ArrayTangent<Chunk2, double>>(x, tangent);
        LinearAlgebraRules.Axpy(new Dual<Chunk2>(0.5, Chunk2.OneHot(1, 1.0)), dual, dual);

        // x ← (1 + a) x: lane 0 is (1 + a) dx, lane 1 (da = 1) is the old x.
        CollectionAssert.AreEqual(new[] { 1.5, -3.0, 4.5 }, x);
        CollectionAssert.AreEqual(new[] { 1.5, 1.5, 1.5 }, tangent.GetLane(0));
        CollectionAssert.AreEqual(new[] { 1.0, -2.0, 3.0 }, tangent.GetLane(1));
    }

    [TestMethod]
    public void ACopyWithinOneArrayMovesTheLanesLikeTheValues()
    {
        double[] x = [1.0, 2.0, 3.0, 4.0];
        var tangent = new ArrayTangent<Chunk2, double>(4);
        tangent.SetLane(0, [10.0, 20.0, 30.0, 40.0]);
        var dual = new Dual<Array, object>(x, tangent);
        ArrayRules.Copy<Chunk2, FloatChunk2>(dual, 0, dual, 1, 3);
        CollectionAssert.AreEqual(new[] { 1.0, 1.0, 2.0, 3.0 }, x);
        CollectionAssert.AreEqual(new[] { 10.0, 10.0, 20.0, 30.0 }, tangent.GetLane(0));
    }

    [TestMethod]
    [DataRow(new[] { 1.0, 3.0, 3.0, 2.0 }, DisplayName = "a tie for the maximum")]
    [DataRow(new[] { -0.0, 0.0, -1.0, 0.0 }, DisplayName = "signed zeros")]
    [DataRow(new[] { double.NaN, 2.0, 5.0, 5.0, -1.0 }, DisplayName = "a leading NaN")]
    [DataRow(new[] { 2.0, double.NaN, -1.0, double.NaN }, DisplayName = "NaNs inside")]
    [DataRow(new[] { double.NaN, double.NaN }, DisplayName = "only NaNs")]
    public void MaxAndMinPickTheElementTheBclReturns(double[] values)
    {
        var tangent = new ArrayTangent<Chunk8, double>(values.Length);
        for (int i = 0; i < values.Length; i++)
        {
            tangent[i] = Chunk8.OneHot(i, 1.0); // the partials name the element
        }

        var source = new Dual<IEnumerable<double>, object>(values, tangent);
        Func<double, double> identity = Identity;
        TestFunctions.RegisterIdentity();
        Check(values.Max(), EnumerableRules.Max<Chunk8>(source), "Max");
        Check(values.Min(), EnumerableRules.Min<Chunk8>(source), "Min");
        Check(values.Max(identity), EnumerableRules.Max<Chunk8>(source, Fn(identity)), "Max(selector)");
        Check(values.Min(identity), EnumerableRules.Min<Chunk8>(source, Fn(identity)), "Min(selector)");

        // The first element equal to the result; Max skips NaNs, so a NaN maximum is the last element.
        void Check(double expected, Dual<Chunk8> actual, string what)
        {
            Assert.AreEqual(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual.Value), $"{what}: value");
            int selected = what.StartsWith("Max", StringComparison.Ordinal) && double.IsNaN(expected)
                ? values.Length - 1
                : Enumerable.Range(0, values.Length).First(i => values[i] == expected || (double.IsNaN(expected) && double.IsNaN(values[i])));
            Assert.AreEqual(Chunk8.OneHot(selected, 1.0), actual.Partials, $"{what}: partials of element {selected}");
        }
    }

    [TestMethod]
    public void LinqRulesNameTheSourcesTheyCannotRead()
    {
        // A lazy sequence that carries a tangent (an iterator built inside differentiated code,
        // with an emitted tangent class) is enumerated through its derived code, so its tangent
        // must be one of its type; one without a tangent is a constant and is read through its
        // enumerator.
        IEnumerable<double> lazy = Enumerable.Range(0, 4).Select(i => (double)i);
        var e = Assert.ThrowsExactly<InvalidOperationException>(() => EnumerableRules.Sum<Chunk4>(new Dual<IEnumerable<double>, object>(lazy, new object())));
        StringAssert.Contains(e.Message, lazy.GetType().ToString());
        StringAssert.Contains(e.Message, "does not belong to");
        Assert.ThrowsExactly<ArgumentNullException>(() => EnumerableRules.Sum<Chunk4>(new Dual<IEnumerable<double>, object>(null!, null!)));

        Dual<Chunk4> constant = EnumerableRules.Sum<Chunk4>(new Dual<IEnumerable<double>, object>(lazy, null!));
        Assert.AreEqual(6.0, constant.Value);
        Assert.AreEqual(Chunk4.Zero, constant.Partials);
    }

    [TestMethod]
    public void LinqRulesOnEmptySequencesThrowTheBclsException()
    {
        var empty = new Dual<IEnumerable<double>, object>(Array.Empty<double>(), new ArrayTangent<Chunk4, double>(0));
        Assert.ThrowsExactly<InvalidOperationException>(() => EnumerableRules.Average<Chunk4>(empty));
        Assert.ThrowsExactly<InvalidOperationException>(() => EnumerableRules.Max<Chunk4>(empty, Fn(Math.Sin)));
        Assert.ThrowsExactly<InvalidOperationException>(() => EnumerableRules.Aggregate<Chunk4>(empty, Fn(TestFunctions.WeightedDelegate())));
        Assert.AreEqual(new Dual<Chunk4>(0.0), EnumerableRules.Sum<Chunk4>(empty, Fn(Math.Sin)));
    }

    [TestMethod]
    public void ArrayRulesNameTheArraysTheyCannotCopy()
    {
        object[] boxes = new object[3];
        var e = Assert.ThrowsExactly<NotSupportedException>(() => ArrayRules.Copy<Chunk4, FloatChunk4>(
            new Dual<Array, object>(new[] { 1.0, 2.0, 3.0 }, new ArrayTangent<Chunk4, double>(3)), new Dual<Array, object>(boxes, new object[3]), 3));
        StringAssert.Contains(e.Message, "System.Double[] and System.Object[]");
    }

    [TestMethod]
    public void LogDeterminantOfASingularMatrixIsNaNInTheDirectionsThatMoveIt()
    {
        double[,] a = { { 1, 2 }, { 2, 4 } };
        var tangent = new MatrixTangent<Chunk2, double>(2, 2);
        tangent[0, 1] = Chunk2.OneHot(0, 1.0);
        var result = LinearAlgebraRules.LogDeterminant(new Dual<double[,], MatrixTangent<Chunk2, double>>(a, tangent));
        Assert.AreEqual((double.NegativeInfinity, 0), result.Primal);
        Assert.IsTrue(double.IsNaN(result.Tangent.Item1[0]));
        Assert.AreEqual(0.0, result.Tangent.Item1[1]);
    }

    [TestMethod]
    public void DeterminantOfASingularMatrixHasTheAdjugateDerivative()
    {
        // det [[1, 2], [2, 4]] moves by 4 d₀₀ − 2 d₀₁ − 2 d₁₀ + d₁₁ (the adjugate's transpose).
        double[,] a = { { 1, 2 }, { 2, 4 } };
        var tangent = new MatrixTangent<Chunk4, double>(2, 2);
        tangent.SetLane(0, new double[,] { { 1, 0 }, { 0, 0 } });
        tangent.SetLane(1, new double[,] { { 0, 1 }, { 0, 0 } });
        tangent.SetLane(2, new double[,] { { 0, 0 }, { 1, 0 } });
        tangent.SetLane(3, new double[,] { { 0, 0 }, { 0, 1 } });
        Dual<Chunk4> det = LinearAlgebraRules.Determinant(new Dual<double[,], MatrixTangent<Chunk4, double>>(a, tangent));
        Assert.AreEqual(0.0, det.Value);
        double[] expected = [4, -2, -2, 1];
        for (int lane = 0; lane < 4; lane++)
        {
            Assert.AreEqual(expected[lane], det[lane], 1e-12, $"lane {lane}");
        }
    }

    private static double Identity(double x) => x;

    // Rules take a delegate's dual: the delegate and its target's tangent (none here).
    private static Dual<Func<double, double>, object> Fn(Func<double, double> f) => new(f, null!);

    private static Dual<Func<double, double, double>, object> Fn(Func<double, double, double> f) => new(f, null!);
}
