using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules;

/// <summary>
/// The rule convention for spans and references: the registered rules of <see cref="SpanKernels"/>
/// run (the kernels are not lifted instead), the expected signatures name the span and reference
/// duals, and a constant span written with derivatives is handled without losing them.
/// </summary>
[TestClass]
public sealed class SpanRuleConventionTests
{
    private static readonly double[] Table = [1.0, 2.0, 3.0];

    [TestMethod]
    public void ExpectedParametersNameTheSpanAndReferenceDuals()
    {
        ChunkWidth width = ChunkWidth.Resolve(4);
        Type[] dot = RuleSignature.ExpectedParameters(typeof(SpanKernels).GetMethod(nameof(SpanKernels.Dot))!, width);
        Assert.AreEqual(typeof(ReadOnlyDualSpan<,>).MakeGenericType(typeof(double), width.DoubleChunk), dot[0]);
        Type[] axpy = RuleSignature.ExpectedParameters(typeof(SpanKernels).GetMethod(nameof(SpanKernels.Axpy))!, width);
        Assert.AreEqual(typeof(DualSpan<,>).MakeGenericType(typeof(double), width.DoubleChunk), axpy[2]);
        Type[] accumulate = RuleSignature.ExpectedParameters(typeof(SpanKernels).GetMethod(nameof(SpanKernels.Accumulate))!, width);
        Assert.AreEqual(typeof(DualRef<,>).MakeGenericType(typeof(double), width.DoubleChunk), accumulate[0]);
    }

    [TestMethod]
    public void TheRegisteredRulesRun()
    {
        _ = SpanRulesCorpus.Cases().ToList();
        int before = Volatile.Read(ref SpanKernelRules.Calls);
        double[] gradient = Forward.Gradient(SpanRulesCorpus.AccumulateThroughReferences, [0.3, -0.2, 0.8, 0.1]);
        Assert.AreEqual(4, gradient.Length);
        Assert.IsGreaterThan(before, Volatile.Read(ref SpanKernelRules.Calls));
    }

    [TestMethod]
    public void ASpanOverATableWrittenWithDerivativesKeepsThem()
    {
        _ = SpanRulesCorpus.Cases().ToList();
        double[] saved = [.. Table];
        try
        {
            static double F(double[] x)
            {
                var local = (double[])Table.Clone();
                SpanKernels.Axpy(x[0], x, local);
                return local[0] * local[1] + local[2];
            }

            double[] x = [0.5, -0.25, 0.75];
            double[] gradient = Forward.Gradient(F, x);
            double[] fd = FiniteDifferences.Gradient(F, x);
            for (int i = 0; i < x.Length; i++)
            {
                Expect.Close(fd[i], gradient[i], Expect.DerivativeTolerance, $"gradient[{i}]");
            }
        }
        finally
        {
            CollectionAssert.AreEqual(saved, Table);
        }
    }
}
