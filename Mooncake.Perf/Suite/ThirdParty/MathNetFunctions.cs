using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Mooncake.Perf.Suite.ThirdParty;

// The MathNet.Numerics 5.0.0 functions of the third-party table, one struct each. The delegates
// are what a user writes: the method group where the function takes x alone, a lambda fixing the
// other arguments otherwise.

/// <summary><see cref="SpecialFunctions.Erf"/> on [-3, 3] (where it goes from -1 to 1).</summary>
public readonly struct ErfFunction : IThirdPartyFunction
{
    /// <inheritdoc/>
    public static string Name => "SpecialFunctions.Erf(x)";

    /// <inheritdoc/>
    public static double Low => -3;

    /// <inheritdoc/>
    public static double High => 3;

    /// <inheritdoc/>
    public static Func<double, double> Function => SpecialFunctions.Erf;

    /// <inheritdoc/>
    public static double Invoke(double x) => SpecialFunctions.Erf(x);
}

/// <summary><see cref="SpecialFunctions.GammaLn"/> on [0.6, 20]: above 0.5, where MathNet uses the Lanczos approximation rather than the reflection formula.</summary>
public readonly struct GammaLnFunction : IThirdPartyFunction
{
    /// <inheritdoc/>
    public static string Name => "SpecialFunctions.GammaLn(x)";

    /// <inheritdoc/>
    public static double Low => 0.6;

    /// <inheritdoc/>
    public static double High => 20;

    /// <inheritdoc/>
    public static Func<double, double> Function => SpecialFunctions.GammaLn;

    /// <inheritdoc/>
    public static double Invoke(double x) => SpecialFunctions.GammaLn(x);
}

/// <summary><see cref="SpecialFunctions.BetaRegularized"/>(2.5, 3.5, x) on [0.02, 0.98], inside (0, 1), on both sides of the point where MathNet switches to the symmetric continued fraction.</summary>
public readonly struct BetaRegularizedFunction : IThirdPartyFunction
{
    private const double A = 2.5, B = 3.5;

    /// <inheritdoc/>
    public static string Name => "SpecialFunctions.BetaRegularized(2.5, 3.5, x)";

    /// <inheritdoc/>
    public static double Low => 0.02;

    /// <inheritdoc/>
    public static double High => 0.98;

    /// <inheritdoc/>
    public static Func<double, double> Function => x => SpecialFunctions.BetaRegularized(A, B, x);

    /// <inheritdoc/>
    public static double Invoke(double x) => SpecialFunctions.BetaRegularized(A, B, x);
}

/// <summary><see cref="Normal.CDF(double, double, double)"/>(0.5, 1.5, x) on [-4, 5], mean ± 3 standard deviations.</summary>
public readonly struct NormalCdfFunction : IThirdPartyFunction
{
    private const double Mean = 0.5, StdDev = 1.5;

    /// <inheritdoc/>
    public static string Name => "Normal.CDF(0.5, 1.5, x)";

    /// <inheritdoc/>
    public static double Low => -4;

    /// <inheritdoc/>
    public static double High => 5;

    /// <inheritdoc/>
    public static Func<double, double> Function => x => Normal.CDF(Mean, StdDev, x);

    /// <inheritdoc/>
    public static double Invoke(double x) => Normal.CDF(Mean, StdDev, x);
}

/// <summary><see cref="StudentT.CDF(double, double, double, double)"/>(0.5, 1.5, 4.5, x) on [-5, 6], both sides of the location.</summary>
public readonly struct StudentTCdfFunction : IThirdPartyFunction
{
    private const double Location = 0.5, Scale = 1.5, Freedom = 4.5;

    /// <inheritdoc/>
    public static string Name => "StudentT.CDF(0.5, 1.5, 4.5, x)";

    /// <inheritdoc/>
    public static double Low => -5;

    /// <inheritdoc/>
    public static double High => 6;

    /// <inheritdoc/>
    public static Func<double, double> Function => x => StudentT.CDF(Location, Scale, Freedom, x);

    /// <inheritdoc/>
    public static double Invoke(double x) => StudentT.CDF(Location, Scale, Freedom, x);
}

/// <summary>
/// <see cref="Integrate.GaussLegendre(Func{double, double}, double, double, int)"/> of
/// <c>u ↦ exp(-t u²) cos u</c> over [0, 2], order 16, as a function of t on [0.1, 3]: the
/// integrand a closure over the input, built on every call, as user code builds it.
/// </summary>
public readonly struct GaussLegendreFunction : IThirdPartyFunction
{
    private const int Order = 16;

    /// <inheritdoc/>
    public static string Name => "Integrate.GaussLegendre(u => exp(-t u²) cos u, 0, 2, 16)";

    /// <inheritdoc/>
    public static double Low => 0.1;

    /// <inheritdoc/>
    public static double High => 3;

    /// <inheritdoc/>
    public static Func<double, double> Function => Integral;

    /// <inheritdoc/>
    public static double Invoke(double t) => Integral(t);

    private static double Integral(double t) => Integrate.GaussLegendre(u => Math.Exp(-t * u * u) * Math.Cos(u), 0.0, 2.0, Order);
}
