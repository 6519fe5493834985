using System.Numerics;
using Mooncake.Perf.Baseline;

namespace Mooncake.Perf.Builder;

/// <summary>
/// <c>Σ sin(x_i) cos(x_i) exp(x_i)</c>: three transcendental calls and two products per element,
/// differentiated in one pass carrying several directions at once.
/// </summary>
public static class SinCosExpSum
{
    /// <summary>The user's plain C# function.</summary>
    public static double Plain(double[] x)
    {
        double s = 0;
        foreach (double xi in x)
        {
            s += Math.Sin(xi) * Math.Cos(xi) * Math.Exp(xi);
        }

        return s;
    }

    /// <summary>
    /// The scalar work of the dual code's rules for this function, without tangents: the sine
    /// rule's and the cosine rule's <see cref="Math.SinCos"/> each (value and local derivative
    /// together), the exponential, and the products of the values.
    /// </summary>
    /// <remarks>
    /// The JIT does not merge the two <see cref="Math.SinCos"/> calls (it returns through
    /// pointers and is not treated as pure), so this is the work the rules really do; the
    /// primal's separate <see cref="Math.Sin"/> and <see cref="Math.Cos"/> cost about as much as
    /// one of them each. The derivatives are folded into the result so none of it is dead code.
    /// </remarks>
    public static double ScalarWork(double[] x)
    {
        double s = 0;
        foreach (double xi in x)
        {
            (double sin, double sinDerivative) = Math.SinCos(xi);
            (double cosDerivative, double cos) = Math.SinCos(xi);
            double exp = Math.Exp(xi);
            s += (sin * cos * exp) + (sinDerivative * cosDerivative);
        }

        return s;
    }

    /// <summary>The same function written with generic math.</summary>
    public static T Generic<T>(T[] x)
        where T : IFloatingPointIeee754<T>
    {
        T s = T.Zero;
        foreach (T xi in x)
        {
            s += T.Sin(xi) * T.Cos(xi) * T.Exp(xi);
        }

        return s;
    }

    /// <summary>The same function on the baseline dual.</summary>
    public static void Baseline<TPartials>(BaselineDual<TPartials>[] x, out BaselineDual<TPartials> result)
        where TPartials : struct, IPartials<TPartials>
    {
        BaselineDual<TPartials> s = BaselineDual<TPartials>.Constant(0.0);
        foreach (ref readonly BaselineDual<TPartials> xi in x.AsSpan())
        {
            BaselineDual<TPartials>.Sin(in xi, out BaselineDual<TPartials> term);
            BaselineDual<TPartials>.Cos(in xi, out BaselineDual<TPartials> factor);
            BaselineDual<TPartials>.Multiply(in term, in factor, out term);
            BaselineDual<TPartials>.Exp(in xi, out factor);
            BaselineDual<TPartials>.Multiply(in term, in factor, out term);
            BaselineDual<TPartials>.Add(in s, in term, out s);
        }

        result = s;
    }
}
