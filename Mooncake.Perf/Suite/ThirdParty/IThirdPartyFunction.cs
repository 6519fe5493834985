namespace Mooncake.Perf.Suite.ThirdParty;

/// <summary>
/// A scalar function of a third-party library as the third-party table differentiates it: the
/// delegate a user hands to <see cref="Mooncake.Forward.PrepareDerivative"/>, the same
/// call made directly for the primal loop (a struct's static method, so that the loop calls the
/// library itself, not a delegate), and the interval the points are drawn from.
/// </summary>
public interface IThirdPartyFunction
{
    /// <summary>The row's name: the call, with its fixed arguments.</summary>
    static abstract string Name { get; }

    /// <summary>The lower end of the points' interval (inside the function's domain).</summary>
    static abstract double Low { get; }

    /// <summary>The upper end of the points' interval.</summary>
    static abstract double High { get; }

    /// <summary>The function, as the user's delegate.</summary>
    static abstract Func<double, double> Function { get; }

    /// <summary>The function called directly: the primal.</summary>
    static abstract double Invoke(double x);
}
