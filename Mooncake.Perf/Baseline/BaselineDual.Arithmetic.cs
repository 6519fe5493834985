using System.Runtime.CompilerServices;

namespace Mooncake.Perf.Baseline;

// The arithmetic of Dual<TChunk>, with its formulas (DualMath.Arithmetic), in destination-passing
// form (see the type's remarks). Operands that are plain doubles cost no partials work.
public partial struct BaselineDual<TPartials>
{
    /// <summary><c>r = x + y</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y, out BaselineDual<TPartials> r)
    {
        double value = x._value + y._value;
        Unsafe.SkipInit(out r);
        r._value = value;
        PartialsMath.Add(ref r._partials, in x._partials, in y._partials);
    }

    /// <summary><c>r = x + c</c>: the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in BaselineDual<TPartials> x, double c, out BaselineDual<TPartials> r) => WithValue(in x, x._value + c, out r);

    /// <summary><c>r = x - y</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Subtract(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y, out BaselineDual<TPartials> r)
    {
        double value = x._value - y._value;
        Unsafe.SkipInit(out r);
        r._value = value;
        PartialsMath.Subtract(ref r._partials, in x._partials, in y._partials);
    }

    /// <summary><c>r = x - c</c>: the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Subtract(in BaselineDual<TPartials> x, double c, out BaselineDual<TPartials> r) => WithValue(in x, x._value - c, out r);

    /// <summary><c>r = c - x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Subtract(double c, in BaselineDual<TPartials> x, out BaselineDual<TPartials> r) => Negated(in x, c - x._value, out r);

    /// <summary><c>r = -x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Negate(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r) => Negated(in x, -x._value, out r);

    /// <summary><c>r = x * y</c>: partials <c>x' y + y' x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y, out BaselineDual<TPartials> r)
    {
        double xv = x._value, yv = y._value;
        Unsafe.SkipInit(out r);
        r._value = xv * yv;
        PartialsMath.Combine(ref r._partials, in x._partials, yv, in y._partials, xv);
    }

    /// <summary><c>r = x * c</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(in BaselineDual<TPartials> x, double c, out BaselineDual<TPartials> r)
    {
        double value = x._value * c;
        Unsafe.SkipInit(out r);
        r._value = value;
        PartialsMath.Scale(ref r._partials, in x._partials, c);
    }

    /// <summary><c>r = x / y</c>: partials <c>x' / y - y' x / y²</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Divide(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y, out BaselineDual<TPartials> r)
    {
        double q = x._value / y._value;
        double inverse = 1.0 / y._value;
        Chain(in x, in y, q, inverse, -q * inverse, out r);
    }

    /// <summary><c>r = x / c</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Divide(in BaselineDual<TPartials> x, double c, out BaselineDual<TPartials> r) => Chain(in x, x._value / c, 1.0 / c, out r);

    /// <summary><c>r = c / x</c>: partials <c>-x' c / x²</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Divide(double c, in BaselineDual<TPartials> x, out BaselineDual<TPartials> r)
    {
        double q = c / x._value;
        Chain(in x, q, -q / x._value, out r);
    }

    // r = (value, x'); computed in place, the partials are already there.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void WithValue(in BaselineDual<TPartials> x, double value, out BaselineDual<TPartials> r)
    {
        Unsafe.SkipInit(out r);
        if (!Unsafe.AreSame(in r, in x))
        {
            PartialsMath.Load(ref r._partials, in PartialsMath.Lanes(in x._partials));
        }

        r._value = value;
    }

    // r = (value, -x').
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Negated(in BaselineDual<TPartials> x, double value, out BaselineDual<TPartials> r)
    {
        Unsafe.SkipInit(out r);
        r._value = value;
        PartialsMath.Negate(ref r._partials, in x._partials);
    }
}
