using System.Diagnostics;
using System.Globalization;
using System.Runtime;

namespace Mooncake.Perf.FirstCall;

/// <summary>
/// What one fresh process measured for a case: the wall times of the first primal call and of the
/// first and second derivative calls, and the JIT's share of the first derivative call (time
/// compiling, methods compiled, from <see cref="JitInfo"/>, process-wide, so the emitted rules'
/// DynamicMethods are counted). Travels from the child to the parent as one line of text.
/// </summary>
/// <param name="PrimalMs">The first primal call, milliseconds.</param>
/// <param name="FirstMs">The first derivative call.</param>
/// <param name="SecondMs">The second derivative call (rules cached).</param>
/// <param name="JitMs">Time the JIT spent compiling during the first derivative call.</param>
/// <param name="JitMethods">Methods the JIT compiled during the first derivative call.</param>
public sealed record FirstCallReading(double PrimalMs, double FirstMs, double SecondMs, double JitMs, long JitMethods)
{
    /// <summary>The prefix of the line the child prints.</summary>
    public const string Prefix = "firstcall-reading";

    /// <summary>Runs <paramref name="case"/> in this process, which must not have run it (or anything that builds its rules) before.</summary>
    public static FirstCallReading Measure(FirstCallCase @case)
    {
        long start = Stopwatch.GetTimestamp();
        double primal = @case.Primal();
        double primalMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;

        TimeSpan jitBefore = JitInfo.GetCompilationTime();
        long methodsBefore = JitInfo.GetCompiledMethodCount();
        start = Stopwatch.GetTimestamp();
        double first = @case.Derivative();
        double firstMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        double jitMs = (JitInfo.GetCompilationTime() - jitBefore).TotalMilliseconds;
        long jitMethods = JitInfo.GetCompiledMethodCount() - methodsBefore;

        start = Stopwatch.GetTimestamp();
        double second = @case.Derivative();
        double secondMs = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (!double.IsFinite(primal) || !double.IsFinite(first) || first != second)
        {
            throw new InvalidOperationException($"{@case.Name}: primal {primal}, derivative {first} then {second}: expected finite and repeatable results.");
        }

        return new FirstCallReading(primalMs, firstMs, secondMs, jitMs, jitMethods);
    }

    /// <summary>The line the child prints.</summary>
    public string ToLine() => string.Create(CultureInfo.InvariantCulture, $"{Prefix} {PrimalMs:R} {FirstMs:R} {SecondMs:R} {JitMs:R} {JitMethods}");

    /// <summary>The reading in a line of the child's output, if it has one.</summary>
    public static FirstCallReading? Parse(string line)
    {
        string[] parts = line.Trim().Split(' ');
        if (parts is not [Prefix, _, _, _, _, _])
        {
            return null;
        }

        double At(int i) => double.Parse(parts[i], CultureInfo.InvariantCulture);
        return new FirstCallReading(At(1), At(2), At(3), At(4), long.Parse(parts[5], CultureInfo.InvariantCulture));
    }
}
