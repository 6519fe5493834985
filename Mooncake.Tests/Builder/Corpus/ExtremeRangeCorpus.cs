namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Values near the ends of the floating-point range, where a local derivative overflows while the
/// tangent it scales is an ordinary number: <c>1 / y</c> at <c>y = 1e-289</c> has the derivative
/// <c>-1 / y²</c> (infinite), but the tangent <c>-(1 / y) · (y' / y)</c> is finite when <c>y</c>
/// moves in proportion to itself. Miller's backward recurrence in MathNet's Bessel functions does
/// exactly this (<see cref="MathNetCorpus"/>); these are the same shape in a few lines, through the
/// emitter's written-out division and through the rules of <c>Math</c> (log of a subnormal, a
/// power of a tiny base, the angle of a subnormal point), in double and float.
/// </summary>
public sealed class ExtremeRangeCorpus : ICorpusFamily
{
    private const double Tiny = 1e-290;

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Derivative(ReciprocalOfATinyValue, 3.0, x => -300 / (x * x * x * x)),
        CorpusCase.Derivative(QuotientByATinyValue, 3.0, x => -300 / (x * x * x * x)),
        CorpusCase.Gradient(QuotientOfTwoArguments, [3.0, 2.0], x => [-300 * x[1] / (x[0] * x[0] * x[0] * x[0]), 100 / (x[0] * x[0] * x[0])]),
        CorpusCase.Derivative(RecurrenceNormalisedByItsLastValue, 3.0),
        CorpusCase.Derivative(LogOfASubnormal, 3.0, x => 1 / x),
        CorpusCase.Derivative(Log2OfASubnormal, 3.0, x => 1 / (x * Math.Log(2))),
        CorpusCase.Derivative(PowerOfATinyBase, 3.0, x => -1.5 * Math.Pow(x, -2.5)),
        CorpusCase.Derivative(AngleOfASubnormalPoint, 3.0, x => 4.0 / ((x * x) + 16)),
        // A float function's own differences carry float rounding: the reference is its double twin's.
        CorpusCase.Gradient(FloatReciprocalOfATinyValue, [3.0], reference: x => 100 / (x[0] * x[0] * x[0]), tolerance: 1e-5),
    ];

    /// <summary>100 / x³, as 1e-288 · (1 / (1e-290 x³)).</summary>
    public static double ReciprocalOfATinyValue(double x) => 1e-288 * (1.0 / (Tiny * x * x * x));

    /// <summary>100 / x³ again, with the numerator active: x / (1e-290 x⁴).</summary>
    public static double QuotientByATinyValue(double x) => 1e-288 * (x / (Tiny * x * x * x * x));

    /// <summary>100 b / a³, both operands of the division active.</summary>
    public static double QuotientOfTwoArguments(double[] x) => 1e-288 * (x[1] / (Tiny * x[0] * x[0] * x[0]));

    /// <summary>
    /// A backward recurrence <c>p(k-1) = p(k+1) + (2k / x) p(k)</c> from a tiny start, then its
    /// values normalised by the reciprocal of the last one, as Miller's algorithm normalises them:
    /// the ratio p(1) / p(0), which is I1(x) / I0(x) to many digits.
    /// </summary>
    public static double RecurrenceNormalisedByItsLastValue(double x)
    {
        double next = 0, current = 1e-300;
        for (int k = 30; k >= 1; k--)
        {
            double previous = next + (2 * k / x * current);
            next = current;
            current = previous;
        }

        // current is about 6e-273 at x = 3: 1 / current is finite, its derivative is not.
        double scale = 1.0 / current;
        return next * scale;
    }

    public static double LogOfASubnormal(double x) => Math.Log(x * 1e-310);

    public static double Log2OfASubnormal(double x) => Math.Log2(x * 1e-310);

    /// <summary>x^-1.5 as 1e-300 · (1e-200 x)^-1.5: the base coefficient c v / x overflows.</summary>
    public static double PowerOfATinyBase(double x) => 1e-300 * Math.Pow(x * 1e-200, -1.5);

    /// <summary>atan2(x, 4) with both coordinates scaled to subnormals: x / h² overflows.</summary>
    public static double AngleOfASubnormalPoint(double x) => Math.Atan2(x * 1e-310, 4e-310);

    /// <summary>100 / x³ in single precision: 1e-35 · (1 / (1e-37 x³)), whose local derivative passes 1e70.</summary>
    public static double FloatReciprocalOfATinyValue(double[] x)
    {
        float a = (float)x[0];
        return 1e-35f * (1f / (1e-37f * a * a * a));
    }
}
