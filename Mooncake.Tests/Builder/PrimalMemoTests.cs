using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;
using Mooncake.Tests.Builder.Corpus;
using Mooncake.Tests.Testing;

namespace Mooncake.Tests.Builder;

/// <summary>
/// The primal memo (<see cref="PrimalMemo"/>): the passes of a gradient or Jacobian after the
/// first replay the values and local derivatives of expensive scalar functions. It may change the
/// time only: every result here is compared bit for bit with the same evaluation without a memo.
/// </summary>
[TestClass]
public sealed class PrimalMemoTests
{
    private static readonly double[] Arguments =
    [
        0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 0.999, -0.999, 2.0, 3.5, -7.25, 1e-8, 1e-300, 1e300, 100.0, 710.0, -745.0,
        double.Epsilon, double.PositiveInfinity, double.NegativeInfinity, double.NaN,
    ];

    public static IEnumerable<object[]> Functions => MemoisedFunctions.All.Select(f => new object[] { f.Name });

    [TestMethod]
    [DynamicData(nameof(Functions))]
    public void TheMemoisedRuleIsTheRuleBitForBit(string name)
    {
        Type function = MemoisedFunctions.All.Single(f => f.Name == name);
        foreach (Type chunk in new[] { typeof(Chunk1), typeof(Chunk4), typeof(Chunk8V512), typeof(Chunk16V512) })
        {
            typeof(PrimalMemoTests).GetMethod(nameof(CheckFunction), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(chunk, function).Invoke(null, null);
        }
    }

    [TestMethod]
    public void EveryMemoisedFunctionHasItsOwnNumber()
    {
        int[] ids = [.. MemoisedFunctions.All.Select(IdOf)];
        Assert.AreEqual(ids.Length, ids.Distinct().Count());
        Assert.IsTrue(ids.All(id => id > 0), "0 is an empty entry's number");
    }

    [TestMethod]
    public void EveryMemoisedFunctionIsTheOneItsRuleIsRegisteredFor()
    {
        // The table maps the rule of Math.X to the function named X, whose Rule calls that rule.
        foreach (Type function in MemoisedFunctions.All)
        {
            MethodInfo primal = typeof(Math).GetMethod(function.Name, [typeof(double)]) ?? typeof(double).GetMethod(function.Name, [typeof(double)])!;
            Assert.IsTrue(RuleRegistry.TryFind(primal, null, out Rule? rule), function.Name);
            Assert.IsTrue(MemoisedFunctions.TryGet(rule!.Method, out Type found), function.Name);
            Assert.AreEqual(function, found);
        }
    }

    public static IEnumerable<object[]> Widths => [[1], [3], [8], [16]];

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void GradientsAreThoseWithoutAMemo(int width)
    {
        double[] x = [.. Enumerable.Range(0, 37).Select(i => 0.3 + (0.11 * i) - (0.002 * i * i))];
        foreach (Func<double[], double> f in new Func<double[], double>[] { MemoCorpus.Ackley, MemoCorpus.EveryFunction, MemoCorpus.SineTimesCosine, MemoCorpus.ThroughAHelper })
        {
            AssertBitIdentical(WithoutMemo(() => Forward.Gradient(f, x, width)), Forward.Gradient(f, x, width), $"{f.Method.Name} at width {width}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void APassThatTakesAnotherPathGetsWhatTheRuleComputes(int width)
    {
        // Each pass calls the functions in another order and at other arguments: entries recorded
        // by the previous pass do not match, so they are recomputed.
        double[] x = [0.4, -0.7, 1.3, 0.9, -0.2];
        var counter = new MemoCorpus.PassCounter();
        Func<double[], double> f = counter.Alternating;
        double[] without = WithoutMemo(() =>
        {
            counter.Calls = 0;
            return Forward.Gradient(f, x, width);
        });
        counter.Calls = 0;
        AssertBitIdentical(without, Forward.Gradient(f, x, width), $"width {width}");
    }

    [TestMethod]
    public void NewInputsOfAPreparedPlanAreNotAnsweredFromTheLastOnes()
    {
        GradientPlan plan = Forward.PrepareGradient(MemoCorpus.Ackley, 40, 8);
        var gradient = new double[40];
        for (int k = 0; k < 3; k++)
        {
            double[] x = [.. Enumerable.Range(0, 40).Select(i => Math.Sin(i + k) * 2)];
            double value = plan.ValueAndGradient(x, gradient);
            double[] fresh = WithoutMemo(() => Forward.Gradient(MemoCorpus.Ackley, x, 8));
            AssertBitIdentical(fresh, gradient, $"evaluation {k}");
            Assert.AreEqual(MemoCorpus.Ackley(x), value);
        }
    }

    [TestMethod]
    public void CallsBeyondTheMemosCapacityAreComputed()
    {
        // More memoised calls per pass than the memo holds.
        double[] x = [0.3, 0.8, -0.4];
        AssertBitIdentical(WithoutMemo(() => Forward.Gradient(MemoCorpus.ManySines, x, 1)), Forward.Gradient(MemoCorpus.ManySines, x, 1), "beyond capacity");
    }

    [TestMethod]
    public void JacobiansAndMatrixGradientsAreThoseWithoutAMemo()
    {
        double[] x = [.. Enumerable.Range(0, 19).Select(i => 0.1 + (0.07 * i))];
        foreach (int width in new[] { 1, 3, 8 })
        {
            AssertBitIdentical(Flatten(WithoutMemo(() => Forward.Jacobian(MemoCorpus.Map, x, width))), Flatten(Forward.Jacobian(MemoCorpus.Map, x, width)), "returning");
            AssertBitIdentical(Flatten(WithoutMemo(() => Forward.Jacobian(MemoCorpus.Map, x, width))), Flatten(Forward.Jacobian(MemoCorpus.Map, x, width, parallel: true)), "returning, parallel");
            var y = new double[x.Length];
            AssertBitIdentical(Flatten(WithoutMemo(() => Forward.Jacobian(MemoCorpus.MapInPlace, y, x, width))), Flatten(Forward.Jacobian(MemoCorpus.MapInPlace, y, x, width)), "in place");
            double[,] m = new double[4, 5];
            for (int i = 0; i < 20; i++)
            {
                m[i / 5, i % 5] = 0.05 * i;
            }

            AssertBitIdentical(Flatten(WithoutMemo(() => Forward.Gradient(MemoCorpus.MatrixSum, m, width))), Flatten(Forward.Gradient(MemoCorpus.MatrixSum, m, width, parallel: true)), "matrix");
            AssertBitIdentical(WithoutMemo(() => Forward.Gradient(MemoCorpus.Ackley, x, width)), Forward.Gradient(MemoCorpus.Ackley, x, width, parallel: true), "parallel gradient");
        }
    }

    [TestMethod]
    public void NoMemoStaysInstalledAfterAnEvaluation()
    {
        double[] x = [0.1, 0.2, 0.3];
        _ = Forward.Gradient(MemoCorpus.Ackley, x, 1);
        Assert.IsNull(PrimalMemo.Current);
        _ = Forward.Jacobian(MemoCorpus.Map, x, 1);
        Assert.IsNull(PrimalMemo.Current);
        Assert.ThrowsExactly<InvalidOperationException>(() => Forward.Gradient(MemoCorpus.ThrowsAfterASine, x, 1));
        Assert.IsNull(PrimalMemo.Current, "after a pass threw");
    }

    [TestMethod]
    public void RulesForSinglePassesAreBuiltWithoutTheMemo()
    {
        // Entry points that run one pass per call (a pushforward, a DerivativePlan's points) never
        // install a memo, and get rules built without its code; the gradients' rules read it.
        MethodInfo method = typeof(MemoCorpus).GetMethod(nameof(MemoCorpus.SineTimesExponential))!;
        ChunkWidth width = ChunkWidth.Resolve(1);
        MethodInfo reading = DerivedRules.GetSplitRule(method, width);
        MethodInfo plain = DerivedRules.GetSplitRule(method, width, memo: false);
        Assert.AreNotSame(reading, plain);
        Assert.AreSame(plain, DerivedRules.GetSplitRule(method, width, memo: false), "built once");

        var memo = new PrimalMemo();
        using (PrimalMemo.Install(memo))
        {
            object?[] arguments = [0.7, Chunk1.Broadcast(1.0), null];
            double value = (double)reading.Invoke(null, arguments)!;
            Assert.AreEqual(2, memo.Position, "the gradient's rule records Sin and Exp");
            object?[] plainArguments = [0.7, Chunk1.Broadcast(1.0), null];
            Assert.AreEqual(value, (double)plain.Invoke(null, plainArguments)!);
            Assert.AreEqual(2, memo.Position, "the single pass's rule reads no memo");
            Assert.AreEqual(((Chunk1)arguments[2]!)[0], ((Chunk1)plainArguments[2]!)[0]);
        }
    }

    [TestMethod]
    public void APreparedPlanStillAllocatesNothing()
    {
        GradientPlan plan = Forward.PrepareGradient(MemoCorpus.Ackley, 64, 8);
        double[] x = [.. Enumerable.Range(0, 64).Select(i => 0.01 * i)];
        var gradient = new double[64];
        Assert.AreEqual(0L, SteadyAllocation.PerCall(() => plan.ValueAndGradient(x, gradient)));
    }

    private static void CheckFunction<TChunk, TFunction>()
        where TChunk : struct, IChunk<TChunk, double>
        where TFunction : struct, IMemoisedFunction
    {
        var memo = new PrimalMemo();
        foreach (double a in Arguments)
        {
            // Partials with a zero lane (the strong-zero policy keeps it zero where f' is infinite).
            TChunk partials = TChunk.Zero;
            for (int lane = 0; lane < TChunk.Width; lane++)
            {
                partials = TChunk.Add(partials, TChunk.OneHot(lane, lane == 1 % TChunk.Width ? 0.0 : 0.37 * (lane + 1)));
            }

            var x = new Dual<TChunk>(a, partials);
            Dual<TChunk> expected = TFunction.Rule(x);
            string what = $"{typeof(TFunction).Name}({a}) at {typeof(TChunk).Name}";
            AssertBitIdentical(Bits(expected), Bits(MemoisedRules.Apply<TChunk, TFunction>(null, x)), what + ", no memo");
            memo.Rewind();
            AssertBitIdentical(Bits(expected), Bits(MemoisedRules.Apply<TChunk, TFunction>(memo, x)), what + ", recorded");
            memo.Rewind();
            AssertBitIdentical(Bits(expected), Bits(MemoisedRules.Apply<TChunk, TFunction>(memo, x)), what + ", replayed");
        }
    }

    private static int IdOf(Type function) => (int)typeof(PrimalMemoTests).GetMethod(nameof(Id), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(function).Invoke(null, null)!;

    private static int Id<TFunction>()
        where TFunction : struct, IMemoisedFunction => TFunction.Id;

    private static double[] Bits<TChunk>(Dual<TChunk> d)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var values = new double[TChunk.Width + 1];
        values[0] = d.Value;
        TChunk.StoreUnsafe(d.Partials, ref values[1]);
        return values;
    }

    private static T WithoutMemo<T>(Func<T> evaluate)
    {
        PrimalMemo.SuppressedOnThisThread = true;
        try
        {
            return evaluate();
        }
        finally
        {
            PrimalMemo.SuppressedOnThisThread = false;
        }
    }

    private static double[] Flatten(double[,] m) => [.. m.Cast<double>()];

    private static void AssertBitIdentical(double[] expected, double[] actual, string what)
    {
        Assert.AreEqual(expected.Length, actual.Length, what);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.AreEqual(BitConverter.DoubleToInt64Bits(expected[i]), BitConverter.DoubleToInt64Bits(actual[i]), $"{what}: element {i}, {expected[i]:R} vs {actual[i]:R}");
        }
    }
}
