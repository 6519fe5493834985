using System.Globalization;
using System.Runtime.CompilerServices;

namespace Mooncake.Tests.Duals;

/// <summary>
/// <see cref="FloatDual{TChunk}"/>: its operators and a representative set of the shared
/// <see cref="DualMath{TDual, TChunk, T}"/> formulas instantiated at float, checked with the
/// catalogue's samplers. The value must be the plain float function's bitwise; the derivatives
/// are compared with finite differences of the double function at the same (float) point, to a
/// float tolerance.
/// </summary>
/// <typeparam name="TChunk">The float chunk type of the run.</typeparam>
public abstract class FloatDualTests<TChunk>
    where TChunk : struct, IChunk<TChunk, float>
{
    private const double FloatTolerance = 2e-5;

    /// <summary>The catalogue cases FloatDual is checked on.</summary>
    public static IEnumerable<object[]> Names => FloatForms.Supported.Select(name => new object[] { name });

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void ValueIsThePlainFloatFunctionBitwise(string name)
    {
        ScalarCase scalarCase = ScalarCases.Named(name);
        Checks(scalarCase).ValueIsThePlainFunction(RandomFor(nameof(ValueIsThePlainFloatFunctionBitwise), name), Run<TChunk>(scalarCase), x => GenericMath.Evaluate<float>(scalarCase.PlainName, [.. x.Select(v => (float)v)]));
    }

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void DerivativesMatchFiniteDifferences(string name)
    {
        ScalarCase scalarCase = ScalarCases.Named(name);
        Checks(scalarCase).DerivativesMatchFiniteDifferences(RandomFor(nameof(DerivativesMatchFiniteDifferences), name), Run<TChunk>(scalarCase), Math.Max(FloatTolerance, scalarCase.Tolerance));
    }

    [TestMethod]
    [DynamicData(nameof(Names))]
    public void EachLaneEqualsTheWidthOneRunInItsDirection(string name)
    {
        ScalarCase scalarCase = ScalarCases.Named(name);
        Checks(scalarCase).EachLaneIsTheWidthOneRunInItsDirection(RandomFor(nameof(EachLaneEqualsTheWidthOneRunInItsDirection), name), Run<TChunk>(scalarCase), Run<FloatChunk1>(scalarCase));
    }

    [TestMethod]
    public void SqrtAtZeroFollowsTheStrongZeroPolicy()
    {
        TChunk partials = TChunk.Zero;
        for (int k = 1; k < TChunk.Width; k += 2)
        {
            partials = partials.WithLane(k, k);
        }

        FloatDual<TChunk> y = DualMath<FloatDual<TChunk>, TChunk, float>.Sqrt(new(0f, partials));
        for (int k = 0; k < TChunk.Width; k++)
        {
            Expect.Same(k % 2 == 0 ? 0f : float.PositiveInfinity, y[k], $"lane {k}");
        }
    }

    [TestMethod]
    public void ComparisonsEqualityAndFormattingFollowTheValue()
    {
        FloatDual<TChunk> one = FloatDual<TChunk>.Seed(1f, 0), otherOne = 1f, two = FloatDual<TChunk>.Seed(2f, TChunk.Width - 1);
        Assert.IsTrue(one == otherOne && one.Equals(otherOne) && one.Equals((object)otherOne) && one.GetHashCode() == otherOne.GetHashCode());
        Assert.IsTrue(one != two && one < two && two > one && one <= otherOne && one >= otherOne);
        Assert.IsFalse(one > two || one == two || one.Equals(two));
        Assert.IsLessThan(0, one.CompareTo(two));
        Expect.Same(1f, (float)one, "explicit conversion");
        Assert.IsLessThanOrEqualTo(8 + (sizeof(float) * TChunk.Width), Unsafe.SizeOf<FloatDual<TChunk>>(), "the value and the partials, with at most 4 bytes of padding");

        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            Assert.AreEqual($"1.5 + [1{string.Concat(Enumerable.Repeat(", 0", TChunk.Width - 1))}]ε", FloatDual<TChunk>.Seed(1.5f, 0).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    private static FunctionChecks Checks(ScalarCase scalarCase) => new(scalarCase, TChunk.Width, x => (float)x);

    private static Random RandomFor(string test, string name) => TestRandom.For($"{test}/{name}/{typeof(TChunk).Name}");

    private static FunctionChecks.Run Run<TRun>(ScalarCase scalarCase)
        where TRun : struct, IChunk<TRun, float>
        => (x, directions) => Observed.Of<FloatDual<TRun>, TRun, float>(
            FloatForms.Evaluate<TRun>(scalarCase.Name, FunctionChecks.Arguments<FloatDual<TRun>, TRun, float>(x, directions)));
}

[TestClass] public sealed class FloatDualTestsAt1Lane : FloatDualTests<FloatChunk1>;
[TestClass] public sealed class FloatDualTestsAt4Lanes : FloatDualTests<FloatChunk4>;
[TestClass] public sealed class FloatDualTestsAt8Lanes : FloatDualTests<FloatChunk8>;
[TestClass] public sealed class FloatDualTestsAt16Lanes : FloatDualTests<FloatChunk16>;
[TestClass] public sealed class FloatDualTestsAt16LanesV512 : FloatDualTests<FloatChunk16V512>;

/// <summary>The FloatDual forms of the catalogue cases it is checked on: its operators and DualMath at float.</summary>
internal static class FloatForms
{
    /// <summary>The catalogue names with a float form.</summary>
    public static IReadOnlyList<string> Supported { get; } =
    [
        "Add", "Subtract", "Multiply", "Divide", "Remainder", "Negate", "UnaryPlus", "Increment", "Decrement",
        "x + c", "c + x", "x - c", "c - x", "x * c", "c * x", "x / c", "c / x", "x % c", "c % x",
        "Exp", "ExpM1", "Log", "Log2", "Log10P1", "Sqrt", "Cbrt", "RootN(x, 3)", "Pow", "Pow(x, c)", "Pow(c, y)", "Hypot",
        "Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Atan2", "SinPi", "Sinh", "Tanh", "Asinh", "Atanh",
        "Abs", "Max", "MinMagnitude", "Clamp", "CopySign", "FusedMultiplyAdd", "Lerp", "Ieee754Remainder", "Floor", "Round",
    ];

    /// <summary>Applies the float form of the case <paramref name="name"/>.</summary>
    public static FloatDual<TChunk> Evaluate<TChunk>(string name, ReadOnlySpan<FloatDual<TChunk>> x)
        where TChunk : struct, IChunk<TChunk, float>
    {
        return name switch
        {
            "Add" => x[0] + x[1],
            "Subtract" => x[0] - x[1],
            "Multiply" => x[0] * x[1],
            "Divide" => x[0] / x[1],
            "Remainder" => x[0] % x[1],
            "Negate" => -x[0],
            "UnaryPlus" => +x[0],
            "Increment" => Increment(x[0]),
            "Decrement" => Decrement(x[0]),
            "x + c" => x[0] + x[1].Value,
            "c + x" => x[0].Value + x[1],
            "x - c" => x[0] - x[1].Value,
            "c - x" => x[0].Value - x[1],
            "x * c" => x[0] * x[1].Value,
            "c * x" => x[0].Value * x[1],
            "x % c" => x[0] % x[1].Value,
            "c % x" => x[0].Value % x[1],
            "x / c" => x[0] / x[1].Value,
            "c / x" => x[0].Value / x[1],
            "Exp" => DualMath<FloatDual<TChunk>, TChunk, float>.Exp(x[0]),
            "ExpM1" => DualMath<FloatDual<TChunk>, TChunk, float>.ExpM1(x[0]),
            "Log" => DualMath<FloatDual<TChunk>, TChunk, float>.Log(x[0]),
            "Log2" => DualMath<FloatDual<TChunk>, TChunk, float>.Log2(x[0]),
            "Log10P1" => DualMath<FloatDual<TChunk>, TChunk, float>.Log10P1(x[0]),
            "Sqrt" => DualMath<FloatDual<TChunk>, TChunk, float>.Sqrt(x[0]),
            "Cbrt" => DualMath<FloatDual<TChunk>, TChunk, float>.Cbrt(x[0]),
            "RootN(x, 3)" => DualMath<FloatDual<TChunk>, TChunk, float>.RootN(x[0], 3),
            "Pow" => DualMath<FloatDual<TChunk>, TChunk, float>.Pow(x[0], x[1]),
            "Pow(x, c)" => DualMath<FloatDual<TChunk>, TChunk, float>.Pow(x[0], x[1].Value),
            "Pow(c, y)" => DualMath<FloatDual<TChunk>, TChunk, float>.Pow(x[0].Value, x[1]),
            "Hypot" => DualMath<FloatDual<TChunk>, TChunk, float>.Hypot(x[0], x[1]),
            "Sin" => DualMath<FloatDual<TChunk>, TChunk, float>.Sin(x[0]),
            "Cos" => DualMath<FloatDual<TChunk>, TChunk, float>.Cos(x[0]),
            "Tan" => DualMath<FloatDual<TChunk>, TChunk, float>.Tan(x[0]),
            "Asin" => DualMath<FloatDual<TChunk>, TChunk, float>.Asin(x[0]),
            "Acos" => DualMath<FloatDual<TChunk>, TChunk, float>.Acos(x[0]),
            "Atan" => DualMath<FloatDual<TChunk>, TChunk, float>.Atan(x[0]),
            "Atan2" => DualMath<FloatDual<TChunk>, TChunk, float>.Atan2(x[0], x[1]),
            "SinPi" => DualMath<FloatDual<TChunk>, TChunk, float>.SinPi(x[0]),
            "Sinh" => DualMath<FloatDual<TChunk>, TChunk, float>.Sinh(x[0]),
            "Tanh" => DualMath<FloatDual<TChunk>, TChunk, float>.Tanh(x[0]),
            "Asinh" => DualMath<FloatDual<TChunk>, TChunk, float>.Asinh(x[0]),
            "Atanh" => DualMath<FloatDual<TChunk>, TChunk, float>.Atanh(x[0]),
            "Abs" => DualMath<FloatDual<TChunk>, TChunk, float>.Abs(x[0]),
            "Max" => DualMath<FloatDual<TChunk>, TChunk, float>.Max(x[0], x[1]),
            "MinMagnitude" => DualMath<FloatDual<TChunk>, TChunk, float>.MinMagnitude(x[0], x[1]),
            "Clamp" => DualMath<FloatDual<TChunk>, TChunk, float>.Clamp(x[0], x[1], x[2]),
            "CopySign" => DualMath<FloatDual<TChunk>, TChunk, float>.CopySign(x[0], x[1].Value),
            "FusedMultiplyAdd" => DualMath<FloatDual<TChunk>, TChunk, float>.FusedMultiplyAdd(x[0], x[1], x[2]),
            "Lerp" => DualMath<FloatDual<TChunk>, TChunk, float>.Lerp(x[0], x[1], x[2]),
            "Ieee754Remainder" => DualMath<FloatDual<TChunk>, TChunk, float>.Ieee754Remainder(x[0], x[1]),
            "Floor" => DualMath<FloatDual<TChunk>, TChunk, float>.Floor(x[0]),
            "Round" => DualMath<FloatDual<TChunk>, TChunk, float>.Round(x[0], 0, MidpointRounding.ToEven),
            _ => throw new ArgumentException($"FloatDual has no form of '{name}'.", nameof(name)),
        };
    }

    private static FloatDual<TChunk> Increment<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => ++x;

    private static FloatDual<TChunk> Decrement<TChunk>(FloatDual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => --x;
}
