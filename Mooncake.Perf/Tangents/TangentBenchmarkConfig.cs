using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace Mooncake.Perf.Tangents;

/// <summary>The BenchmarkDotNet configuration of the tangent benchmarks.</summary>
public static class TangentBenchmarkConfig
{
    /// <summary>
    /// A short job: 30 benchmarks must finish in a few minutes on a small machine. The in-process
    /// toolchain avoids generating and building a project per run (and works from a clean clone
    /// with nothing but <c>dotnet run</c>); a fixed, small number of short iterations replaces
    /// BenchmarkDotNet's open-ended pilot and warm-up. Overhead evaluation is off: one
    /// invocation runs a 1024-element loop of microseconds, so the call overhead is noise.
    /// </summary>
    /// <param name="quick">An even shorter run, for a first look.</param>
    public static IConfig Create(bool quick)
    {
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 1 : 3)
            .WithIterationCount(quick ? 5 : 11)
            .WithIterationTime(TimeInterval.FromMilliseconds(quick ? 40 : 100))
            .WithEvaluateOverhead(false)
            .WithId(quick ? "Quick" : "Short");

        return DefaultConfig.Instance
            .AddJob(job.AsDefault())
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithOptions(ConfigOptions.JoinSummary);
    }
}
