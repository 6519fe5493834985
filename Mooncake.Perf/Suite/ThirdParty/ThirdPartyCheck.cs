using System.Globalization;
using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Suite.ThirdParty;

/// <summary>
/// Before timing a third-party row: the derived rule's values against the plain function's, and
/// its derivatives against central differences, each compared on its own (normwise over the
/// derivatives alone, so that a wrong derivative cannot hide behind large values, as lnΓ's near 40
/// would in <see cref="SuiteCheck"/>'s comparison of values and derivatives together). A derived
/// cell that disagrees is not timed.
/// </summary>
public static class ThirdPartyCheck
{
    /// <summary>The row with a disagreeing derived cell replaced by its error, one line per comparison, and whether both agreed.</summary>
    public static (SuiteWorkload Row, IReadOnlyList<string> Lines, bool Agree) Run(SuiteWorkload row)
    {
        SuiteMethod? derived = row.Cell(SuiteColumn.Derived1), differences = row.Cell(SuiteColumn.FiniteDifferences);
        if (derived is not { Runs: true } || differences is not { Runs: true })
        {
            return (row, [$"--   {row.Name}: no derived rule to check"], true);
        }

        // Both outputs are the values at every point, then the derivatives.
        double[] ad = derived.Output!(), reference = differences.Output!();
        int points = reference.Length / 2;
        double valueDifference = BuilderResultCheck.Difference(reference[..points], ad[..points]);
        double derivativeDifference = BuilderResultCheck.Difference(reference[points..], ad[points..]);
        bool valuesAgree = valueDifference <= BuilderResultCheck.Tolerance, derivativesAgree = derivativeDifference <= SuiteCheck.FiniteDifferenceTolerance;
        string[] lines =
        [
            Line(valuesAgree, row.Name, $"derived values vs the plain function ({points} points)", valueDifference, BuilderResultCheck.Tolerance),
            Line(derivativesAgree, row.Name, $"derived derivatives vs central differences ({points} points)", derivativeDifference, SuiteCheck.FiniteDifferenceTolerance),
        ];
        if (valuesAgree && derivativesAgree)
        {
            return (row, lines, true);
        }

        string what = valuesAgree ? "derivatives disagree with central differences" : "values disagree with the plain function";
        double shown = valuesAgree ? derivativeDifference : valueDifference;
        return (row.With(new SuiteMethod(SuiteColumn.Derived1, null, null, $"{what} (difference {shown.ToString("E1", CultureInfo.InvariantCulture)})")), lines, false);
    }

    private static string Line(bool ok, string row, string what, double difference, double tolerance) =>
        string.Create(CultureInfo.InvariantCulture, $"{(ok ? "ok  " : "FAIL")} {row}: {what}: normwise difference {difference:E1} (at most {tolerance:E0})");
}
