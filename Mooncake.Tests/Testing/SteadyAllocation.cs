namespace Mooncake.Tests.Testing;

/// <summary>
/// Bytes a call allocates on the calling thread in steady state: the fewest per call over several
/// windows of calls. One-time lazy allocations (a wait handle created the first time a parallel
/// plan's caller has to block, on a loaded machine) land in one window; anything allocated per
/// call shows in every window.
/// </summary>
internal static class SteadyAllocation
{
    /// <summary>The fewest bytes per call of <paramref name="call"/> over <paramref name="windows"/> windows of <paramref name="calls"/> calls.</summary>
    public static long PerCall(Action call, int calls = 20, int windows = 4)
    {
        long fewest = long.MaxValue;
        for (int w = 0; w < windows; w++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < calls; i++)
            {
                call();
            }

            fewest = Math.Min(fewest, (GC.GetAllocatedBytesForCurrentThread() - before) / calls);
        }

        return fewest;
    }
}
