using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>
/// <c>Sum</c> and <c>Average</c> over a method group of a scalar function with its own rule
/// (<c>x.Sum(Math.Sin)</c>) run that rule inlined in a loop (<see cref="KnownSelectorSums{TChunk}"/>):
/// the same numbers, bit for bit, as the general path through the selector's entry point, which
/// a lambda around the same function takes.
/// </summary>
[TestClass]
public sealed class KnownSelectorSumTests
{
    private static readonly double[] Values = [0.35, -0.8, 0.05, 0.6, -0.0, 0.999, 1.0, 1.7];

    public static IEnumerable<object[]> Functions => MemoisedFunctions.All.Select(f => new object[] { f.Name });

    [TestMethod]
    [DynamicData(nameof(Functions))]
    public void TheInlinedSumIsTheGeneralOneBitForBit(string name)
    {
        Func<double, double> group = MethodGroup(name);
        Func<double, double> lambda = v => group(v);
        Assert.IsNotNull(KnownSelectorSums<Chunk4>.For(group), $"{name} is inlined");
        Assert.IsNull(KnownSelectorSums<Chunk4>.For(lambda), "a lambda takes the general path");
        Check<Chunk1>(group, lambda, name);
        Check<Chunk4>(group, lambda, name);
        Check<Chunk8V512>(group, lambda, name);
    }

    [TestMethod]
    public void OtherMethodGroupsTakeTheGeneralPath()
    {
        Assert.IsNull(KnownSelectorSums<Chunk4>.For(new Func<double, double>(Math.Abs)), "a rule without a memoised function");
        Assert.IsNull(KnownSelectorSums<Chunk4>.For(new Func<double, double>(Squared)), "a method without a rule");
        Assert.IsNull(KnownSelectorSums<Chunk4>.For(null));
        Dual<Chunk4> sum = EnumerableRules.Sum<Chunk4>(Source<Chunk4>(), new Dual<Func<double, double>, object>(Squared, null!));
        Assert.AreEqual(Values.Sum(Squared), sum.Value);
    }

    private static void Check<TChunk>(Func<double, double> group, Func<double, double> lambda, string name)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var inlined = new Dual<Func<double, double>, object>(group, null!);
        var general = new Dual<Func<double, double>, object>(lambda, null!);
        string at = $"{name} at {typeof(TChunk).Name}";
        AssertSame(EnumerableRules.Sum<TChunk>(Source<TChunk>(), general), EnumerableRules.Sum<TChunk>(Source<TChunk>(), inlined), "Sum of " + at);
        AssertSame(EnumerableRules.Average<TChunk>(Source<TChunk>(), general), EnumerableRules.Average<TChunk>(Source<TChunk>(), inlined), "Average of " + at);
        Assert.AreEqual(Values.Sum(group), EnumerableRules.Sum<TChunk>(Source<TChunk>(), inlined).Value, "the BCL's sum, " + at);
    }

    // The values, each with partials 0.5·(lane + 1)·(i + 1), and one element whose partials are zero.
    private static Dual<IEnumerable<double>, object> Source<TChunk>()
        where TChunk : struct, IChunk<TChunk, double>
    {
        var tangent = new ArrayTangent<TChunk, double>(Values.Length);
        for (int i = 0; i < Values.Length; i++)
        {
            for (int lane = 0; lane < TChunk.Width; lane++)
            {
                tangent.Block[(i * TChunk.Width) + lane] = i == 2 ? 0.0 : 0.5 * (lane + 1) * (i + 1);
            }
        }

        return new Dual<IEnumerable<double>, object>(Values, tangent);
    }

    private static void AssertSame<TChunk>(Dual<TChunk> expected, Dual<TChunk> actual, string what)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Assert.AreEqual(BitConverter.DoubleToInt64Bits(expected.Value), BitConverter.DoubleToInt64Bits(actual.Value), what + ": value");
        for (int lane = 0; lane < TChunk.Width; lane++)
        {
            Assert.AreEqual(BitConverter.DoubleToInt64Bits(expected.Partials[lane]), BitConverter.DoubleToInt64Bits(actual.Partials[lane]), $"{what}: lane {lane}");
        }
    }

    private static Func<double, double> MethodGroup(string name) =>
        (typeof(Math).GetMethod(name, [typeof(double)]) ?? typeof(double).GetMethod(name, BindingFlags.Public | BindingFlags.Static, [typeof(double)])!)
            .CreateDelegate<Func<double, double>>();

    private static double Squared(double v) => v * v;
}
