using QLNet;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// A third-party quantitative-finance library differentiated as it is: QLNet 1.13.2's Black and
/// Bachelier formulas (the Greeks a user would take by differentiation), the SABR volatility
/// approximation, implied volatility by NewtonSafe, a flat yield curve's discount factors and
/// zero rates (its dates, day counter and compounding), its normal distributions, quadrature of
/// closures, Brent root finding through its abstract <c>ISolver1d</c>, adaptive Runge-Kutta,
/// cubic splines over <c>List&lt;double&gt;</c>, statistics, least-squares regression and its
/// dense <c>Matrix</c>. QLNet keeps its numbers in lists, classes with virtual calls and
/// option-type enums, where MathNet keeps them in arrays. Every point is inside one smooth branch
/// (away from at-the-money and zero-volatility special cases, and from interpolation knots). Its
/// Its observable handles (so its pricing engines) are refused (see
/// <see cref="ThirdPartyRefusalTests"/>).
/// </summary>
public sealed class QLNetCorpus : ICorpusFamily
{
    private static readonly Date Today = new(8, Month.December, 2026);
    private static readonly List<double> Knots = [0.0, 0.7, 1.5, 2.2, 3.0];

    public static IEnumerable<CorpusCase> Cases() =>
    [
        // Option pricing: the price's gradient is delta, vega, rho and the strike sensitivity.
        CorpusCase.Gradient(BlackFormulaCall, [95.0, 102.0, 0.25, 0.97]),
        CorpusCase.Gradient(BachelierCall, [1.1, 1.3, 0.4, 0.98]),
        CorpusCase.Gradient(BlackCalculatorPut, [105.0, 101.0, 0.3, 0.95]),
        CorpusCase.Gradient(SabrVolatility, [3.5, 3.0, 0.04, 0.5, 0.45, -0.3]),
        CorpusCase.Derivative(ImpliedStdDevOfAnActivePrice, 3.1),

        // Term structures: a flat curve's discount factors and its compounded zero rate.
        CorpusCase.Gradient(FlatCurveDiscount, [0.031, 2.5], x => [-x[1] * Math.Exp(-x[0] * x[1]), -x[0] * Math.Exp(-x[0] * x[1])]),
        CorpusCase.Gradient(SemiannualZeroRate, [0.031, 2.5]),

        // Distributions.
        CorpusCase.Derivative(CumulativeNormal, 0.6, x => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI)),
        CorpusCase.Derivative(CumulativeNormal, -2.4, x => Math.Exp(-x * x / 2) / Math.Sqrt(2 * Math.PI), name: "CumulativeNormal at -2.4"),
        CorpusCase.Derivative(InverseCumulativeNormal, 0.3),
        CorpusCase.Derivative(InverseCumulativeNormal, 0.96, name: "InverseCumulativeNormal at 0.96"),
        CorpusCase.Gradient(BivariateNormal, [0.3, -0.4, 0.35]),
        CorpusCase.Derivative(LogGamma, 3.7),

        // Quadrature, root finding and an ODE over closures of the input.
        CorpusCase.Gradient(SimpsonOfAClosure, [0.7, 1.3]),
        CorpusCase.Gradient(GaussKronrodOfAClosure, [0.7, 1.3]),
        CorpusCase.Derivative(CubeRootByBrent, 2.5, x => 1 / (3 * Math.Cbrt(x * x))),
        CorpusCase.Gradient(AdaptiveRungeKuttaDecay, [1.3, 0.7], x => [Math.Exp(-x[1]), -x[0] * Math.Exp(-x[1])]),

        // Splines, statistics, regression and linear algebra over the input.
        CorpusCase.Gradient(NaturalCubicSpline, [0.3, 1.1, 0.7, 2.0, 1.6]),
        CorpusCase.Gradient(LinearSpline, [0.3, 1.1, 0.7, 2.0, 1.6]),
        CorpusCase.Gradient(StatisticsMoments, [0.4, 1.9, -0.3, 2.6, 1.1, 0.8]),
        CorpusCase.Gradient(QuadraticRegression, [0.1, 1.2, 3.9, 9.1, 16.2, 24.8]),
        CorpusCase.Gradient(InverseEntry, [2.0, 0.3, 0.1, 0.4, 1.5, 0.2, 0.1, 0.3, 3.0]),
        CorpusCase.Gradient(SingularValues, [2.0, 0.3, 0.1, 0.4, 1.5, 0.2, 0.1, 0.3, 3.0]),
        CorpusCase.Gradient(CholeskyEntries, [2.0, 0.3, 0.1, 0.4, 1.5, 0.2, 0.1, 0.3, 3.0]),
    ];

    /// <summary>A call on a forward: strike, forward, standard deviation, discount.</summary>
    public static double BlackFormulaCall(double[] p) => Utils.blackFormula(Option.Type.Call, p[0], p[1], p[2], p[3], 0.0);

    /// <summary>exp(-r t) of a flat, continuously compounded curve (Actual/365 from a fixed reference date).</summary>
    public static double FlatCurveDiscount(double[] p) => new FlatForward(Today, p[0], new Actual365Fixed()).discount(p[1], false);

    /// <summary>The flat curve's rate re-expressed semiannually compounded at time t.</summary>
    public static double SemiannualZeroRate(double[] p) =>
        new FlatForward(Today, p[0], new Actual365Fixed()).zeroRate(p[1], Compounding.Compounded, Frequency.Semiannual, false).rate();

    public static double BachelierCall(double[] p) => Utils.bachelierBlackFormula(Option.Type.Call, p[0], p[1], p[2], p[3]);

    /// <summary>
    /// Hagan's SABR implied volatility in strike, forward (both in percent, so that the finite
    /// differences' steps stay small beside them) and the model's alpha, beta, nu, rho.
    /// </summary>
    public static double SabrVolatility(double[] p) =>
        Utils.sabrVolatility(p[0] / 100, p[1] / 100, 2.0, p[2], p[3], p[4], p[5], SabrApproximationModel.Hagan2002);

    /// <summary>
    /// The implied standard deviation of an out-of-the-money call's price, which the price moves:
    /// NewtonSafe converges by Newton steps here, whose last step carries the implicit derivative.
    /// (In the money, with strike 100, QLNet solves for the put by put-call parity, and from the
    /// guess 0.2 NewtonSafe reaches that root by 45 bisections: the result is then a step function
    /// of the price, and its derivative, exactly what the rule gives, is not the implicit one.)
    /// </summary>
    public static double ImpliedStdDevOfAnActivePrice(double price) =>
        Utils.blackFormulaImpliedStdDev(Option.Type.Call, 106.0, 103.0, price, 0.98, 0.0, 0.2, 1e-14, 200);

    public static double CumulativeNormal(double x) => new CumulativeNormalDistribution().value(x);

    // Acklam's rational approximation (relative error about 1e-9), so no exact formula: its
    // derivative is the approximation's, which the finite differences see.
    public static double InverseCumulativeNormal(double p) => new InverseCumulativeNormal().value(p);

    /// <summary>The bivariate normal in both points and the correlation (an active constructor argument).</summary>
    public static double BivariateNormal(double[] p) => new BivariateCumulativeNormalDistributionDr78(p[2]).value(p[0], p[1]);

    public static double LogGamma(double x) => GammaFunction.logValue(x);

    /// <summary>∫ from 0 to b of a·sin(a·t) + t²: the closure and the bound both active.</summary>
    public static double SimpsonOfAClosure(double[] p) => new SimpsonIntegral(1e-10, 20).value(t => (p[0] * Math.Sin(p[0] * t)) + (t * t), 0, p[1]);

    public static double GaussKronrodOfAClosure(double[] p) => new GaussKronrodAdaptive(1e-12, 1000).value(t => Math.Exp(-p[0] * t * t), 0, p[1]);

    public static double CubeRootByBrent(double a) => new Brent().solve(new CubeResidual(a), 1e-15, 1.0, 0.5);

    /// <summary>y' = -k·y from y(0) = y0 to t = 1, adaptively stepped.</summary>
    public static double AdaptiveRungeKuttaDecay(double[] p) => new AdaptiveRungeKutta(1e-12, 1e-3, 0.0).value((t, y) => -p[1] * y, p[0], 0, 1);

    public static double NaturalCubicSpline(double[] y)
    {
        var spline = new CubicInterpolation(Knots, Knots.Count, [.. y], CubicInterpolation.DerivativeApprox.Spline, false,
            CubicInterpolation.BoundaryCondition.SecondDerivative, 0.0, CubicInterpolation.BoundaryCondition.SecondDerivative, 0.0);
        return spline.value(1.1, false) + spline.value(2.6, false);
    }

    public static double LinearSpline(double[] y)
    {
        var line = new LinearInterpolation(Knots, Knots.Count, [.. y]);
        return line.value(1.1, false) + line.value(2.6, false);
    }

    public static double StatisticsMoments(double[] x)
    {
        var statistics = new GeneralStatistics();
        statistics.addSequence([.. x]);
        return statistics.mean() + statistics.variance() + statistics.skewness();
    }

    /// <summary>Least squares on 1, t, t² through QLNet's SVD.</summary>
    public static double QuadraticRegression(double[] y)
    {
        List<double> t = [0.0, 1.0, 2.0, 3.0, 4.0, 5.0];
        // An initialiser, not a collection expression: [f, g, h] fills the list through a
        // Span<Func<double, double>>, which the compiler refuses (only spans of numbers carry tangents).
        var basis = new List<Func<double, double>> { _ => 1.0, s => s, s => s * s };
        Vector c = new LinearLeastSquaresRegression(t, [.. y], basis).coefficients();
        return c[0] + (2 * c[1]) + (3 * c[2]);
    }

    public static double InverseEntry(double[] x) => Matrix.inverse(Square(x))[0, 1] + Matrix.inverse(Square(x))[2, 2];

    public static double SingularValues(double[] x)
    {
        Vector s = new SVD(Square(x)).singularValues();
        return s[0] + (2 * s[1]) + (3 * s[2]);
    }

    /// <summary>The Cholesky factor of AᵀA + I (positive definite).</summary>
    public static double CholeskyEntries(double[] x)
    {
        Matrix a = Square(x);
        Matrix l = MatrixUtilities.CholeskyDecomposition((Matrix.transpose(a) * a) + Identity(), false);
        return l[1, 0] + l[2, 1] + l[2, 2];
    }

    private static Matrix Square(double[] x)
    {
        var m = new Matrix(3, 3);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                m[i, j] = x[(3 * j) + i];
            }
        }

        return m;
    }

    private static Matrix Identity()
    {
        var m = new Matrix(3, 3, 0.0);
        for (int i = 0; i < 3; i++)
        {
            m[i, i] = 1.0;
        }

        return m;
    }

    /// <summary>t³ - a, the residual QLNet's solvers take as a subclass.</summary>
    private sealed class CubeResidual(double a) : ISolver1d
    {
        public override double value(double t) => (t * t * t) - a;
    }


    /// <summary>BlackCalculator dispatches on its payoff through an acyclic visitor that calls MethodBase.Invoke (differentiated through the resolved method).</summary>
    public static double BlackCalculatorPut(double[] p) =>
        new BlackCalculator(new PlainVanillaPayoff(Option.Type.Put, p[0]), p[1], p[2], p[3]).value();
}

[TestClass] public sealed class QLNetCorpusTests : CorpusTests<QLNetCorpus>;
