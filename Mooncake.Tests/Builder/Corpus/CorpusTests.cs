namespace Mooncake.Tests.Builder.Corpus;

/// <summary>A family of corpus cases: one file of plain C# functions of one kind of IL shape.</summary>
public interface ICorpusFamily
{
    /// <summary>The family's cases.</summary>
    static abstract IEnumerable<CorpusCase> Cases();
}

/// <summary>
/// Every case of a family at every width of <see cref="CorpusCase.Widths"/>. The test project is
/// built and run in Debug and in Release, so each case's function is differentiated as both
/// compilers' IL.
/// </summary>
/// <typeparam name="TFamily">The family.</typeparam>
public abstract class CorpusTests<TFamily>
    where TFamily : ICorpusFamily
{
    private static readonly Lazy<Dictionary<string, CorpusCase>> ByName = new(() => TFamily.Cases().ToDictionary(c => c.Name));

    public static IEnumerable<object[]> Runs =>
        from name in ByName.Value.Keys from width in CorpusCase.Widths select new object[] { name, width };

    [TestMethod]
    [DynamicData(nameof(Runs))]
    public void DerivativesMatchFiniteDifferences(string name, int width) => ByName.Value[name].Check(width);
}

// One test class per family, so that the families run in parallel (and build their rules concurrently).
[TestClass] public sealed class ControlFlowCorpusTests : CorpusTests<ControlFlowCorpus>;
[TestClass] public sealed class RecursionCorpusTests : CorpusTests<RecursionCorpus>;
[TestClass] public sealed class StructsCorpusTests : CorpusTests<StructsCorpus>;
[TestClass] public sealed class ClassesCorpusTests : CorpusTests<ClassesCorpus>;
[TestClass] public sealed class ArraysCorpusTests : CorpusTests<ArraysCorpus>;
[TestClass] public sealed class SpansCorpusTests : CorpusTests<SpansCorpus>;
[TestClass] public sealed class ClosuresCorpusTests : CorpusTests<ClosuresCorpus>;
[TestClass] public sealed class LinqCorpusTests : CorpusTests<LinqCorpus>;
[TestClass] public sealed class GenericMathCorpusTests : CorpusTests<GenericMathCorpus>;
[TestClass] public sealed class ExceptionsCorpusTests : CorpusTests<ExceptionsCorpus>;
[TestClass] public sealed class FloatCorpusTests : CorpusTests<FloatCorpus>;
[TestClass] public sealed class StraightLineCorpusTests : CorpusTests<StraightLineCorpus>;
[TestClass] public sealed class SinCosCorpusTests : CorpusTests<SinCosCorpus>;
[TestClass] public sealed class MemoCorpusTests : CorpusTests<MemoCorpus>;
[TestClass] public sealed class ArrayVariablesCorpusTests : CorpusTests<ArrayVariablesCorpus>;
[TestClass] public sealed class ExtremeRangeCorpusTests : CorpusTests<ExtremeRangeCorpus>;
[TestClass] public sealed class CopiesCorpusTests : CorpusTests<CopiesCorpus>;
[TestClass] public sealed class ParallelCorpusTests : CorpusTests<ParallelCorpus>;
[TestClass] public sealed class MemoryCorpusTests : CorpusTests<MemoryCorpus>;
[TestClass] public sealed class StaticShadowsCorpusTests : CorpusTests<StaticShadowsCorpus>;
[TestClass] public sealed class NullableCorpusTests : CorpusTests<NullableCorpus>;
[TestClass] public sealed class MathNetLinearAlgebraCorpusTests : CorpusTests<MathNetLinearAlgebraCorpus>;
[TestClass] public sealed class SpanRulesCorpusTests : CorpusTests<SpanRulesCorpus>;
