using Mooncake.Perf.Suite.Shapes;
using Mooncake.Perf.Suite.ThirdParty;

namespace Mooncake.Perf.Suite;

/// <summary>
/// A table of the suite printed after the main table and the parallel passes, with columns of
/// its own: its rows (built, checked and measured interleaved as the main rows are), the check
/// they go through before timing, and how the measured rows print.
/// </summary>
/// <param name="Name">The table's name: an <c>--only</c> filter that it contains selects every row (a filter a row's name contains selects that row).</param>
/// <param name="Rows">The rows, each built when called.</param>
/// <param name="Check">The agreement check before timing (<see cref="SuiteCheck.Run"/> or the table's own).</param>
/// <param name="ToMarkdown">The table's Markdown section from its measured rows.</param>
public sealed record SuiteSection(
    string Name,
    Func<IEnumerable<Func<SuiteWorkload>>> Rows,
    Func<SuiteWorkload, (SuiteWorkload Row, IReadOnlyList<string> Lines, bool Agree)> Check,
    Func<IReadOnlyList<SuiteResult>, string> ToMarkdown)
{
    /// <summary>The tables after the main one, in print order.</summary>
    public static IReadOnlyList<SuiteSection> All { get; } =
    [
        new(MlpShapes.Name, MlpShapes.Rows, SuiteCheck.Run, ShapesTable.ToMarkdown),
        new(ThirdPartyWorkloads.Name, ThirdPartyWorkloads.Rows, ThirdPartyCheck.Run, ThirdPartyTable.ToMarkdown),
        new(ThirdPartyJacobians.Name, ThirdPartyJacobians.Rows, ThirdPartyJacobians.Check, ThirdPartyJacobians.ToMarkdown),
    ];

    /// <summary>Whether <paramref name="only"/> (the <c>--only</c> filter, null for none) selects every row of this table.</summary>
    public bool SelectsAll(string? only) => only is null || Name.Contains(only, StringComparison.OrdinalIgnoreCase);
}
