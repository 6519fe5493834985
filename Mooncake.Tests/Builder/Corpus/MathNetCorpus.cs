using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// A third-party library differentiated as it is: MathNet.Numerics 5.0.0's special functions,
/// distributions, quadrature, fitting and statistics, whose IL reads static coefficient tables,
/// calls helpers with constant and active arguments mixed, loops to convergence and branches on
/// its arguments' ranges. Each case stays inside one branch's smooth domain (finite differences
/// step 0.02 away from the point), and is checked against finite differences (and a closed form
/// where there is one).
/// </summary>
/// <remarks>
/// <c>Differentiate.FirstDerivative</c> is in <see cref="NullableCorpus"/>. Linear
/// algebra, fitting, interpolation, root finding and ODE solvers are in
/// <see cref="MathNetLinearAlgebraCorpus"/>.
/// </remarks>
public sealed class MathNetCorpus : ICorpusFamily
{
    private const double TwoOverRootPi = 1.1283791670955126;

    // A small sample with constant data, for likelihoods of active parameters.
    private static readonly double[] Sample = [0.42, -0.17, 1.31, 0.88, -0.64, 0.05, 1.02];
    private static readonly double[] Abscissae = [0.0, 0.5, 1.0, 1.5, 2.0, 2.5];

    public static IEnumerable<CorpusCase> Cases() =>
    [
        // Special functions of one variable.
        CorpusCase.Derivative(SpecialFunctions.Erf, 0.4, x => TwoOverRootPi * Math.Exp(-x * x), name: "Erf at 0.4"),
        CorpusCase.Derivative(SpecialFunctions.Erf, 2.3, x => TwoOverRootPi * Math.Exp(-x * x), name: "Erf at 2.3"),
        CorpusCase.Derivative(SpecialFunctions.Erfc, 0.7, x => -TwoOverRootPi * Math.Exp(-x * x), name: "Erfc at 0.7"),
        CorpusCase.Derivative(SpecialFunctions.Erfc, 3.1, x => -TwoOverRootPi * Math.Exp(-x * x), name: "Erfc at 3.1"),
        CorpusCase.Derivative(SpecialFunctions.ErfInv, 0.3, ErfInvDerivative, name: "ErfInv at 0.3"),
        CorpusCase.Derivative(SpecialFunctions.ErfInv, 0.9, ErfInvDerivative, name: "ErfInv at 0.9"),
        CorpusCase.Derivative(SpecialFunctions.ErfcInv, 0.4, name: "ErfcInv at 0.4"),
        CorpusCase.Derivative(SpecialFunctions.GammaLn, 2.7, SpecialFunctions.DiGamma, name: "GammaLn at 2.7"),
        CorpusCase.Derivative(SpecialFunctions.GammaLn, 0.3, SpecialFunctions.DiGamma, name: "GammaLn at 0.3"),
        CorpusCase.Derivative(SpecialFunctions.Gamma, 3.3, x => SpecialFunctions.Gamma(x) * SpecialFunctions.DiGamma(x), name: "Gamma at 3.3"),
        CorpusCase.Derivative(SpecialFunctions.Gamma, -0.4, x => SpecialFunctions.Gamma(x) * SpecialFunctions.DiGamma(x), name: "Gamma at -0.4"),
        CorpusCase.Derivative(SpecialFunctions.DiGamma, 2.5, name: "DiGamma at 2.5"),
        CorpusCase.Derivative(SpecialFunctions.Logit, 0.3, x => 1 / (x * (1 - x)), name: "Logit at 0.3"),
        CorpusCase.Derivative(SpecialFunctions.Logistic, 0.5, x => SpecialFunctions.Logistic(x) * (1 - SpecialFunctions.Logistic(x)), name: "Logistic at 0.5"),
        CorpusCase.Derivative(ExponentialIntegralOfOrder2, 1.3, x => -SpecialFunctions.ExponentialIntegral(x, 1)),
        CorpusCase.Derivative(GeneralHarmonicOfOrder5, 1.3),
        CorpusCase.Derivative(SpecialFunctions.BesselI0, 1.2, SpecialFunctions.BesselI1, name: "BesselI0 at 1.2"),
        CorpusCase.Derivative(SpecialFunctions.BesselI0, 3.0, SpecialFunctions.BesselI1, name: "BesselI0 at 3.0"),
        CorpusCase.Derivative(SpecialFunctions.BesselI1, 1.2, name: "BesselI1 at 1.2"),
        CorpusCase.Derivative(SpecialFunctions.BesselK0, 1.2, x => -SpecialFunctions.BesselK1(x), name: "BesselK0 at 1.2"),
        CorpusCase.Derivative(BesselJ0, 1.2),

        // The Amos routines (complex Bessel functions): from |x| about 2.8 on, Miller's backward
        // recurrence runs its values near 1e270, where the local derivative of 1 / |p| overflows
        // while the tangent does not (it was NaN for every x >= 2.8).
        CorpusCase.Derivative(BesselIOfOrder0, 0.7, SpecialFunctions.BesselI1, name: "BesselI(0, x) at 0.7"),
        CorpusCase.Derivative(BesselIOfOrder0, 2.9, SpecialFunctions.BesselI1, name: "BesselI(0, x) at 2.9"),
        CorpusCase.Derivative(BesselIOfOrder0, 3.0, SpecialFunctions.BesselI1, name: "BesselI(0, x) at 3.0"),
        CorpusCase.Derivative(BesselIOfOrder0, 10.0, SpecialFunctions.BesselI1, name: "BesselI(0, x) at 10.0"),
        CorpusCase.Derivative(BesselIOfOrder1, 5.0, x => 0.5 * (SpecialFunctions.BesselI(0, x) + SpecialFunctions.BesselI(2, x)), name: "BesselI(1, x) at 5.0"),
        CorpusCase.Derivative(BesselJOfOrder1, 4.0, x => 0.5 * (SpecialFunctions.BesselJ(0, x) - SpecialFunctions.BesselJ(2, x)), name: "BesselJ(1, x) at 4.0"),
        CorpusCase.Derivative(BesselKOfOrder0, 3.0, x => -SpecialFunctions.BesselK(1, x), name: "BesselK(0, x) at 3.0"),
        CorpusCase.Derivative(BetaRegularizedInX, 0.4),
        CorpusCase.Derivative(Trig.Sinc, 0.6, name: "Sinc at 0.6"),
        CorpusCase.Derivative(Trig.Cot, 0.6, x => -1 / (Math.Sin(x) * Math.Sin(x)), name: "Cot at 0.6"),

        // Special functions of several variables.
        CorpusCase.Gradient(Beta, [1.5, 2.5]),
        CorpusCase.Gradient(BetaLn, [1.5, 2.5]),
        CorpusCase.Gradient(BetaRegularized, [2.5, 3.5, 0.4]),
        CorpusCase.Gradient(BetaIncomplete, [2.5, 3.5, 0.4]),
        CorpusCase.Gradient(GammaLowerRegularized, [2.5, 1.7]),
        CorpusCase.Gradient(GammaUpperRegularized, [2.5, 1.7]),
        CorpusCase.Gradient(GammaLowerIncomplete, [2.5, 1.7]),
        CorpusCase.Gradient(GammaLowerRegularizedInv, [2.5, 0.4]),
        CorpusCase.Gradient(Hypotenuse, [0.8, 1.3], x => [x[0] / Math.Sqrt((x[0] * x[0]) + (x[1] * x[1])), x[1] / Math.Sqrt((x[0] * x[0]) + (x[1] * x[1]))]),

        // Distributions (static members, and an instance given its random source).
        CorpusCase.Gradient(NormalCdf, [0.3, 1.4, 0.9]),
        CorpusCase.Gradient(NormalPdf, [0.3, 1.4, 0.9]),
        CorpusCase.Gradient(NormalPdfLn, [0.3, 1.4, 0.9]),
        CorpusCase.Gradient(NormalInvCdf, [0.3, 1.4, 0.35]),
        CorpusCase.Derivative(StandardNormalCdf, 0.6, x => Normal.PDF(0, 1, x)),
        CorpusCase.Gradient(NormalInstanceCdf, [0.3, 1.4, 0.9]),
        CorpusCase.Gradient(NormalInstanceWithTheDefaultSource, [0.3, 1.4, 0.9]),
        CorpusCase.Gradient(GammaInstanceWithTheDefaultSource, [2.5, 1.5, 1.2]),
        CorpusCase.Gradient(StudentTCdf, [0.2, 1.3, 4.5, 0.8]),
        CorpusCase.Derivative(StudentTCdfInX, 0.8, x => StudentT.PDF(0.2, 1.3, 4.5, x)),
        CorpusCase.Gradient(StudentTPdf, [0.2, 1.3, 4.5, 0.8]),
        CorpusCase.Derivative(StudentTInvCdf, 0.8),
        CorpusCase.Gradient(GammaCdf, [2.5, 1.5, 1.2]),
        CorpusCase.Gradient(GammaPdf, [2.5, 1.5, 1.2]),
        CorpusCase.Gradient(LogNormalCdf, [0.2, 0.6, 1.4]),
        CorpusCase.Gradient(LogNormalPdf, [0.2, 0.6, 1.4]),
        CorpusCase.Gradient(BetaCdf, [2.3, 3.4, 0.3]),
        CorpusCase.Gradient(ExponentialCdf, [1.5, 0.7]),
        CorpusCase.Gradient(ChiSquaredCdf, [3.5, 2.2]),
        CorpusCase.Gradient(WeibullCdf, [1.5, 2.0, 1.1]),
        CorpusCase.Gradient(CauchyCdf, [0.1, 1.5, 0.7]),
        CorpusCase.Gradient(LogisticCdf, [0.1, 1.5, 0.7]),
        CorpusCase.Gradient(NormalLogLikelihood, [0.3, 0.8]),
        CorpusCase.Gradient(StudentTLogLikelihood, [0.2, 0.9, 5.5]),
        CorpusCase.Jacobian(SeveralCdfs, [0.4, 0.7, 2.1]),

        // Excel compatibility functions.
        CorpusCase.Derivative(ExcelFunctions.NormSDist, 0.6, x => Normal.PDF(0, 1, x), name: "NORMSDIST at 0.6"),
        CorpusCase.Derivative(ExcelGammaDist, 1.6),
        CorpusCase.Derivative(ExcelTDist, 1.6),

        // Quadrature of closures over the input.
        CorpusCase.Gradient(GaussLegendreOfAClosure, [0.7, 1.3]),
        CorpusCase.Gradient(GaussLegendreToAnActiveBound, [0.7, 1.3], x => [x[1] * x[1] * x[1] / 3, x[0] * x[1] * x[1]]),
        CorpusCase.Derivative(OnClosedInterval, 0.7),
        CorpusCase.Derivative(GaussKronrod, 0.7),
        CorpusCase.Derivative(DoubleExponential, 0.7),

        // Fitting and statistics.
        CorpusCase.Gradient(LineThroughActiveOrdinates, [0.1, 1.3, 1.9, 3.2, 3.8, 5.1]),
        CorpusCase.Gradient(LineThroughActiveAbscissae, [0.0, 1.1, 2.0, 2.9]),
        CorpusCase.Gradient(RSquared, [0.0, 1.0, 2.0, 3.1]),
        CorpusCase.Gradient(MeanAndVariance, [0.0, 1.0, 2.0, 3.1, -0.4]),
        CorpusCase.Gradient(ArrayVariance, [0.0, 1.0, 2.0, 3.1, -0.4]),
        CorpusCase.Gradient(EuclideanDistance, [0.1, 1.0, 2.0]),
    ];

    public static double ErfInvDerivative(double x)
    {
        double y = SpecialFunctions.ErfInv(x);
        return Math.Exp(y * y) / TwoOverRootPi;
    }

    public static double ExponentialIntegralOfOrder2(double x) => SpecialFunctions.ExponentialIntegral(x, 2);

    public static double GeneralHarmonicOfOrder5(double x) => SpecialFunctions.GeneralHarmonic(5, x);

    public static double BesselJ0(double x) => SpecialFunctions.BesselJ(0, x);

    public static double BesselIOfOrder0(double x) => SpecialFunctions.BesselI(0, x);

    public static double BesselIOfOrder1(double x) => SpecialFunctions.BesselI(1, x);

    public static double BesselJOfOrder1(double x) => SpecialFunctions.BesselJ(1, x);

    public static double BesselKOfOrder0(double x) => SpecialFunctions.BesselK(0, x);

    public static double BetaRegularizedInX(double x) => SpecialFunctions.BetaRegularized(2.5, 3.5, x);

    public static double Beta(double[] x) => SpecialFunctions.Beta(x[0], x[1]);

    public static double BetaLn(double[] x) => SpecialFunctions.BetaLn(x[0], x[1]);

    public static double BetaRegularized(double[] x) => SpecialFunctions.BetaRegularized(x[0], x[1], x[2]);

    public static double BetaIncomplete(double[] x) => SpecialFunctions.BetaIncomplete(x[0], x[1], x[2]);

    public static double GammaLowerRegularized(double[] x) => SpecialFunctions.GammaLowerRegularized(x[0], x[1]);

    public static double GammaUpperRegularized(double[] x) => SpecialFunctions.GammaUpperRegularized(x[0], x[1]);

    public static double GammaLowerIncomplete(double[] x) => SpecialFunctions.GammaLowerIncomplete(x[0], x[1]);

    public static double GammaLowerRegularizedInv(double[] x) => SpecialFunctions.GammaLowerRegularizedInv(x[0], x[1]);

    public static double Hypotenuse(double[] x) => SpecialFunctions.Hypotenuse(x[0], x[1]);

    public static double NormalCdf(double[] x) => Normal.CDF(x[0], x[1], x[2]);

    public static double NormalPdf(double[] x) => Normal.PDF(x[0], x[1], x[2]);

    public static double NormalPdfLn(double[] x) => Normal.PDFLn(x[0], x[1], x[2]);

    public static double NormalInvCdf(double[] x) => Normal.InvCDF(x[0], x[1], x[2]);

    public static double StandardNormalCdf(double x) => Normal.CDF(0, 1, x);

    public static double NormalInstanceCdf(double[] x) => new Normal(x[0], x[1], new Random(17)).CumulativeDistribution(x[2]) * x[0];

    /// <summary>A distribution built without a random source: its default <c>SystemRandomSource</c> (a lazily made shared instance) comes along as constant data.</summary>
    public static double NormalInstanceWithTheDefaultSource(double[] x) => new Normal(x[0], x[1]).CumulativeDistribution(x[2]);

    public static double GammaInstanceWithTheDefaultSource(double[] x) => new Gamma(x[0], x[1]).Density(x[2]);

    public static double StudentTCdf(double[] x) => StudentT.CDF(x[0], x[1], x[2], x[3]);

    public static double StudentTCdfInX(double x) => StudentT.CDF(0.2, 1.3, 4.5, x);

    public static double StudentTPdf(double[] x) => StudentT.PDF(x[0], x[1], x[2], x[3]);

    public static double StudentTInvCdf(double p) => StudentT.InvCDF(0.2, 1.3, 4.5, p);

    public static double GammaCdf(double[] x) => Gamma.CDF(x[0], x[1], x[2]);

    public static double GammaPdf(double[] x) => Gamma.PDF(x[0], x[1], x[2]);

    public static double LogNormalCdf(double[] x) => LogNormal.CDF(x[0], x[1], x[2]);

    public static double LogNormalPdf(double[] x) => LogNormal.PDF(x[0], x[1], x[2]);

    public static double BetaCdf(double[] x) => MathNet.Numerics.Distributions.Beta.CDF(x[0], x[1], x[2]);

    public static double ExponentialCdf(double[] x) => Exponential.CDF(x[0], x[1]);

    public static double ChiSquaredCdf(double[] x) => ChiSquared.CDF(x[0], x[1]);

    public static double WeibullCdf(double[] x) => Weibull.CDF(x[0], x[1], x[2]);

    public static double CauchyCdf(double[] x) => Cauchy.CDF(x[0], x[1], x[2]);

    public static double LogisticCdf(double[] x) => MathNet.Numerics.Distributions.Logistic.CDF(x[0], x[1], x[2]);

    // Constant data (a static table) with active parameters.
    public static double NormalLogLikelihood(double[] x)
    {
        double s = 0;
        foreach (double v in Sample)
        {
            s += Normal.PDFLn(x[0], x[1], v);
        }

        return s;
    }

    public static double StudentTLogLikelihood(double[] x)
    {
        double s = 0;
        foreach (double v in Sample)
        {
            s += StudentT.PDFLn(x[0], x[1], x[2], v);
        }

        return s;
    }

    public static double[] SeveralCdfs(double[] x) =>
    [
        Normal.CDF(0, 1, x[0]) * x[1],
        SpecialFunctions.Erf(x[1] * x[0]),
        SpecialFunctions.GammaLn(x[2]) + Gamma.CDF(x[2], 1.0, x[1]),
        LogNormal.CDF(x[0], 0.5, x[2]),
    ];

    public static double ExcelGammaDist(double x) => ExcelFunctions.GammaDist(x, 2.0, 1.5, true);

    public static double ExcelTDist(double x) => ExcelFunctions.TDist(x, 5, 2);

    public static double GaussLegendreOfAClosure(double[] x) => Integrate.GaussLegendre(t => Math.Exp(-x[0] * t * t) * Math.Sin(x[1] * t), 0, 2, 16);

    public static double GaussLegendreToAnActiveBound(double[] x) => Integrate.GaussLegendre(t => t * t * x[0], 0, x[1], 8);

    public static double OnClosedInterval(double x) => Integrate.OnClosedInterval(t => Math.Exp(-x * t * t), 0, 1);

    public static double GaussKronrod(double x) => Integrate.GaussKronrod(t => Math.Exp(-x * t * t) + (t * x), 0, 1);

    public static double DoubleExponential(double x) => Integrate.DoubleExponential(t => Math.Exp(-x * t * t), 0, 1);

    public static double LineThroughActiveOrdinates(double[] y)
    {
        (double intercept, double slope) = Fit.Line(Abscissae, y);
        return intercept + (2 * slope) + (intercept * slope);
    }

    public static double LineThroughActiveAbscissae(double[] x)
    {
        (double intercept, double slope) = Fit.Line(x, [0.1, 1.3, 1.9, 3.2]);
        return intercept + (2 * slope);
    }

    public static double RSquared(double[] x) => GoodnessOfFit.RSquared([0.1, 1.1, 2.2, 2.8], x);

    public static double MeanAndVariance(double[] x) => Statistics.Mean(x) * Statistics.Variance(x);

    public static double ArrayVariance(double[] x) => ArrayStatistics.Variance(x) + ArrayStatistics.StandardDeviation(x);

    public static double EuclideanDistance(double[] x) => Distance.Euclidean(x, [0.5, 0.2, -0.3]);
}

[TestClass] public sealed class MathNetCorpusTests : CorpusTests<MathNetCorpus>;
