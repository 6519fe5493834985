using System.Runtime;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Reports;
using Mooncake.Perf.Commands;

namespace Mooncake.Perf.Allocations;

/// <summary>
/// The allocation requirement of issue 5: runs <see cref="AllocationBenchmarks"/> through
/// BenchmarkDotNet with its MemoryDiagnoser (the short or quick job of the other benchmark
/// commands), measures the same calls directly (<see cref="DirectAllocation"/>), prints the
/// verdict table and writes it to <see cref="DefaultOutput"/>. Exits 1 if a call allocates other
/// than it may or a benchmark failed.
/// </summary>
public static class AllocationsCommand
{
    /// <summary>The output folder, relative to the working directory.</summary>
    public const string DefaultOutput = "artifacts/allocations";

    private const string TableFileName = "allocations.md";

    // Calls per window and windows of the direct measurement.
    private const int Calls = 400, Windows = 6, QuickCalls = 100, QuickWindows = 4;

    /// <summary>Runs the command; returns the process exit code.</summary>
    public static int Run(string[] args)
    {
        (bool quick, string[] switcherArgs) = BenchmarkRun.Parse(args);
        List<Summary> summaries = BenchmarkRun.Run([typeof(AllocationBenchmarks)], switcherArgs, quick);
        var measured = new Dictionary<string, BenchmarkAllocation>();
        foreach (BenchmarkReport report in summaries.SelectMany(s => s.Reports))
        {
            if (report.Success && report.GcStats.GetTotalAllocatedBytes(excludeAllocationQuantumSideEffects: false) is long total && report.GcStats.TotalOperations > 0)
            {
                measured[report.BenchmarkCase.Descriptor.WorkloadMethod.Name] = new BenchmarkAllocation(
                    report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase), total, report.GcStats.TotalOperations);
            }
        }

        (int calls, int windows) = quick ? (QuickCalls, QuickWindows) : (Calls, Windows);
        Console.WriteLine($"Direct measurement: {windows} windows of {calls} calls per row...");
        var benchmarks = new AllocationBenchmarks();
        benchmarks.Setup();
        IReadOnlyList<AllocationCase> cases = AllocationCases.Calls(benchmarks);
        IReadOnlyList<AllocationReference> references = AllocationCases.References(benchmarks);
        var direct = new Dictionary<string, (double Process, double Thread)>();
        foreach ((string method, Action run) in cases.Select(c => (c.Method, c.Run)).Concat(references.Select(r => (r.Method, r.Run))))
        {
            direct[method] = DirectAllocation.PerCall(run, calls, windows);
        }

        var table = new AllocationTable(cases, references, measured, nameof(AllocationBenchmarks.Empty), GcStats.AllocationQuantum, direct);
        string gc = GCSettings.IsServerGC ? "server GC" : "workstation GC";
        string title = $"Allocations per call ({(quick ? "--quick, " : "")}{Environment.ProcessorCount} processors, {gc}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription})";
        string markdown = table.ToMarkdown(title);
        Directory.CreateDirectory(DefaultOutput);
        string path = Path.Combine(DefaultOutput, TableFileName);
        File.WriteAllText(path, markdown);
        Console.WriteLine();
        Console.WriteLine(markdown);
        Console.WriteLine($"Written to {Path.GetFullPath(path)}");
        Console.WriteLine(table.RequirementsHold ? "Every call allocates only what it may." : "Some call allocates more or less than it may (FAIL rows above).");
        return table.RequirementsHold ? BenchmarkRun.ExitCode(summaries) : 1;
    }
}
