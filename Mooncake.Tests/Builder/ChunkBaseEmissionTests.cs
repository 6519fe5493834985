using System.Reflection;
using System.Text.RegularExpressions;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Builder;

/// <summary>
/// Element tangents of an array argument or local are addressed from a reference to its chunk
/// block kept in a local (<c>EmitHelpers.ChunkBase</c> where the variable is set, then
/// <c>Unsafe.Add</c> per access), not by loading the block out of the tangent object at each access
/// (<c>EmitHelpers.ChunkRef</c>). Read from the emitted IL; and the two emissions give bit-identical
/// gradients: each function here has a twin whose array variables have their address taken, which
/// keeps the per-access load.
/// </summary>
[TestClass]
public sealed partial class ChunkBaseEmissionTests
{
    // bases, loads: at least that many block references set and per-access loads, none if 0 (the
    // counts differ between Debug and Release IL). Loads remain for accesses whose array is not an
    // argument or local read in the same block (rows[i][j]; a collection expression's elements,
    // stored into a dup of the new array), or is one whose address is taken, or was stored between
    // its read and the access.
    [TestMethod]
    [DataRow(typeof(ArrayVariablesCorpus), nameof(ArrayVariablesCorpus.Rosenbrock), 1, 0)]
    [DataRow(typeof(ArrayVariablesCorpus), nameof(ArrayVariablesCorpus.SwappedInLoop), 3, 0)]
    [DataRow(typeof(ArrayVariablesCorpus), nameof(ArrayVariablesCorpus.AliasedWritesAndReads), 3, 0)]
    [DataRow(typeof(ArrayVariablesCorpus), nameof(ArrayVariablesCorpus.JaggedRowLocal), 2, 9)]
    [DataRow(typeof(ArrayVariablesCorpus), nameof(ArrayVariablesCorpus.StoreBetweenReadAndIndex), 3, 1)]
    [DataRow(typeof(ArrayVariablesCorpus), nameof(ArrayVariablesCorpus.AddressTaken), 1, 4)]
    [DataRow(typeof(ChunkBaseEmissionTests), nameof(RosenbrockLoadingBlocks), 0, 4)]
    [DataRow(typeof(ChunkBaseEmissionTests), nameof(SwappedInLoopLoadingBlocks), 0, 7)]
    public void ElementAccessesUseCachedBlockReferences(Type type, string name, int bases, int loads)
    {
        string emitted = Emitted(type.GetMethod(name)!);
        int loaded = ChunkRef().Count(emitted), set = ChunkBase().Count(emitted);
        string counts = $"{name}: {loaded} per-access block loads, {set} block references set in\n{emitted}";
        Assert.IsTrue(loads == 0 ? loaded == 0 : loaded >= loads, counts);
        Assert.IsTrue(bases == 0 ? set == 0 : set >= bases, counts);
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    [DataRow(8)]
    [DataRow(16)]
    public void CachedAndPerAccessBlocksGiveIdenticalGradients(int width)
    {
        var random = new Random(11);
        double[] x = [.. Enumerable.Range(0, 37).Select(_ => (random.NextDouble() * 4) - 2)];
        (Func<double[], double> Cached, Func<double[], double> Loading)[] pairs =
        [
            (ArrayVariablesCorpus.Rosenbrock, RosenbrockLoadingBlocks),
            (ArrayVariablesCorpus.SwappedInLoop, SwappedInLoopLoadingBlocks),
            (ArrayVariablesCorpus.JaggedRowLocal, JaggedRowLocalLoadingBlocks),
        ];
        foreach ((Func<double[], double> cached, Func<double[], double> loading) in pairs)
        {
            double[] expected = Forward.Gradient(loading, (double[])x.Clone(), width);
            double[] actual = Forward.Gradient(cached, (double[])x.Clone(), width);
            CollectionAssert.AreEqual(
                expected.Select(BitConverter.DoubleToInt64Bits).ToArray(),
                actual.Select(BitConverter.DoubleToInt64Bits).ToArray(),
                $"{cached.Method.Name} at width {width}");
        }
    }

    /// <summary><see cref="ArrayVariablesCorpus.Rosenbrock"/> with the argument's address taken.</summary>
    public static double RosenbrockLoadingBlocks(double[] x)
    {
        Keep(ref x);
        double s = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            double a = 1 - x[i], b = x[i + 1] - x[i] * x[i];
            s += a * a + 100 * b * b;
        }

        return s;
    }

    /// <summary><see cref="ArrayVariablesCorpus.SwappedInLoop"/> with every array variable's address taken.</summary>
    public static double SwappedInLoopLoadingBlocks(double[] x)
    {
        Keep(ref x);
        double[] a = new double[x.Length], b = new double[x.Length];
        Keep(ref a);
        Keep(ref b);
        for (int i = 0; i < a.Length; i++)
        {
            a[i] = x[i];
        }

        for (int k = 0; k < 3; k++)
        {
            for (int i = 0; i < a.Length; i++)
            {
                b[i] = (a[i] * x[(i + k) % x.Length]) + (0.5 * a[(i + 1) % a.Length]);
            }

            (a, b) = (b, a);
        }

        double s = 0;
        for (int i = 0; i < a.Length; i++)
        {
            s += a[i] - (0.25 * b[i]);
        }

        return s;
    }

    /// <summary><see cref="ArrayVariablesCorpus.JaggedRowLocal"/> with the row variable's address taken.</summary>
    public static double JaggedRowLocalLoadingBlocks(double[] x)
    {
        double[][] rows = [[x[0], x[1]], [x[2], x[3], x[4]], [x[5]]];
        double s = 0;
        for (int i = 0; i < rows.Length; i++)
        {
            double[] row = rows[i];
            Keep(ref row);
            for (int j = 0; j < row.Length; j++)
            {
                s += row[j] * row[(j + 1) % row.Length];
            }

            row[0] = s;
        }

        return s + (rows[0][0] * rows[2][0]) + rows[1][2];
    }

    private static void Keep(ref double[] array)
    {
    }

    // The emitted IL of method's own rule at width 8 (the saved assembly also holds its callees').
    private static string Emitted(MethodInfo method)
    {
        string path = Path.Combine(Path.GetTempPath(), $"mooncake-chunkbase-{Guid.NewGuid():N}.dll");
        try
        {
            return RuleDebugger.Save(method, ChunkWidth.Resolve(8), path).Split("-- emitted:")[1].Split("====")[0];
        }
        finally
        {
            File.Delete(path);
        }
    }

    [GeneratedRegex(@"EmitHelpers::ChunkRef\b")]
    private static partial Regex ChunkRef();

    [GeneratedRegex(@"EmitHelpers::ChunkBase\b")]
    private static partial Regex ChunkBase();
}
