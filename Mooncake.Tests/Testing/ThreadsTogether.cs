namespace Mooncake.Tests.Testing;

/// <summary>Runs a body on several threads released together, for the tests of concurrent calls.</summary>
internal static class ThreadsTogether
{
    /// <summary>
    /// Runs <c>body(t)</c> on <paramref name="threads"/> new threads, t = 0, 1, ..., released
    /// together by a barrier once all have started, and waits for all of them; fails with every
    /// thread's exception if any threw.
    /// </summary>
    public static void Run(int threads, Action<int> body)
    {
        var failures = new Exception?[threads];
        using var start = new Barrier(threads);
        Thread[] started = [.. Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            try
            {
                start.SignalAndWait();
                body(t);
            }
            catch (Exception e)
            {
                failures[t] = e;
            }
        }))];

        foreach (Thread thread in started)
        {
            thread.Start();
        }

        foreach (Thread thread in started)
        {
            thread.Join();
        }

        Assert.IsTrue(failures.All(e => e is null), string.Join("\n", failures.Where(e => e is not null)));
    }
}
