using System.Reflection;
using System.Text.RegularExpressions;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Builder;

/// <summary>
/// Which sine/cosine calls of <see cref="SinCosCorpus"/> the builder fuses into one
/// <c>SinCos</c>, read from the IL it emits (through the debug path's listing): the corpus checks
/// that every case is right, these check that the provable ones are fused and the others not.
/// </summary>
[TestClass]
public sealed partial class SinCosFusionTests
{
    [TestMethod]
    [DataRow(nameof(SinCosCorpus.SameElement), 1, 0, 0)]
    [DataRow(nameof(SinCosCorpus.SinCosExp), 1, 0, 0)]
    [DataRow(nameof(SinCosCorpus.SameLocal), 1, 0, 0)]
    [DataRow(nameof(SinCosCorpus.CosBeforeSin), 1, 0, 0)]
    [DataRow(nameof(SinCosCorpus.MixedSpellings), 1, 0, 0)]
    [DataRow(nameof(SinCosCorpus.RepeatedCalls), 2, 0, 1)]
    [DataRow(nameof(SinCosCorpus.ElementWrittenBetween), 0, 1, 1)]
    [DataRow(nameof(SinCosCorpus.LocalReassignedBetween), 0, 1, 1)]
    [DataRow(nameof(SinCosCorpus.WrittenThroughAddress), 0, 1, 1)]
    [DataRow(nameof(SinCosCorpus.CallWritesBetween), 0, 1, 1)]
    [DataRow(nameof(SinCosCorpus.AcrossLoopIterations), 0, 1, 1)]
    [DataRow(nameof(SinCosCorpus.SinCosFloat), 1, 0, 0)]
    [DataRow(nameof(SinCosCorpus.CosSinFloatElement), 1, 0, 0)]
    public void ProvablyEqualArgumentsShareOneSinCos(string name, int sinCos, int sin, int cos)
    {
        MethodInfo method = typeof(SinCosCorpus).GetMethod(name)!;
        CheckCalls(method.IsGenericMethodDefinition ? method.MakeGenericMethod(typeof(double)) : method, sinCos, sin, cos);
    }

    [TestMethod]
    public void GenericMathCallsAreFusedToo() =>
        CheckCalls(typeof(SinCosCorpus).GetMethod(nameof(SinCosCorpus.GenericSinCos))!.MakeGenericMethod(typeof(double)), 1, 0, 0);

    [TestMethod]
    public void ArgumentsFromDifferentBlocksAreNotFused()
    {
        // Value numbering is per block: the cosine after the branch is not paired with the sine before it.
        CheckCalls(typeof(SinCosFusionTests).GetMethod(nameof(SinThenBranchThenCos))!, 0, 1, 1);
    }

    [TestMethod]
    public void InactiveArgumentsRunThePrimalCalls()
    {
        // Nothing to fuse: without a tangent the calls are Math.Sin and Math.Cos themselves.
        CheckCalls(typeof(SinCosFusionTests).GetMethod(nameof(ConstantArgument))!, 0, 0, 0);
    }

    public static double SinThenBranchThenCos(double x)
    {
        double s = Math.Sin(x);
        if (s > 2)
        {
            s = 0;
        }

        return s * Math.Cos(x);
    }

    public static double ConstantArgument(double x) => x * Math.Sin(0.5) * Math.Cos(0.5);

    // Builds the rule through the debug path (which also verifies its IL) and counts, in the IL
    // emitted for the method itself, the calls of DualMath.SinCos and of the sine and cosine rules.
    private static void CheckCalls(MethodInfo method, int sinCos, int sin, int cos)
    {
        string path = Path.Combine(Path.GetTempPath(), $"mooncake-sincos-{Guid.NewGuid():N}.dll");
        try
        {
            string listing = RuleDebugger.Save(method, ChunkWidth.Resolve(8), path);
            string emitted = listing.Split("-- emitted:")[1].Split("====")[0];
            Assert.AreEqual(sinCos, SinCosCall().Count(emitted), $"{method.Name}: SinCos calls in\n{emitted}");
            Assert.AreEqual(sin, SinRuleCall().Count(emitted), $"{method.Name}: sine rule calls in\n{emitted}");
            Assert.AreEqual(cos, CosRuleCall().Count(emitted), $"{method.Name}: cosine rule calls in\n{emitted}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The rules themselves, or their memoised forms (PrimalMemo), which a method with a double sine or cosine calls.
    [GeneratedRegex(@"call .*(DualMath`3\[.*\]::SinCos|MemoisedRules::SinCos<\w+>)\(")]
    private static partial Regex SinCosCall();

    [GeneratedRegex(@"call .*(TrigonometricRules::Sin<\w+>|MemoisedRules::Apply<\w+, Sin>)\(")]
    private static partial Regex SinRuleCall();

    [GeneratedRegex(@"call .*(TrigonometricRules::Cos<\w+>|MemoisedRules::Apply<\w+, Cos>)\(")]
    private static partial Regex CosRuleCall();
}
