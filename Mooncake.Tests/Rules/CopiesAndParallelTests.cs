using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules;

/// <summary>
/// What the corpus cannot say about block copies and parallel loops: a parallel loop's
/// derivatives equal the sequential loop's bit for bit (the iterations write disjoint elements,
/// each with the same arithmetic); a byte copy that reinterprets values carrying derivatives is
/// refused with a message that names it, after the primal ran as it does; reinterpreting values
/// whose tangents are zero is not refused.
/// </summary>
[TestClass]
public sealed class CopiesAndParallelTests
{
    [TestMethod]
    [DataRow(1)]
    [DataRow(3)]
    [DataRow(8)]
    public void AParallelLoopGivesTheSequentialLoopsDerivativesBitForBit(int chunk)
    {
        double[] x = CorpusCase.Point(53, -1, 1);
        double[] parallel = Forward.Gradient(ParallelCorpus.ForOverElements, x, chunk);
        double[] sequential = Forward.Gradient(SequentialForOverElements, x, chunk);
        for (int i = 0; i < x.Length; i++)
        {
            Expect.Same(sequential[i], parallel[i], $"partial {i} at chunk {chunk}");
        }
    }

    [TestMethod]
    public void AParallelLoopRunsItsIterationsConcurrently()
    {
        // Iteration 0 waits for iteration 1 to start: a loop run one iteration after another
        // would wait out the timeout, a parallel one (the primal's, and so the derived) does not.
        double Meeting(double[] x)
        {
            using var second = new ManualResetEventSlim();
            var met = new bool[1];
            var y = new double[x.Length];
            Parallel.For(0, 2, i =>
            {
                if (i == 0)
                {
                    met[0] = second.Wait(TimeSpan.FromSeconds(20));
                }
                else
                {
                    second.Set();
                }

                y[i] = x[i] * x[i];
            });
            return met[0] ? y[0] + y[1] : double.NaN;
        }

        double[] gradient = Forward.Gradient(Meeting, [0.5, 1.5]);
        Assert.AreEqual(1.0, gradient[0], "iteration 0 met iteration 1 while it ran");
        Assert.AreEqual(3.0, gradient[1]);
    }

    [TestMethod]
    public void ABlockCopyThatReinterpretsDerivativesIsRefused()
    {
        NotSupportedException e = Assert.ThrowsExactly<NotSupportedException>(() => Forward.Gradient(DoublesAsFloats, [0.5, 1.5]));
        StringAssert.Contains(e.Message, "Buffer.BlockCopy");
        StringAssert.Contains(e.Message, "reinterprets values that carry derivatives");
    }

    [TestMethod]
    public void ABlockCopyOfBytesOfConstantsIsNotRefused()
    {
        double[] gradient = Forward.Gradient(x => ConstantBitsIntoFloats() * x[0], [2.0]);
        Assert.AreEqual(ConstantBitsIntoFloats(), gradient[0]);
    }

    private static double SequentialForOverElements(double[] x)
    {
        var y = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = Math.Exp(x[i]) * x[(i + 1) % x.Length];
        }

        return y.Sum();
    }

    private static double DoublesAsFloats(double[] x)
    {
        var doubles = new[] { x[0] * x[1], x[1] };
        var floats = new float[4];
        Buffer.BlockCopy(doubles, 0, floats, 0, 16);
        return floats[1];
    }

    private static double ConstantBitsIntoFloats()
    {
        var doubles = new[] { 1.25, 2.5 };
        var floats = new float[4];
        Buffer.BlockCopy(doubles, 0, floats, 0, 16);
        return floats[1];
    }
}
