using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace Mooncake.Perf.Suite.ThirdParty;

// More MathNet.Numerics 5.0.0 rows (issue 15): the Amos complex Bessel routines, a Chebyshev
// series, an inverse, an incomplete gamma function's series and continued fraction, and a root
// found by Brent's method, each as a user writes the call.

/// <summary><see cref="SpecialFunctions.BesselI(double, double)"/>(0, x) on [0.5, 12]: the Amos routines (power series, then Miller's backward recurrence from x near 2.8 on).</summary>
public readonly struct BesselIFunction : IThirdPartyFunction
{
    /// <inheritdoc/>
    public static string Name => "SpecialFunctions.BesselI(0, x)";

    /// <inheritdoc/>
    public static double Low => 0.5;

    /// <inheritdoc/>
    public static double High => 12;

    /// <inheritdoc/>
    public static Func<double, double> Function => x => SpecialFunctions.BesselI(0, x);

    /// <inheritdoc/>
    public static double Invoke(double x) => SpecialFunctions.BesselI(0, x);
}

/// <summary><see cref="SpecialFunctions.BesselI0"/> on [0.5, 12]: Chebyshev series on both sides of 8.</summary>
public readonly struct BesselI0Function : IThirdPartyFunction
{
    /// <inheritdoc/>
    public static string Name => "SpecialFunctions.BesselI0(x)";

    /// <inheritdoc/>
    public static double Low => 0.5;

    /// <inheritdoc/>
    public static double High => 12;

    /// <inheritdoc/>
    public static Func<double, double> Function => SpecialFunctions.BesselI0;

    /// <inheritdoc/>
    public static double Invoke(double x) => SpecialFunctions.BesselI0(x);
}

/// <summary><see cref="SpecialFunctions.ErfInv"/> on [-0.95, 0.95].</summary>
public readonly struct ErfInvFunction : IThirdPartyFunction
{
    /// <inheritdoc/>
    public static string Name => "SpecialFunctions.ErfInv(x)";

    /// <inheritdoc/>
    public static double Low => -0.95;

    /// <inheritdoc/>
    public static double High => 0.95;

    /// <inheritdoc/>
    public static Func<double, double> Function => SpecialFunctions.ErfInv;

    /// <inheritdoc/>
    public static double Invoke(double x) => SpecialFunctions.ErfInv(x);
}

/// <summary><see cref="SpecialFunctions.GammaLowerRegularized"/>(2.5, x) on [0.1, 8]: its series below a + 1 and its continued fraction above.</summary>
public readonly struct GammaLowerRegularizedFunction : IThirdPartyFunction
{
    /// <inheritdoc/>
    public static string Name => "SpecialFunctions.GammaLowerRegularized(2.5, x)";

    /// <inheritdoc/>
    public static double Low => 0.1;

    /// <inheritdoc/>
    public static double High => 8;

    /// <inheritdoc/>
    public static Func<double, double> Function => x => SpecialFunctions.GammaLowerRegularized(2.5, x);

    /// <inheritdoc/>
    public static double Invoke(double x) => SpecialFunctions.GammaLowerRegularized(2.5, x);
}

/// <summary>The real cube root of a in [0.5, 20] by <see cref="Brent.FindRoot"/> of t³ - a on [0, 5]: a derivative through an iterative solver.</summary>
public readonly struct BrentRootFunction : IThirdPartyFunction
{
    /// <inheritdoc/>
    public static string Name => "Brent.FindRoot(t => t³ - a, 0, 5, 1e-12)";

    /// <inheritdoc/>
    public static double Low => 0.5;

    /// <inheritdoc/>
    public static double High => 20;

    /// <inheritdoc/>
    public static Func<double, double> Function => a => Brent.FindRoot(t => (t * t * t) - a, 0, 5, 1e-12);

    /// <inheritdoc/>
    public static double Invoke(double a) => Brent.FindRoot(t => (t * t * t) - a, 0, 5, 1e-12);
}
