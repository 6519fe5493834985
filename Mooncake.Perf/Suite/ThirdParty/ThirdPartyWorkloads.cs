using Mooncake.Perf.Builder;
using Mooncake.Rules;

namespace Mooncake.Perf.Suite.ThirdParty;

/// <summary>
/// The rows of the third-party table (issue 14): a MathNet.Numerics function's value and
/// derivative at <see cref="Points"/> points through a prepared <see cref="DerivativePlan"/>, all
/// points in one <see cref="DerivativePlan.ValuesAndDerivatives"/> call (as the scalar chain row),
/// against the function called directly at the same points in a loop, with central differences
/// as the check and as the cost of a derivative without AD.
/// </summary>
public static class ThirdPartyWorkloads
{
    /// <summary>The table's name, which <c>--only</c> matches.</summary>
    public const string Name = "third-party";

    /// <summary>The points per call.</summary>
    public const int Points = 256;

    /// <summary>The target for later: derivative time / primal time at most this on every row.</summary>
    public const double Target = 2.5;

    /// <summary>The rows, each built when called.</summary>
    public static IEnumerable<Func<SuiteWorkload>> Rows()
    {
        yield return Row<ErfFunction>;
        yield return Row<GammaLnFunction>;
        yield return Row<BetaRegularizedFunction>;
        yield return Row<NormalCdfFunction>;
        yield return Row<StudentTCdfFunction>;
        yield return Row<GaussLegendreFunction>;
        yield return Row<BesselIFunction>;
        yield return Row<BesselI0Function>;
        yield return Row<ErfInvFunction>;
        yield return Row<GammaLowerRegularizedFunction>;
        yield return Row<BrentRootFunction>;
    }

    /// <summary>The points of <typeparamref name="TFunction"/>: fixed-seed uniform draws over its interval, so that branches on x are as unpredictable for the primal as for the derivative.</summary>
    public static double[] PointsOf<TFunction>()
        where TFunction : IThirdPartyFunction
    {
        double[] t = BuilderInputs.Uniform(Points, 20);
        for (int j = 0; j < t.Length; j++)
        {
            t[j] = TFunction.Low + ((TFunction.High - TFunction.Low) * (t[j] + 1) / 2);
        }

        return t;
    }

    private static SuiteWorkload Row<TFunction>()
        where TFunction : IThirdPartyFunction
    {
        Func<double, double> f = TFunction.Function;
        double[] t = PointsOf<TFunction>();
        double[] primalValues = new double[t.Length];
        var methods = new List<SuiteMethod>
        {
            SuiteMethod.Try(SuiteColumn.Derived1, () =>
            {
                // Prepared outside the timed region (builds the rule now, so a refusal lands in this cell).
                DerivativePlan plan = Forward.PrepareDerivative(f);
                double[] values = new double[t.Length], derivatives = new double[t.Length];
                return SuiteMethod.Of(
                    SuiteColumn.Derived1,
                    () =>
                    {
                        plan.ValuesAndDerivatives(t, values, derivatives);
                        return values[^1];
                    },
                    () =>
                    {
                        Array.Fill(values, double.NaN);
                        Array.Fill(derivatives, double.NaN);
                        plan.ValuesAndDerivatives(t, values, derivatives);
                        return [.. values, .. derivatives];
                    });
            }),
        };

        double[] differenceValues = new double[t.Length], differences = new double[t.Length];
        methods.Add(SuiteMethod.Of(
            SuiteColumn.FiniteDifferences,
            () => CentralDifferences.AtPoints(f, t, differenceValues, differences),
            () => { CentralDifferences.AtPoints(f, t, differenceValues, differences); return [.. differenceValues, .. differences]; }));
        string range = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{TFunction.Low}, {TFunction.High}]");
        return new SuiteWorkload(TFunction.Name, $"derivative at {t.Length} points in {range}", 1, () => Primal<TFunction>(t, primalValues), methods);
    }

    // The primal at every point, the library called directly; returns the last value, as the benchmark methods do.
    private static double Primal<TFunction>(double[] t, double[] values)
        where TFunction : IThirdPartyFunction
    {
        for (int j = 0; j < t.Length; j++)
        {
            values[j] = TFunction.Invoke(t[j]);
        }

        return values[^1];
    }
}
