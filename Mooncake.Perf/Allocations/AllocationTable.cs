using System.Globalization;
using System.Text;

namespace Mooncake.Perf.Allocations;

/// <summary>
/// The verdict on issue 5's allocation requirement: per call, the bytes per call BenchmarkDotNet's
/// MemoryDiagnoser measured (its own bytes taken off, and its column as printed), the direct
/// process-wide and calling-thread readings, the bytes the call may allocate (made of the
/// reference rows measured in the same run) and ok / FAIL; then the reference rows against the
/// sizes their layouts give.
/// </summary>
public sealed class AllocationTable
{
    private readonly IReadOnlyList<AllocationCase> _calls;
    private readonly IReadOnlyList<AllocationReference> _references;
    private readonly IReadOnlyDictionary<string, BenchmarkAllocation> _benchmarkDotNet;
    private readonly IReadOnlyDictionary<string, (double Process, double Thread)> _direct;
    private readonly long? _own;
    private readonly long _resolution;

    /// <param name="calls">The calls.</param>
    /// <param name="references">The reference rows.</param>
    /// <param name="benchmarkDotNet">BenchmarkDotNet's measurements by benchmark method (methods it did not measure are absent).</param>
    /// <param name="empty">The benchmark method that calls nothing, whose total is BenchmarkDotNet's own bytes per iteration.</param>
    /// <param name="resolution">How far from the expectation, in bytes over its whole iteration, BenchmarkDotNet's total may be (see <see cref="BenchmarkAllocation.Agrees"/>).</param>
    /// <param name="direct">The direct readings by benchmark method.</param>
    public AllocationTable(
        IReadOnlyList<AllocationCase> calls,
        IReadOnlyList<AllocationReference> references,
        IReadOnlyDictionary<string, BenchmarkAllocation> benchmarkDotNet,
        string empty,
        long resolution,
        IReadOnlyDictionary<string, (double Process, double Thread)> direct)
    {
        _resolution = resolution;
        _calls = calls;
        _references = references;
        _benchmarkDotNet = benchmarkDotNet;
        _own = benchmarkDotNet.TryGetValue(empty, out BenchmarkAllocation nothing) ? nothing.Total : null;
        _direct = direct;
    }

    /// <summary>Whether every call allocates what it may, by both measurements.</summary>
    public bool RequirementsHold => _calls.All(c => Failure(c) is null);

    /// <summary>The table as Markdown, under the heading <paramref name="title"/>.</summary>
    public string ToMarkdown(string title)
    {
        var text = new StringBuilder();
        text.Append("## ").AppendLine(title).AppendLine();
        text.AppendLine("Bytes allocated per call in steady state. Issue 5: prepared plans allocate nothing per call; the high-level calls allocate only their result. "
            + "Expected: 0 B for a plan or a call that returns no object; otherwise the result, measured as a reference row in the same run (below), "
            + "plus, for a function that itself returns a new array, what each pass of its derived rule must allocate: that array and its tangent. "
            + "A row is ok when the direct process-wide reading equals the expectation and BenchmarkDotNet's agrees with it to within its resolution (±).");
        text.AppendLine();
        text.AppendLine("| call | function | allocated per call (BDN) | BDN column as printed | process-wide (direct) | calling thread (direct) | expected | verdict |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---|---|");
        foreach (AllocationCase call in _calls)
        {
            (double process, double thread) = Direct(call.Method);
            string? failure = Failure(call);
            text.AppendLine(CultureInfo.InvariantCulture, $"| {call.Call} | {call.Function} | {BenchmarkDotNetBytes(call.Method)} | {Bytes(Column(call.Method))} | {Reading(process)} | {Reading(thread)} | {ExpectationText(call)} | {failure ?? "ok"} |");
        }

        text.AppendLine();
        text.AppendLine("Reference rows: each allocation alone, measured in the same run; the expectations above are made of these measurements. "
            + "Layout: the size 64-bit .NET's object layout gives (an array: 8 header, 8 method table, 4 length, 4 padding; a rank-2 array then a length and a lower bound per dimension; then the elements).");
        text.AppendLine();
        text.AppendLine("| reference | allocated (BDN) | process-wide (direct) | layout | layout agrees |");
        text.AppendLine("|---|---:|---:|---|---|");
        foreach (AllocationReference reference in _references)
        {
            long? measured = Measured(reference.Method);
            string agrees = measured is null ? "not measured" : measured == reference.LayoutBytes ? "yes" : $"no ({measured - reference.LayoutBytes:+#;-#} B)";
            text.AppendLine(CultureInfo.InvariantCulture, $"| {reference.Allocates} | {Bytes(measured)} | {Reading(Direct(reference.Method).Process)} | {reference.Layout} | {agrees} |");
        }

        text.AppendLine();
        text.AppendLine($"How it is measured. BDN: BenchmarkDotNet's MemoryDiagnoser, whose 0.14 build for .NET 8 and later reads `GC.GetTotalAllocatedBytes(precise: true)`, "
            + "process-wide, before and after one extra iteration of the benchmark, so the parallel plans' pool workers are counted. That total includes BenchmarkDotNet's own bytes "
            + $"({Bytes(_own)} here: the total of a benchmark that calls nothing), which \"allocated per call (BDN)\" takes off before dividing by the iteration's calls. "
            + $"Those own bytes move by a few kilobytes between iterations, and a one-time allocation of the process can land in any iteration, so the total is good to {Bytes(_resolution)} "
            + "(one allocation quantum), shown as ± per call: over the few calls of a slow row, tens of bytes. "
            + "Its column as printed keeps its own bytes, and shows 0 where the total is at most one allocation quantum, because BenchmarkDotNet 0.14 does not recognise .NET 10. "
            + "Direct: the same calls outside BenchmarkDotNet, the fewest bytes per call over several windows of calls after warm-up, process-wide (`GC.GetTotalAllocatedBytes(precise: true)`) "
            + "and on the calling thread (`GC.GetAllocatedBytesForCurrentThread`); the verdict rounds the process-wide reading down to the byte, since other threads' stray bytes "
            + "(a fraction of a byte per call) can only add and an allocation made on every call adds at least 24.");
        return text.ToString();
    }

    // Null when the call allocates what it may; otherwise why not.
    private string? Failure(AllocationCase call)
    {
        long? expected = Expected(call);
        if (expected is not long bytes || _own is not long own || !_benchmarkDotNet.TryGetValue(call.Method, out BenchmarkAllocation measured) || !_direct.ContainsKey(call.Method))
        {
            return "FAIL (not measured)";
        }

        // Rounded down: other threads' stray bytes, less than one per call, can only add, and
        // an allocation made on every call adds at least 24.
        double process = Math.Floor(Direct(call.Method).Process);
        if (process != bytes)
        {
            return $"FAIL ({process - bytes:+#,0;-#,0} B)";
        }

        return measured.Agrees(bytes, own, _resolution) ? null : $"FAIL (BDN {measured.PerCallLess(own) - bytes:+#,0;-#,0} B)";
    }

    // The sum of the expectation's reference rows as measured, or null if one was not measured.
    private long? Expected(AllocationCase call)
    {
        long total = 0;
        foreach (ExpectedPart part in call.Expected)
        {
            if (Measured(part.Reference) is not long bytes)
            {
                return null;
            }

            total += part.Count * bytes;
        }

        return total;
    }

    private string ExpectationText(AllocationCase call)
    {
        if (call.Expected.Count == 0)
        {
            return "0 B";
        }

        IEnumerable<string> parts = call.Expected.Select(part =>
        {
            string name = _references.Single(r => r.Method == part.Reference).Allocates;
            return part.Count == 1 ? name : $"{part.Count} × {name}";
        });
        return $"{Bytes(Expected(call))}: {string.Join(" + ", parts)}";
    }

    // BenchmarkDotNet's bytes per call without its own, or null if the call or the empty benchmark was not measured.
    private long? Measured(string method) =>
        _own is long own && _benchmarkDotNet.TryGetValue(method, out BenchmarkAllocation measured) ? measured.PerCallLess(own) : null;

    // The bytes per call, with the resolution of BenchmarkDotNet's total over its calls where that is a byte or more.
    private string BenchmarkDotNetBytes(string method)
    {
        if (Measured(method) is not long bytes)
        {
            return "—";
        }

        long resolution = _resolution / _benchmarkDotNet[method].Calls;
        return resolution == 0 ? Bytes(bytes) : $"{Bytes(bytes)} ± {resolution:#,0}";
    }

    private long? Column(string method) => _benchmarkDotNet.TryGetValue(method, out BenchmarkAllocation measured) ? measured.Column : null;

    private (double Process, double Thread) Direct(string method) => _direct.GetValueOrDefault(method, (double.NaN, double.NaN));

    private static string Bytes(long? bytes) => bytes is long b ? b.ToString("#,0", CultureInfo.InvariantCulture) + " B" : "—";

    private static string Reading(double bytes) => double.IsNaN(bytes) ? "—" : bytes.ToString("#,0.#", CultureInfo.InvariantCulture) + " B";
}
