using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// The entry point of a static function whose rule needs no pass scope is the rule itself (its
/// body emitted after the entry's parameters, the delegate closed over a placeholder), not a
/// method that calls the rule. It must compute what the rule computes, bit for bit, at every width,
/// throw what the rule throws, and leave the other entries (scoped rules, instance methods) as they were.
/// </summary>
[TestClass]
public sealed class EntryAsRuleTests
{
    public static IEnumerable<object[]> Cases =>
        from name in new[] { nameof(WhileSum), nameof(Branches), nameof(Recursive) }
        from width in new[] { 1, 3, 8, 16 }
        select new object[] { name, width };

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void TheEntryComputesWhatTheRuleComputes(string name, int width)
    {
        MethodInfo method = typeof(EntryAsRuleTests).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;
        ChunkWidth chunks = ChunkWidth.Resolve(width);
        Delegate entry = Entry(method, chunks);
        Assert.IsNotNull(entry.Target, $"{name}: the entry is closed over its placeholder");
        Assert.AreEqual(6, entry.Method.GetParameters().Length, $"{name}: the entry is the rule, after the placeholder and the two target slots");

        MethodInfo rule = DerivedRules.GetSplitRule(method, chunks, memo: false);
        foreach (int length in new[] { 1, 7, 16 })
        {
            double[] x = Inputs(length, seed: length);
            object tangent = Tangent(chunks, length, seed: 100 + length);
            object?[] viaEntry = [null, null, x, tangent, null];
            object?[] viaRule = [x, tangent, null];
            double value = (double)entry.DynamicInvoke(viaEntry)!;
            double expected = (double)rule.Invoke(null, viaRule)!;
            string what = $"{name}, width {width}, {length} inputs";
            Assert.AreEqual(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(value), $"{what}: value");
            CollectionAssert.AreEqual(Lanes(viaRule[2]!, chunks), Lanes(viaEntry[4]!, chunks), $"{what}: tangent");
        }
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(8)]
    public void TheEntryThrowsWhatTheRuleThrows(int width)
    {
        MethodInfo method = typeof(EntryAsRuleTests).GetMethod(nameof(ReadsPastTheEnd), BindingFlags.NonPublic | BindingFlags.Static)!;
        ChunkWidth chunks = ChunkWidth.Resolve(width);
        Delegate entry = Entry(method, chunks);
        Assert.AreEqual(6, entry.Method.GetParameters().Length);
        var thrown = Assert.ThrowsExactly<TargetInvocationException>(() => entry.DynamicInvoke([null, null, new double[3], Tangent(chunks, 3, seed: 1), null]));
        Assert.IsInstanceOfType<IndexOutOfRangeException>(thrown.InnerException);

        // A tangent block of the wrong length is refused by the rule's own check, now the entry's.
        thrown = Assert.ThrowsExactly<TargetInvocationException>(() => entry.DynamicInvoke([null, null, new double[3], Tangent(chunks, 4, seed: 1), null]));
        Assert.IsInstanceOfType<InvalidOperationException>(thrown.InnerException);
        StringAssert.Contains(thrown.InnerException!.Message, "An array of 3 elements reached a derived rule with a tangent of 4 elements");
    }

    [TestMethod]
    public void EntriesThatNeedAScopeOrATargetStillCallTheRule()
    {
        ChunkWidth chunks = ChunkWidth.Resolve(8);

        // A function writing active values into static data needs a pass scope around the rule.
        Delegate scoped = Entry(((Func<double[], double>)StaticState.ThroughBuffer).Method, chunks);
        Assert.AreEqual(5, scoped.Method.GetParameters().Length, "a scoped entry");

        // A lambda is an instance method of its closure: the entry casts the target and calls the rule.
        double scale = 3.0;
        Func<double[], double> lambda = x => scale * x[0];
        Delegate instance = Entry(lambda.Method, chunks);
        Assert.AreEqual(5, instance.Method.GetParameters().Length, "an instance method's entry");

        // Both still give the right gradients.
        CollectionAssert.AreEqual(new[] { 10.0, 6.0 }, Forward.Gradient(StaticState.ThroughBuffer, [3.0, 5.0], 8));
        CollectionAssert.AreEqual(new[] { 3.0, 0.0 }, Forward.Gradient(lambda, [2.0, 1.0], 8));
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    [DataRow(8)]
    public void PlansOfStaticFunctionsGiveExactGradients(int width)
    {
        double[] x = Inputs(11, seed: 5), before = [.. x];
        double[] expected = [.. x.Select((v, i) => v > 0 ? Math.Cos(v) * x[(i + 1) % x.Length] : -2 * v)];
        for (int i = 0; i < x.Length; i++)
        {
            // The second factor of element i - 1's product is x[i].
            int previous = (i + x.Length - 1) % x.Length;
            expected[i] += x[previous] > 0 ? Math.Sin(x[previous]) : 0.0;
        }

        GradientPlan plan = Forward.PrepareGradient(Branches, x.Length, width);
        double[] gradient = new double[x.Length];
        Assert.AreEqual(Branches(x), plan.ValueAndGradient(x, gradient));
        CollectionAssert.AreEqual(before, x, "the input is not modified");
        for (int i = 0; i < x.Length; i++)
        {
            Assert.AreEqual(expected[i], gradient[i], 1e-14 * Math.Max(1.0, Math.Abs(expected[i])), $"element {i}");
        }
    }

    private static Delegate Entry(MethodInfo method, ChunkWidth width)
    {
        MethodInfo generic = typeof(EntryPoints).GetMethod(nameof(EntryPoints.For))!
            .MakeGenericMethod(typeof(ArrayToScalar<>).MakeGenericType(width.DoubleChunk));
        return (Delegate)generic.Invoke(null, [method, true, true, false])!;
    }

    private static double[] Inputs(int length, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, length).Select(_ => (2 * random.NextDouble()) - 1)];
    }

    private static object Tangent(ChunkWidth width, int length, int seed)
    {
        Type type = typeof(ArrayTangent<,>).MakeGenericType(width.DoubleChunk, typeof(double));
        object tangent = Activator.CreateInstance(type, length)!;
        double[] block = (double[])type.GetProperty(nameof(ArrayTangent<Chunk1, double>.Block))!.GetValue(tangent)!;
        var random = new Random(seed);
        for (int i = 0; i < block.Length; i++)
        {
            block[i] = (2 * random.NextDouble()) - 1;
        }

        return tangent;
    }

    private static long[] Lanes(object chunk, ChunkWidth width)
    {
        MethodInfo lane = chunk.GetType().GetProperty("Item")!.GetMethod!;
        return [.. Enumerable.Range(0, width.Lanes).Select(k => BitConverter.DoubleToInt64Bits((double)lane.Invoke(chunk, [k])!))];
    }

    private static double WhileSum(double[] x)
    {
        double y = 0.0;
        int n = 0;
        while (n < x.Length)
        {
            y += x[n];
            n++;
        }

        return y;
    }

    private static double Branches(double[] x)
    {
        double s = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] > 0)
            {
                s += Math.Sin(x[i]) * x[(i + 1) % x.Length];
            }
            else
            {
                s -= x[i] * x[i];
            }
        }

        return s;
    }

    private static double Recursive(double[] x)
    {
        if (x.Length == 0)
        {
            return 0.0;
        }

        double[] rest = new double[x.Length - 1];
        Array.Copy(x, 1, rest, 0, rest.Length);
        return (x[0] * Math.Exp(x[0])) + Recursive(rest);
    }

    private static double ReadsPastTheEnd(double[] x) => x[x.Length];
}
