namespace Mooncake.Tests.Testing;

/// <summary>
/// Checks that the high-level <c>Forward</c> calls, which reuse the thread's last plan, give what
/// a first call gives whatever came before on the thread.
/// </summary>
internal static class PlanReuse
{
    /// <summary>
    /// Makes each call once on a fresh thread (a first call, on a new plan), then all of them on
    /// this thread, in order and each twice in a row, three times over, asserting every time the
    /// first call's result bit for bit. Calls for other functions, shapes, chunks or parallel flags
    /// in between make the thread's plan change hands back and forth.
    /// </summary>
    public static void AssertInterleavedCallsAgree(params (string Name, Func<double[,]> Call)[] calls)
    {
        double[][,] first = [.. calls.Select(c => FreshThread.Run(c.Call))];
        for (int round = 0; round < 3; round++)
        {
            for (int k = 0; k < calls.Length; k++)
            {
                SameBits.Assert(first[k], calls[k].Call(), $"{calls[k].Name}, round {round}");
                SameBits.Assert(first[k], calls[k].Call(), $"{calls[k].Name}, round {round}, repeated");
            }
        }
    }
}
