using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;

namespace Mooncake.Tests.Duals;

// What does not differentiate anything: layout, comparisons and equality (the primal's),
// conversions, constants, parsing and formatting.
public abstract partial class DualTests<TChunk>
{
    [TestMethod]
    public void DualIsPackedToTheValueAndThePartials()
    {
        Assert.AreEqual(sizeof(double) * (1 + Width), Unsafe.SizeOf<Dual<TChunk>>());
        Assert.AreEqual(Width, Dual<TChunk>.Width);
    }

    [TestMethod]
    public void ComparisonsAndEqualityFollowThePrimalValue()
    {
        Dual<TChunk> one = Seeded(1.0, NonZeroInEveryLane), otherOne = Seeded(1.0, k => -k - 7), two = Seeded(2.0, NonZeroInEveryLane);

        Assert.IsTrue(one == otherOne, "== ignores the partials");
        Assert.IsFalse(one != otherOne);
        Assert.IsTrue(one.Equals(otherOne));
        Assert.IsTrue(one.Equals((object)otherOne));
        Assert.AreEqual(one.GetHashCode(), otherOne.GetHashCode());
        Assert.AreEqual(0, one.CompareTo(otherOne));
        Assert.IsFalse(one == two);
        Assert.IsTrue(one != two);
        Assert.IsFalse(one.Equals(two));
        Assert.IsFalse(one.Equals((object)1.0), "a double is not a dual");

        Assert.IsTrue(one < two && two > one && one <= two && two >= one && one <= otherOne && one >= otherOne);
        Assert.IsFalse(one > two || two < one || one < otherOne || one > otherOne);
        Assert.IsTrue(one < 1.5 && one > 0.5 && one <= 1.0 && one >= 1.0);
        Assert.IsTrue(0.5 < one && 1.5 > one && 1.0 <= one && 1.0 >= one);
        Assert.IsFalse(one < 1.0 || one > 1.0 || 1.0 < one || 1.0 > one);
        Assert.IsLessThan(0, one.CompareTo(two));
        Assert.IsGreaterThan(0, two.CompareTo((object)one));
        Assert.IsGreaterThan(0, one.CompareTo(null));

        // NaN: the operators say unequal, Equals says equal, as for double.
        Dual<TChunk> nan = Seeded(double.NaN, NonZeroInEveryLane);
        Dual<TChunk> alsoNaN = Seeded(double.NaN, k => k);
        Assert.IsFalse(nan == alsoNaN);
        Assert.IsTrue(nan != alsoNaN);
        Assert.IsTrue(nan.Equals(alsoNaN));
        Assert.IsFalse(nan < one || nan > one || nan <= one || nan >= one);

        // Sorting duals sorts by value and keeps each value's partials.
        Dual<TChunk>[] sorted = [two, one, Seeded(-3.0, k => k)];
        Array.Sort(sorted);
        CollectionAssert.AreEqual(new[] { -3.0, 1.0, 2.0 }, sorted.Select(d => d.Value).ToArray());
        Assert.AreEqual(one.Partials, sorted[1].Partials);
    }

    [TestMethod]
    public void CompareToAnotherTypeThrowsNamingBothTypes()
    {
        Expect.Throws<ArgumentException>(() => Seeded(1.0, NonZeroInEveryLane).CompareTo("1"), typeof(Dual<TChunk>).ToString(), "System.String");
    }

    [TestMethod]
    public void ConversionsFromOtherNumbersGiveConstants()
    {
        AssertConstant(3.0, Checked<Dual<TChunk>, int>(3), "CreateChecked(int)");
        AssertConstant(2.5, Checked<Dual<TChunk>, double>(2.5), "CreateChecked(double)");
        AssertConstant(1.25, Checked<Dual<TChunk>, decimal>(1.25m), "CreateChecked(decimal)");
        AssertConstant(-7.0, Saturating<Dual<TChunk>, short>(-7), "CreateSaturating(short)");
        AssertConstant(0.5f, Truncating<Dual<TChunk>, float>(0.5f), "CreateTruncating(float)");
                AssertConstant(-0.5, (Dual<TChunk>)(-0.5), "implicit conversion from double");
        AssertConstant(Math.PI, Dual<TChunk>.Pi, "Pi");
        AssertConstant(Math.E, Dual<TChunk>.E, "E");
        AssertConstant(Math.Tau, Dual<TChunk>.Tau, "Tau");
        AssertConstant(1.0, Dual<TChunk>.One, "One");
        AssertConstant(1.0, Dual<TChunk>.MultiplicativeIdentity, "MultiplicativeIdentity");
        AssertConstant(0.0, Dual<TChunk>.Zero, "Zero");
        AssertConstant(0.0, Dual<TChunk>.AdditiveIdentity, "AdditiveIdentity");
        AssertConstant(-0.0, Dual<TChunk>.NegativeZero, "NegativeZero");
        AssertConstant(-1.0, Dual<TChunk>.NegativeOne, "NegativeOne");
        AssertConstant(double.Epsilon, Dual<TChunk>.Epsilon, "Epsilon");
        AssertConstant(double.NaN, Dual<TChunk>.NaN, "NaN");
        AssertConstant(double.PositiveInfinity, Dual<TChunk>.PositiveInfinity, "PositiveInfinity");
        AssertConstant(double.NegativeInfinity, Dual<TChunk>.NegativeInfinity, "NegativeInfinity");

        // Converting a dual to its own type keeps its partials.
        Dual<TChunk> x = Seeded(1.5, NonZeroInEveryLane);
        Assert.AreEqual(x.Partials, Checked<Dual<TChunk>, Dual<TChunk>>(x).Partials);
    }

    [TestMethod]
    public void ConversionsToOtherNumbersTakeTheValue()
    {
        Dual<TChunk> x = Seeded(2.75, NonZeroInEveryLane);
        Expect.Same(2.75, double.CreateChecked(x), "double.CreateChecked");
        Expect.Same(2.75, (double)x, "explicit conversion to double");
        Assert.AreEqual(2, int.CreateTruncating(x));
        Assert.AreEqual(2.75m, decimal.CreateChecked(x));
        Assert.AreEqual(int.MaxValue, int.CreateSaturating(Seeded(1e20, NonZeroInEveryLane)));
        Assert.ThrowsExactly<OverflowException>(() => int.CreateChecked(Seeded(1e20, NonZeroInEveryLane)));
        Expect.Same(2.75f, float.CreateChecked(x), "float.CreateChecked");
    }

    [TestMethod]
    public void ClassificationReadsTheValue()
    {
        Dual<TChunk> x = Seeded(-4.0, NonZeroInEveryLane);
        Assert.IsTrue(Dual<TChunk>.IsNegative(x) && Dual<TChunk>.IsEvenInteger(x) && Dual<TChunk>.IsInteger(x) && Dual<TChunk>.IsFinite(x) && Dual<TChunk>.IsNormal(x) && Dual<TChunk>.IsRealNumber(x));
        Assert.IsFalse(Dual<TChunk>.IsPositive(x) || Dual<TChunk>.IsOddInteger(x) || Dual<TChunk>.IsZero(x) || Dual<TChunk>.IsNaN(x) || Dual<TChunk>.IsInfinity(x) || Dual<TChunk>.IsSubnormal(x));
        Assert.AreEqual(-1, Dual<TChunk>.Sign(x));
        Assert.AreEqual(2, Dual<TChunk>.ILogB(x));
        Assert.IsTrue(Dual<TChunk>.IsZero(Seeded(-0.0, NonZeroInEveryLane)));
        Assert.IsTrue(Dual<TChunk>.IsNaN(Dual<TChunk>.NaN) && Dual<TChunk>.IsPositiveInfinity(Dual<TChunk>.PositiveInfinity) && Dual<TChunk>.IsNegativeInfinity(Dual<TChunk>.NegativeInfinity));
        Assert.IsTrue(Dual<TChunk>.IsSubnormal(Dual<TChunk>.Epsilon));
        Assert.ThrowsExactly<ArithmeticException>(() => Dual<TChunk>.Sign(Dual<TChunk>.NaN));
    }

    [TestMethod]
    [DataRow("1.5", 1.5)]
    [DataRow("-2.5e3", -2500.0)]
    [DataRow("NaN", double.NaN)]
    public void ParsingGivesAConstant(string text, double value)
    {
        CultureInfo invariant = CultureInfo.InvariantCulture;
        AssertConstant(value, Dual<TChunk>.Parse(text, invariant), "Parse(string)");
        AssertConstant(value, Dual<TChunk>.Parse(text, NumberStyles.Float, invariant), "Parse(string, style)");
        AssertConstant(value, Dual<TChunk>.Parse(text.AsSpan(), invariant), "Parse(span)");
        AssertConstant(value, Dual<TChunk>.Parse(Encoding.UTF8.GetBytes(text), invariant), "Parse(UTF-8)");
        Assert.IsTrue(Dual<TChunk>.TryParse(text, invariant, out Dual<TChunk> parsed));
        AssertConstant(value, parsed, "TryParse(string)");
        Assert.IsTrue(Dual<TChunk>.TryParse(Encoding.UTF8.GetBytes(text), NumberStyles.Float, invariant, out parsed));
        AssertConstant(value, parsed, "TryParse(UTF-8, style)");
        Assert.IsTrue(Dual<TChunk>.TryParse(text.AsSpan(), NumberStyles.Float, invariant, out parsed));
        AssertConstant(value, parsed, "TryParse(span, style)");
    }

    [TestMethod]
    public void ParsingRejectsWhatDoubleRejects()
    {
        Assert.IsFalse(Dual<TChunk>.TryParse("1.5x", CultureInfo.InvariantCulture, out _));
        Assert.IsFalse(Dual<TChunk>.TryParse((string?)null, CultureInfo.InvariantCulture, out _));
        Assert.ThrowsExactly<FormatException>(() => Dual<TChunk>.Parse("one", CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void FormattingShowsTheValueAndThePartials()
    {
        Dual<TChunk> x = Dual<TChunk>.Seed(1.5, 0);
        string zeros = string.Concat(Enumerable.Repeat(", 0", Width - 1));
        string expected = $"1.5 + [1{zeros}]ε";
        CultureInfo saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            Assert.AreEqual(expected, x.ToString());
            Assert.AreEqual(expected, $"{x}");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.AreEqual($"1.50 + [1.00{string.Concat(Enumerable.Repeat(", 0.00", Width - 1))}]ε", x.ToString("F2", CultureInfo.InvariantCulture));
        var comma = new NumberFormatInfo { NumberDecimalSeparator = "," };
        Dual<TChunk> y = new(1.5, TChunk.OneHot(0, 0.25));
        Assert.AreEqual($"1,5 + [0,25{zeros}]ε", y.ToString(null, comma), "the provider reaches the value and the lanes");

        Span<char> chars = stackalloc char[expected.Length];
        Assert.IsTrue(x.TryFormat(chars, out int written, default, CultureInfo.InvariantCulture));
        Assert.AreEqual(expected, chars[..written].ToString());
        Assert.IsFalse(x.TryFormat(chars[..^1], out written, default, CultureInfo.InvariantCulture), "a buffer one char short");
        Assert.AreEqual(0, written);

        Span<byte> bytes = stackalloc byte[Encoding.UTF8.GetByteCount(expected)];
        Assert.IsTrue(x.TryFormat(bytes, out written, default, CultureInfo.InvariantCulture));
        Assert.AreEqual(expected, Encoding.UTF8.GetString(bytes[..written]));
        Assert.IsFalse(x.TryFormat(bytes[..^1], out _, default, CultureInfo.InvariantCulture), "a UTF-8 buffer one byte short");
    }

    // The conversions are static virtual interface members, reachable only through a type parameter.
    private static T Checked<T, TFrom>(TFrom value)
        where T : INumberBase<T>
        where TFrom : INumberBase<TFrom> => T.CreateChecked(value);

    private static T Saturating<T, TFrom>(TFrom value)
        where T : INumberBase<T>
        where TFrom : INumberBase<TFrom> => T.CreateSaturating(value);

    private static T Truncating<T, TFrom>(TFrom value)
        where T : INumberBase<T>
        where TFrom : INumberBase<TFrom> => T.CreateTruncating(value);

    private static void AssertConstant(double value, Dual<TChunk> actual, string what)
    {
        Expect.Same(value, actual.Value, what);
        Assert.AreEqual(TChunk.Zero, actual.Partials, $"{what}: a constant has zero partials");
    }
}
