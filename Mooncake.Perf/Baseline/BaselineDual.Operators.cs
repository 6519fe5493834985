using System.Runtime.CompilerServices;

namespace Mooncake.Perf.Baseline;

// The operators of Dual<TChunk>, each a wrapper over the destination-passing form, for code
// that reads better with operators than with the result copies they cost.
public partial struct BaselineDual<TPartials>
{
    /// <summary>Sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator +(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y)
    {
        Add(in x, in y, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Sum with a constant; the partials pass through.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator +(in BaselineDual<TPartials> x, double c)
    {
        Add(in x, c, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Sum with a constant; the partials pass through (the primal keeps the operand order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator +(double c, in BaselineDual<TPartials> x)
    {
        WithValue(in x, c + x._value, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator -(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y)
    {
        Subtract(in x, in y, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Difference with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator -(in BaselineDual<TPartials> x, double c)
    {
        Subtract(in x, c, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Difference from a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator -(double c, in BaselineDual<TPartials> x)
    {
        Subtract(c, in x, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Negation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator -(in BaselineDual<TPartials> x)
    {
        Negate(in x, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator *(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y)
    {
        Multiply(in x, in y, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Product with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator *(in BaselineDual<TPartials> x, double c)
    {
        Multiply(in x, c, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Product with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator *(double c, in BaselineDual<TPartials> x)
    {
        Multiply(in x, c, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Quotient.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator /(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y)
    {
        Divide(in x, in y, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Quotient by a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator /(in BaselineDual<TPartials> x, double c)
    {
        Divide(in x, c, out BaselineDual<TPartials> r);
        return r;
    }

    /// <summary>Quotient of a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> operator /(double c, in BaselineDual<TPartials> x)
    {
        Divide(c, in x, out BaselineDual<TPartials> r);
        return r;
    }
}
