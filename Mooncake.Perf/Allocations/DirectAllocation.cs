namespace Mooncake.Perf.Allocations;

/// <summary>
/// The bytes a call allocates per call in steady state, read straight from the runtime's
/// counters: process-wide (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, precise, so every
/// thread's allocation context is counted, the parallel plans' pool workers included) and on the
/// calling thread alone (<see cref="GC.GetAllocatedBytesForCurrentThread"/>). A cross-check of
/// BenchmarkDotNet's column, which is the process-wide counter around one long iteration.
/// </summary>
public static class DirectAllocation
{
    /// <summary>
    /// The fewest bytes per call over <paramref name="windows"/> windows of
    /// <paramref name="calls"/> calls each, after <paramref name="calls"/> warm-up calls: a
    /// one-time allocation (a pool thread started, a wait handle created lazily) lands in one
    /// window, anything allocated per call shows in every one.
    /// </summary>
    public static (double Process, double Thread) PerCall(Action call, int calls, int windows)
    {
        for (int i = 0; i < calls; i++)
        {
            call();
        }

        double process = double.MaxValue, thread = double.MaxValue;
        for (int w = 0; w < windows; w++)
        {
            long processBefore = GC.GetTotalAllocatedBytes(precise: true);
            long threadBefore = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < calls; i++)
            {
                call();
            }

            long threadAfter = GC.GetAllocatedBytesForCurrentThread();
            long processAfter = GC.GetTotalAllocatedBytes(precise: true);
            process = Math.Min(process, (double)(processAfter - processBefore) / calls);
            thread = Math.Min(thread, (double)(threadAfter - threadBefore) / calls);
        }

        return (process, thread);
    }
}
