using System.Numerics;

namespace Mooncake.Tests.Testing;

/// <summary>The comparisons the derivative and chunk tests share.</summary>
internal static class Expect
{
    /// <summary>The relative tolerance of derivatives against finite differences.</summary>
    public const double DerivativeTolerance = 1e-6;

    /// <summary>
    /// Asserts <c>|actual - expected| &lt;= tolerance * max(1, |expected|)</c>: relative for large
    /// values, absolute near zero.
    /// </summary>
    public static void Close(double expected, double actual, double tolerance, string what)
    {
        double bound = tolerance * Math.Max(1, Math.Abs(expected));
        if (!(Math.Abs(actual - expected) <= bound))
        {
            Assert.Fail($"{what}: expected {expected:R} (±{bound:G3}), got {actual:R} (off by {Math.Abs(actual - expected):G3}).");
        }
    }

    /// <summary>
    /// Asserts the same IEEE value: equal with the same sign (so +0 and -0 differ), or both NaN.
    /// </summary>
    public static void Same<T>(T expected, T actual, string what)
        where T : IFloatingPointIeee754<T>
    {
        if (!SameValue(expected, actual))
        {
            Assert.Fail($"{what}: expected exactly {expected:R}, got {actual:R}.");
        }
    }

    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are the same IEEE value (NaN payloads aside).</summary>
    public static bool SameValue<T>(T a, T b)
        where T : IFloatingPointIeee754<T>
        => (T.IsNaN(a) && T.IsNaN(b)) || (a == b && T.IsNegative(a) == T.IsNegative(b));

    /// <summary>Asserts that <paramref name="actual"/> is zero (either sign), not NaN.</summary>
    public static void Zero<T>(T actual, string what)
        where T : IFloatingPointIeee754<T>
    {
        if (!T.IsZero(actual))
        {
            Assert.Fail($"{what}: expected exactly 0, got {actual:R}.");
        }
    }

    /// <summary>
    /// Asserts that <paramref name="action"/> throws <typeparamref name="TException"/> (or a subclass)
    /// whose message contains every one of <paramref name="fragments"/>.
    /// </summary>
    public static TException Throws<TException>(Action action, params string[] fragments)
        where TException : ArgumentException
    {
        TException e = Assert.Throws<TException>(action);
        foreach (string fragment in fragments)
        {
            StringAssert.Contains(e.Message, fragment);
        }

        return e;
    }
}
