namespace Mooncake.Perf.Allocations;

/// <summary>What BenchmarkDotNet's MemoryDiagnoser measured for one benchmark.</summary>
/// <param name="Column">
/// Its Allocated column, bytes per call. BenchmarkDotNet 0.14 does not recognise .NET 10 and then
/// shows 0 for an iteration whose total is at most one allocation quantum (8 KB), and otherwise
/// includes its own bytes in the total: the column alone is no verdict for slow calls.
/// </param>
/// <param name="Total">The bytes allocated process-wide over the iteration it measured allocations in, its own included.</param>
/// <param name="Calls">The calls in that iteration.</param>
public readonly record struct BenchmarkAllocation(long? Column, long Total, long Calls)
{
    /// <summary>The bytes per call once <paramref name="own"/>, BenchmarkDotNet's own bytes in such an iteration, are taken off, rounded to the byte as its column is.</summary>
    public long PerCallLess(long own) => (long)Math.Round((double)(Total - own) / Calls, MidpointRounding.ToEven);

    /// <summary>
    /// Whether the iteration's total is that of <see cref="Calls"/> calls of <paramref name="perCall"/>
    /// bytes, plus <paramref name="own"/>, to within <paramref name="resolution"/> bytes. BenchmarkDotNet's
    /// own bytes are not the same in every iteration (a few kilobytes either way of the empty
    /// benchmark's, and a one-time allocation of the process can land in any iteration), so over
    /// the few calls of a slow row its per-call figure is only good to tens of bytes.
    /// </summary>
    public bool Agrees(long perCall, long own, long resolution) => Math.Abs(Total - own - (perCall * Calls)) <= resolution;
}
