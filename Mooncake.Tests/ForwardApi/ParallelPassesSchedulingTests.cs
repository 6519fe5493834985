using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// The scheduler under the parallel plans (<see cref="ParallelPasses"/>): in every run each pass
/// runs exactly once and no two threads use one worker's workspace at once, whether a worker is
/// handed the run while lingering, starts late through the thread pool, or has its start taken
/// back because the caller ran every pass before it woke; an exception reaches the caller and
/// the next run still works.
/// </summary>
[TestClass]
public sealed class ParallelPassesSchedulingTests
{
    [TestMethod]
    [DataRow(0)]
    [DataRow(1)]
    public void EveryPassRunsOnceAndWorkspacesAreNeverShared(int lingerMilliseconds)
    {
        const int Workers = 3;
        var busy = new int[Workers];
        int[] counts = new int[64];
        int overlaps = 0;
        var passes = new ParallelPasses(Workers, (worker, start, end) =>
        {
            if (Interlocked.Exchange(ref busy[worker], 1) != 0)
            {
                Interlocked.Increment(ref overlaps);
            }

            for (int pass = start; pass < end; pass++)
            {
                Interlocked.Increment(ref counts[pass]);
            }

            Volatile.Write(ref busy[worker], 0);
        }, TimeSpan.FromMilliseconds(lingerMilliseconds));

        // Tiny runs (the caller usually finishes before a pool thread wakes, so starts are taken
        // back) mixed with larger ones, back to back and with pauses longer than the linger.
        for (int run = 0; run < 3000; run++)
        {
            int n = 1 + (run % 64);
            Array.Clear(counts);
            passes.Run(n);
            for (int pass = 0; pass < counts.Length; pass++)
            {
                Assert.AreEqual(pass < n ? 1 : 0, counts[pass], $"run {run} of {n} passes, pass {pass}");
            }

            if (run % 500 == 499)
            {
                Thread.Sleep(3);
            }
        }

        Assert.AreEqual(0, overlaps, "a worker's workspace used by two threads at once");
    }

    [TestMethod]
    public void AFailingPassReachesTheCallerAndTheNextRunWorks()
    {
        int calls = 0;
        var passes = new ParallelPasses(2, (worker, start, end) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                throw new InvalidOperationException("thrown by a pass");
            }
        }, TimeSpan.FromMilliseconds(1));

        Assert.ThrowsExactly<InvalidOperationException>(() => passes.Run(40));
        int before = Volatile.Read(ref calls);
        passes.Run(40);
        Assert.IsTrue(Volatile.Read(ref calls) > before, "the next run ran its passes");
    }
}
