using System.Runtime.CompilerServices;

namespace Mooncake.Perf.Baseline;

// The elementary functions the workloads use, with DualMath's formulas: the primal once, then
// the partials scaled by the derivative (read off the primal where it can be).
public partial struct BaselineDual<TPartials>
{
    /// <summary>e^x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Exp(in BaselineDual<TPartials> x)
    {
        double v = Math.Exp(x._value);
        return Chain(in x, v, v);
    }

    /// <summary>The natural logarithm; derivative <c>1 / x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Log(in BaselineDual<TPartials> x) => Chain(in x, Math.Log(x._value), 1.0 / x._value);

    /// <summary>The sine; derivative the cosine (both from one <see cref="Math.SinCos"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Sin(in BaselineDual<TPartials> x)
    {
        (double sin, double cos) = Math.SinCos(x._value);
        return Chain(in x, sin, cos);
    }

    /// <summary>The cosine; derivative minus the sine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Cos(in BaselineDual<TPartials> x)
    {
        (double sin, double cos) = Math.SinCos(x._value);
        return Chain(in x, cos, -sin);
    }
}
