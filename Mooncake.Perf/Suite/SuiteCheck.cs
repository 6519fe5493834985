using System.Globalization;
using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Suite;

/// <summary>
/// Before timing: runs every implementation of a row once and compares what it computed with the
/// derived rule's result, as <see cref="BuilderResultCheck"/> does for the builder benchmarks.
/// Implementations that share directions are compared on what they share (the width-1 pass's
/// one direction is the width-8 pass's first). Dual implementations must agree to
/// <see cref="BuilderResultCheck.Tolerance"/>; central differences to <see cref="FiniteDifferenceTolerance"/>.
/// A cell that disagrees is not timed and shows as disagreeing.
/// </summary>
public static class SuiteCheck
{
    /// <summary>
    /// The largest normwise relative difference accepted from central differences: their
    /// truncation error is about <c>h² f'''/(6 f')</c> with <c>h ≈ 6e-6</c>, around 1e-6 for
    /// <c>x^400</c>, and their rounding error <c>ε f / h</c> is about 1e-11 relative to f.
    /// </summary>
    public const double FiniteDifferenceTolerance = 1e-5;

    // The derived column the others are compared with, the first that runs.
    private static readonly string[] ReferenceOrder = [SuiteColumn.Derived8, SuiteColumn.Derived1, SuiteColumn.Derived16];

    /// <summary>The row with its disagreeing cells replaced by errors, one line per comparison, and whether everything agreed.</summary>
    public static (SuiteWorkload Row, IReadOnlyList<string> Lines, bool Agree) Run(SuiteWorkload row)
    {
        var lines = new List<string>();
        Dictionary<string, double[]> outputs = row.Methods.Where(m => m.Runs).ToDictionary(m => m.Column, m => m.Output!());
        string? referenceColumn = ReferenceOrder.FirstOrDefault(outputs.ContainsKey);
        if (referenceColumn is null)
        {
            lines.Add($"--   {row.Name}: no derived rule to check");
            return (row, lines, true);
        }

        bool agree = true;
        double[] reference = outputs[referenceColumn];
        foreach ((string column, double[] output) in outputs.Where(o => o.Key != referenceColumn))
        {
            int shared = Math.Min(reference.Length, output.Length);
            double difference = BuilderResultCheck.Difference(reference[..shared], output[..shared]);
            double tolerance = column == SuiteColumn.FiniteDifferences ? FiniteDifferenceTolerance : BuilderResultCheck.Tolerance;
            bool ok = difference <= tolerance;
            string shown = difference.ToString("E1", CultureInfo.InvariantCulture);
            lines.Add($"{(ok ? "ok  " : "FAIL")} {row.Name}: {column} vs {referenceColumn} ({shared} numbers): normwise difference {shown} (at most {tolerance:E0})");
            if (!ok)
            {
                agree = false;
                row = row.With(new SuiteMethod(column, null, null, $"disagrees with {referenceColumn} (difference {shown})"));
            }
        }

        return (row, lines, agree);
    }
}
