using System.Runtime.CompilerServices;

namespace Mooncake.Perf.Baseline;

// The operators of Dual<TChunk>, with its formulas (DualMath.Arithmetic): operands that are
// plain doubles cost no partials work. Each result is built in place (see the type's remarks).
public partial struct BaselineDual<TPartials>
{
    /// <summary>Sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator +(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y)
    {
        Unsafe.SkipInit(out BaselineDual<TPartials> r);
        r._value = x._value + y._value;
        PartialsMath.Add(ref r._partials, in x._partials, in y._partials);
        return r;
    }

    /// <summary>Sum with a constant; the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator +(in BaselineDual<TPartials> x, double c) => WithValue(in x, x._value + c);

    /// <summary>Sum with a constant; the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator +(double c, in BaselineDual<TPartials> x) => WithValue(in x, c + x._value);

    /// <summary>Difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator -(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y)
    {
        Unsafe.SkipInit(out BaselineDual<TPartials> r);
        r._value = x._value - y._value;
        PartialsMath.Subtract(ref r._partials, in x._partials, in y._partials);
        return r;
    }

    /// <summary>Difference with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator -(in BaselineDual<TPartials> x, double c) => WithValue(in x, x._value - c);

    /// <summary>Difference from a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator -(double c, in BaselineDual<TPartials> x)
    {
        Unsafe.SkipInit(out BaselineDual<TPartials> r);
        r._value = c - x._value;
        PartialsMath.Negate(ref r._partials, in x._partials);
        return r;
    }

    /// <summary>Negation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator -(in BaselineDual<TPartials> x)
    {
        Unsafe.SkipInit(out BaselineDual<TPartials> r);
        r._value = -x._value;
        PartialsMath.Negate(ref r._partials, in x._partials);
        return r;
    }

    /// <summary>Product: partials <c>x' y + y' x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator *(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y)
    {
        double xv = x._value, yv = y._value;
        Unsafe.SkipInit(out BaselineDual<TPartials> r);
        r._value = xv * yv;
        PartialsMath.Combine(ref r._partials, in x._partials, yv, in y._partials, xv);
        return r;
    }

    /// <summary>Product with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator *(in BaselineDual<TPartials> x, double c) => Scaled(in x, x._value * c, c);

    /// <summary>Product with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator *(double c, in BaselineDual<TPartials> x) => Scaled(in x, c * x._value, c);

    /// <summary>Quotient: partials <c>x' / y - y' x / y²</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator /(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y)
    {
        double q = x._value / y._value;
        double inverse = 1.0 / y._value;
        return Chain(in x, in y, q, inverse, -q * inverse);
    }

    /// <summary>Quotient by a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator /(in BaselineDual<TPartials> x, double c) => Chain(in x, x._value / c, 1.0 / c);

    /// <summary>Quotient of a constant: partials <c>-x' c / x²</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator /(double c, in BaselineDual<TPartials> x)
    {
        double q = c / x._value;
        return Chain(in x, q, -q / x._value);
    }

    // Constant products scale without the finiteness test of Chain, as DualMath.Multiply does.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BaselineDual<TPartials> Scaled(in BaselineDual<TPartials> x, double value, double c)
    {
        Unsafe.SkipInit(out BaselineDual<TPartials> r);
        r._value = value;
        PartialsMath.Scale(ref r._partials, in x._partials, c);
        return r;
    }
}
