using Mooncake.Rules.Builder;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Builder.Passes;

/// <summary>
/// Every optimisation of the compiler against the reference level (every optimisation off), on
/// every case of a corpus family at widths 1, 3 and 8, through the <c>Forward</c> API: the passes
/// that compute the same numbers (element operands, chunk bases, sine and cosine pairs, the memo,
/// inlining) give the same bits, each alone and all together; squares and fused sums, which round
/// once where the reference rounds twice, stay within a few roundings of it.
/// </summary>
/// <typeparam name="TFamily">The corpus family.</typeparam>
public abstract class OptimisationTests<TFamily>
    where TFamily : ICorpusFamily
{
    private static readonly Lazy<Dictionary<string, CorpusCase>> ByName = new(() => TFamily.Cases().ToDictionary(c => c.Name));

    private static readonly int[] Widths = [1, 3, 8];

    private static readonly CompilerOptions Rounding = CompilerOptions.Squares | CompilerOptions.FusedSums;

    private static readonly CompilerOptions[] SameBits =
    [
        CompilerOptions.ElementOperands,
        CompilerOptions.ChunkBases,
        CompilerOptions.SinCosPairs,
        CompilerOptions.Memo,
        CompilerOptions.Inlining,
        CompilerOptions.KnownDelegates,
        CompilerOptions.LiteralDivisors,
        CompilerOptions.WrittenDivisions,
        CompilerOptions.All & ~Rounding,
    ];

    private static readonly CompilerOptions[] Rounded = [CompilerOptions.Squares, CompilerOptions.FusedSums, CompilerOptions.All];

    public static IEnumerable<object[]> Cases => ByName.Value.Keys.Select(name => new object[] { name });

    [TestMethod]
    [DynamicData(nameof(Cases))]
    public void EveryOptimisationMatchesTheReference(string name)
    {
        CorpusCase corpusCase = ByName.Value[name];
        foreach (int width in Widths)
        {
            double[] reference = Run(corpusCase, width, CompilerOptions.Reference);
            foreach (CompilerOptions options in SameBits)
            {
                Testing.SameBits.Assert(reference, Run(corpusCase, width, options), $"{name} at width {width} with {options}");
            }

            foreach (CompilerOptions options in Rounded)
            {
                double[] rounded = Run(corpusCase, width, options);
                Assert.HasCount(reference.Length, rounded, $"{name} at width {width} with {options}");
                for (int i = 0; i < reference.Length; i++)
                {
                    if (!(double.IsNaN(reference[i]) && double.IsNaN(rounded[i])))
                    {
                        // A few roundings of the result's own precision (float functions return floats).
                        bool single = (double)(float)reference[i] == reference[i] && (double)(float)rounded[i] == rounded[i];
                        Expect.Close(reference[i], rounded[i], single ? 1e-5 : 1e-11, $"{name} at width {width} with {options}: [{i}]");
                    }
                }
            }
        }
    }

    private static double[] Run(CorpusCase corpusCase, int width, CompilerOptions options)
    {
        using CompilerSettings.Scope scope = CompilerSettings.Use(options);
        return corpusCase.Derivatives(width);
    }
}

// One test class per family, as for the corpus itself.
[TestClass] public sealed class ControlFlowOptimisationTests : OptimisationTests<ControlFlowCorpus>;
[TestClass] public sealed class RecursionOptimisationTests : OptimisationTests<RecursionCorpus>;
[TestClass] public sealed class StructsOptimisationTests : OptimisationTests<StructsCorpus>;
[TestClass] public sealed class ClassesOptimisationTests : OptimisationTests<ClassesCorpus>;
[TestClass] public sealed class ArraysOptimisationTests : OptimisationTests<ArraysCorpus>;
[TestClass] public sealed class SpansOptimisationTests : OptimisationTests<SpansCorpus>;
[TestClass] public sealed class ClosuresOptimisationTests : OptimisationTests<ClosuresCorpus>;
[TestClass] public sealed class LinqOptimisationTests : OptimisationTests<LinqCorpus>;
[TestClass] public sealed class GenericMathOptimisationTests : OptimisationTests<GenericMathCorpus>;
[TestClass] public sealed class ExceptionsOptimisationTests : OptimisationTests<ExceptionsCorpus>;
[TestClass] public sealed class FloatOptimisationTests : OptimisationTests<FloatCorpus>;
[TestClass] public sealed class StraightLineOptimisationTests : OptimisationTests<StraightLineCorpus>;
[TestClass] public sealed class SinCosOptimisationTests : OptimisationTests<SinCosCorpus>;
[TestClass] public sealed class MemoOptimisationTests : OptimisationTests<MemoCorpus>;
[TestClass] public sealed class ArrayVariablesOptimisationTests : OptimisationTests<ArrayVariablesCorpus>;
[TestClass] public sealed class DiffTestsOptimisationTests : OptimisationTests<DiffTestsCorpus>;
[TestClass] public sealed class MathNetOptimisationTests : OptimisationTests<MathNetCorpus>;
[TestClass] public sealed class ExtremeRangeOptimisationTests : OptimisationTests<ExtremeRangeCorpus>;
[TestClass] public sealed class SpecialisationOptimisationTests : OptimisationTests<SpecialisationCorpus>;
[TestClass] public sealed class StaticStateOptimisationTests : OptimisationTests<StaticStateCorpus>;
[TestClass] public sealed class CapturesOptimisationTests : OptimisationTests<CapturesCorpus>;
[TestClass] public sealed class DelegateTargetsOptimisationTests : OptimisationTests<DelegateTargetsCorpus>;
[TestClass] public sealed class CopiesOptimisationTests : OptimisationTests<CopiesCorpus>;
[TestClass] public sealed class ParallelOptimisationTests : OptimisationTests<ParallelCorpus>;
[TestClass] public sealed class MemoryOptimisationTests : OptimisationTests<MemoryCorpus>;
[TestClass] public sealed class MathNetLinearAlgebraOptimisationTests : OptimisationTests<MathNetLinearAlgebraCorpus>;
[TestClass] public sealed class StaticShadowsOptimisationTests : OptimisationTests<StaticShadowsCorpus>;
[TestClass] public sealed class NullableOptimisationTests : OptimisationTests<NullableCorpus>;
