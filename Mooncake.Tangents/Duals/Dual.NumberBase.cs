using System.Globalization;
using System.Numerics;

namespace Mooncake.Tangents;

// The parts of the generic-math interfaces that do not differentiate anything: constants,
// classification, parsing, conversions and the IEEE encoding queries, all read off the value.
public readonly partial struct Dual<TChunk> : IFloatingPointIeee754<Dual<TChunk>>
{
    /// <summary>The constant 0.</summary>
    public static Dual<TChunk> Zero => new(0.0);

    /// <summary>The constant 1.</summary>
    public static Dual<TChunk> One => new(1.0);

    /// <summary>The constant -1.</summary>
    public static Dual<TChunk> NegativeOne => new(-1.0);

    /// <summary>The radix of the representation, 2.</summary>
    public static int Radix => 2;

    /// <summary>The additive identity, 0.</summary>
    public static Dual<TChunk> AdditiveIdentity => Zero;

    /// <summary>The multiplicative identity, 1.</summary>
    public static Dual<TChunk> MultiplicativeIdentity => One;

    /// <summary>The constant e.</summary>
    public static Dual<TChunk> E => new(Math.E);

    /// <summary>The constant π.</summary>
    public static Dual<TChunk> Pi => new(Math.PI);

    /// <summary>The constant τ = 2π.</summary>
    public static Dual<TChunk> Tau => new(Math.Tau);

    /// <summary>The smallest positive subnormal double.</summary>
    public static Dual<TChunk> Epsilon => new(double.Epsilon);

    /// <summary>Not a number.</summary>
    public static Dual<TChunk> NaN => new(double.NaN);

    /// <summary>-∞.</summary>
    public static Dual<TChunk> NegativeInfinity => new(double.NegativeInfinity);

    /// <summary>-0.</summary>
    public static Dual<TChunk> NegativeZero => new(-0.0);

    /// <summary>+∞.</summary>
    public static Dual<TChunk> PositiveInfinity => new(double.PositiveInfinity);

    /// <summary>The sign of the value: -1, 0 or 1.</summary>
    /// <exception cref="ArithmeticException">The value is NaN.</exception>
    public static int Sign(Dual<TChunk> value) => Math.Sign(value.Value);

    /// <summary>The unbiased exponent of the value.</summary>
    public static int ILogB(Dual<TChunk> x) => double.ILogB(x.Value);

    /// <summary>Whether the value is canonical (always, for binary floating point).</summary>
    public static bool IsCanonical(Dual<TChunk> value) => true;

    /// <summary>Whether the value is a complex number (never).</summary>
    public static bool IsComplexNumber(Dual<TChunk> value) => false;

    /// <summary>Whether the value is an even integer.</summary>
    public static bool IsEvenInteger(Dual<TChunk> value) => double.IsEvenInteger(value.Value);

    /// <summary>Whether the value is finite.</summary>
    public static bool IsFinite(Dual<TChunk> value) => double.IsFinite(value.Value);

    /// <summary>Whether the value is purely imaginary (never).</summary>
    public static bool IsImaginaryNumber(Dual<TChunk> value) => false;

    /// <summary>Whether the value is infinite.</summary>
    public static bool IsInfinity(Dual<TChunk> value) => double.IsInfinity(value.Value);

    /// <summary>Whether the value is an integer.</summary>
    public static bool IsInteger(Dual<TChunk> value) => double.IsInteger(value.Value);

    /// <summary>Whether the value is NaN.</summary>
    public static bool IsNaN(Dual<TChunk> value) => double.IsNaN(value.Value);

    /// <summary>Whether the value's sign bit is set.</summary>
    public static bool IsNegative(Dual<TChunk> value) => double.IsNegative(value.Value);

    /// <summary>Whether the value is -∞.</summary>
    public static bool IsNegativeInfinity(Dual<TChunk> value) => double.IsNegativeInfinity(value.Value);

    /// <summary>Whether the value is normal.</summary>
    public static bool IsNormal(Dual<TChunk> value) => double.IsNormal(value.Value);

    /// <summary>Whether the value is an odd integer.</summary>
    public static bool IsOddInteger(Dual<TChunk> value) => double.IsOddInteger(value.Value);

    /// <summary>Whether the value's sign bit is clear.</summary>
    public static bool IsPositive(Dual<TChunk> value) => double.IsPositive(value.Value);

    /// <summary>Whether the value is +∞.</summary>
    public static bool IsPositiveInfinity(Dual<TChunk> value) => double.IsPositiveInfinity(value.Value);

    /// <summary>Whether the value is real (unless NaN).</summary>
    public static bool IsRealNumber(Dual<TChunk> value) => double.IsRealNumber(value.Value);

    /// <summary>Whether the value is subnormal.</summary>
    public static bool IsSubnormal(Dual<TChunk> value) => double.IsSubnormal(value.Value);

    /// <summary>Whether the value is zero.</summary>
    public static bool IsZero(Dual<TChunk> value) => value.Value == 0.0;

    /// <summary>Parses a number as a constant dual.</summary>
    public static Dual<TChunk> Parse(string s, IFormatProvider? provider) => new(double.Parse(s, provider));

    /// <summary>Parses a number as a constant dual.</summary>
    public static Dual<TChunk> Parse(string s, NumberStyles style, IFormatProvider? provider) => new(double.Parse(s, style, provider));

    /// <summary>Parses a number as a constant dual.</summary>
    public static Dual<TChunk> Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => new(double.Parse(s, provider));

    /// <summary>Parses a number as a constant dual.</summary>
    public static Dual<TChunk> Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider) => new(double.Parse(s, style, provider));

    /// <summary>Parses UTF-8 text as a constant dual.</summary>
    public static Dual<TChunk> Parse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider) => new(double.Parse(utf8Text, provider));

    /// <summary>Parses UTF-8 text as a constant dual.</summary>
    public static Dual<TChunk> Parse(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider? provider) => new(double.Parse(utf8Text, style, provider));

    /// <summary>Tries to parse a number as a constant dual.</summary>
    public static bool TryParse(string? s, IFormatProvider? provider, out Dual<TChunk> result) => Wrap(double.TryParse(s, provider, out double v), v, out result);

    /// <summary>Tries to parse a number as a constant dual.</summary>
    public static bool TryParse(string? s, NumberStyles style, IFormatProvider? provider, out Dual<TChunk> result) => Wrap(double.TryParse(s, style, provider, out double v), v, out result);

    /// <summary>Tries to parse a number as a constant dual.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Dual<TChunk> result) => Wrap(double.TryParse(s, provider, out double v), v, out result);

    /// <summary>Tries to parse a number as a constant dual.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider? provider, out Dual<TChunk> result) => Wrap(double.TryParse(s, style, provider, out double v), v, out result);

    /// <summary>Tries to parse UTF-8 text as a constant dual.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, IFormatProvider? provider, out Dual<TChunk> result) => Wrap(double.TryParse(utf8Text, provider, out double v), v, out result);

    /// <summary>Tries to parse UTF-8 text as a constant dual.</summary>
    public static bool TryParse(ReadOnlySpan<byte> utf8Text, NumberStyles style, IFormatProvider? provider, out Dual<TChunk> result) => Wrap(double.TryParse(utf8Text, style, provider, out double v), v, out result);

    /// <inheritdoc/>
    public int GetExponentByteCount() => Encoding.GetExponentByteCount(Value);

    /// <inheritdoc/>
    public int GetExponentShortestBitLength() => Encoding.GetExponentShortestBitLength(Value);

    /// <inheritdoc/>
    public int GetSignificandBitLength() => Encoding.GetSignificandBitLength(Value);

    /// <inheritdoc/>
    public int GetSignificandByteCount() => Encoding.GetSignificandByteCount(Value);

    /// <inheritdoc/>
    public bool TryWriteExponentBigEndian(Span<byte> destination, out int bytesWritten) => Encoding.TryWriteExponentBigEndian(Value, destination, out bytesWritten);

    /// <inheritdoc/>
    public bool TryWriteExponentLittleEndian(Span<byte> destination, out int bytesWritten) => Encoding.TryWriteExponentLittleEndian(Value, destination, out bytesWritten);

    /// <inheritdoc/>
    public bool TryWriteSignificandBigEndian(Span<byte> destination, out int bytesWritten) => Encoding.TryWriteSignificandBigEndian(Value, destination, out bytesWritten);

    /// <inheritdoc/>
    public bool TryWriteSignificandLittleEndian(Span<byte> destination, out int bytesWritten) => Encoding.TryWriteSignificandLittleEndian(Value, destination, out bytesWritten);

    // Conversions from other number types give constants; conversions to them take the value and
    // drop the partials (the result of such a conversion is not differentiable in any case).
    static bool INumberBase<Dual<TChunk>>.TryConvertFromChecked<TOther>(TOther value, out Dual<TChunk> result) =>
        NumberConversion.TryFrom(value, NumberConversion.Mode.Checked, out result);

    static bool INumberBase<Dual<TChunk>>.TryConvertFromSaturating<TOther>(TOther value, out Dual<TChunk> result) =>
        NumberConversion.TryFrom(value, NumberConversion.Mode.Saturating, out result);

    static bool INumberBase<Dual<TChunk>>.TryConvertFromTruncating<TOther>(TOther value, out Dual<TChunk> result) =>
        NumberConversion.TryFrom(value, NumberConversion.Mode.Truncating, out result);

    static bool INumberBase<Dual<TChunk>>.TryConvertToChecked<TOther>(Dual<TChunk> value, out TOther result) =>
        NumberConversion.TryTo(value, NumberConversion.Mode.Checked, out result);

    static bool INumberBase<Dual<TChunk>>.TryConvertToSaturating<TOther>(Dual<TChunk> value, out TOther result) =>
        NumberConversion.TryTo(value, NumberConversion.Mode.Saturating, out result);

    static bool INumberBase<Dual<TChunk>>.TryConvertToTruncating<TOther>(Dual<TChunk> value, out TOther result) =>
        NumberConversion.TryTo(value, NumberConversion.Mode.Truncating, out result);

    private static bool Wrap(bool parsed, double value, out Dual<TChunk> result)
    {
        result = new(value);
        return parsed;
    }

    // The IEEE encoding queries of double are explicit interface implementations; a constrained
    // generic call reaches them without boxing.
    private static class Encoding
    {
        public static int GetExponentByteCount<TFloat>(TFloat v) where TFloat : IFloatingPoint<TFloat> => v.GetExponentByteCount();

        public static int GetExponentShortestBitLength<TFloat>(TFloat v) where TFloat : IFloatingPoint<TFloat> => v.GetExponentShortestBitLength();

        public static int GetSignificandBitLength<TFloat>(TFloat v) where TFloat : IFloatingPoint<TFloat> => v.GetSignificandBitLength();

        public static int GetSignificandByteCount<TFloat>(TFloat v) where TFloat : IFloatingPoint<TFloat> => v.GetSignificandByteCount();

        public static bool TryWriteExponentBigEndian<TFloat>(TFloat v, Span<byte> d, out int n) where TFloat : IFloatingPoint<TFloat> => v.TryWriteExponentBigEndian(d, out n);

        public static bool TryWriteExponentLittleEndian<TFloat>(TFloat v, Span<byte> d, out int n) where TFloat : IFloatingPoint<TFloat> => v.TryWriteExponentLittleEndian(d, out n);

        public static bool TryWriteSignificandBigEndian<TFloat>(TFloat v, Span<byte> d, out int n) where TFloat : IFloatingPoint<TFloat> => v.TryWriteSignificandBigEndian(d, out n);

        public static bool TryWriteSignificandLittleEndian<TFloat>(TFloat v, Span<byte> d, out int n) where TFloat : IFloatingPoint<TFloat> => v.TryWriteSignificandLittleEndian(d, out n);
    }

    private static class NumberConversion
    {
        public enum Mode
        {
            Checked,
            Saturating,
            Truncating,
        }

        public static bool TryFrom<TOther>(TOther value, Mode mode, out Dual<TChunk> result)
            where TOther : INumberBase<TOther>
        {
            if (value is Dual<TChunk> same)
            {
                result = same;
                return true;
            }

            try
            {
                result = new(mode switch
                {
                    Mode.Checked => double.CreateChecked(value),
                    Mode.Saturating => double.CreateSaturating(value),
                    _ => double.CreateTruncating(value),
                });
                return true;
            }
            catch (NotSupportedException)
            {
                result = default;
                return false;
            }
        }

        public static bool TryTo<TOther>(Dual<TChunk> value, Mode mode, out TOther result)
            where TOther : INumberBase<TOther>
        {
            if (value is TOther same)
            {
                result = same;
                return true;
            }

            try
            {
                result = mode switch
                {
                    Mode.Checked => TOther.CreateChecked(value.Value),
                    Mode.Saturating => TOther.CreateSaturating(value.Value),
                    _ => TOther.CreateTruncating(value.Value),
                };
                return true;
            }
            catch (NotSupportedException)
            {
                result = default!;
                return false;
            }
        }
    }
}
