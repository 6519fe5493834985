using System.Reflection;
using System.Runtime.Loader;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.Builder;

[TestClass]
public sealed class RuleDebuggerTests
{
    private static readonly double Offset = 0.5;

    public static double Outer(double x)
    {
        double s = 0;
        for (int i = 0; i < 3; i++)
        {
            s += Inner(x * i);
        }

        return s + Math.Sin(x);
    }

    [TestMethod]
    public void SavedRulesLoadListAndComputeWhatTheInMemoryRulesCompute()
    {
        string path = Path.Combine(Path.GetTempPath(), $"mooncake-rules-{Guid.NewGuid():N}.dll");
        try
        {
            string listing = Forward.SaveRule(Outer, 4, path);
            Assert.IsTrue(File.Exists(path));
            StringAssert.Contains(listing, "==== Mooncake.Tests.Builder.RuleDebuggerTests.Outer");
            StringAssert.Contains(listing, "==== Mooncake.Tests.Builder.RuleDebuggerTests.Inner");
            StringAssert.Contains(listing, "Mooncake.Rules.Builder.MemoisedRules::Apply<Chunk4, Sin>", "a callee with a registered rule calls it, in its memoised form");
            StringAssert.Contains(listing, "active: arg0");
            StringAssert.Contains(listing, "-- emitted:");

            // The saved rule of Inner reads a private static field: the assembly's access attribute must work.
            var context = new AssemblyLoadContext("saved rules", isCollectible: true);
            try
            {
                MethodInfo inner = context.LoadFromAssemblyPath(path).GetType("DerivedRules")!.GetMethods().Single(m => m.Name.Contains("Inner", StringComparison.Ordinal));
                object?[] arguments = [2.0, Chunk4.Broadcast(1.0), null];
                Assert.AreEqual(4.5, (double)inner.Invoke(null, arguments)!);
                Assert.AreEqual(Chunk4.Broadcast(4.0), arguments[2]);
            }
            finally
            {
                context.Unload();
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void RulesOverTangentClassesAreSavedAndListedAsNotVerified()
    {
        // The closure's tangent and the model's are classes emitted in memory, which the saved
        // assembly refers to by name and no load context can load: listed, not verified, no failure.
        var model = new DebuggedModel { Scale = 2.0 };
        Func<double[], double> f = x => model.Evaluate(x);
        string path = Path.Combine(Path.GetTempPath(), $"mooncake-rules-{Guid.NewGuid():N}.dll");
        try
        {
            string listing = Forward.SaveRule(f, 4, path);
            Assert.IsTrue(File.Exists(path));
            StringAssert.Contains(listing, "DebuggedModel.Evaluate");
            StringAssert.Contains(listing, "saved, not verified");
            StringAssert.Contains(listing, "Mooncake.Tangents.Emitted");
            StringAssert.Contains(listing, "active: arg0", "the lifted method is still described");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void DescribeMarksTheActiveVariables()
    {
        string text = RuleDebugger.Describe(typeof(RuleDebuggerTests).GetMethod(nameof(Outer))!);
        StringAssert.Contains(text, "call Double System.Math::Sin(Double)");
        StringAssert.Contains(text, "active: arg0");
    }

    // Not inlined into Outer's rule (the compiler inlines small static callees, but honours
    // NoInlining), so that the saved assembly holds a rule of its own for it.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static double Inner(double y) => (y * y) + Offset;
}

/// <summary>A class whose tangent is emitted in memory (it has a field that carries derivatives).</summary>
public sealed class DebuggedModel
{
    public double Scale;

    public double Evaluate(double[] x)
    {
        var scaled = new DebuggedModel { Scale = Scale * x[0] };
        return scaled.Scale * x[1];
    }
}
