using System.Runtime.CompilerServices;

namespace Mooncake.Perf.Baseline;

// The elementary functions the workloads use, with DualMath's formulas: the primal once, then
// the partials scaled by the derivative (read off the primal where it can be). Destination-
// passing form only (see the type's remarks).
public partial struct BaselineDual<TPartials>
{
    /// <summary><c>r = e^x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exp(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r)
    {
        double v = Math.Exp(x._value);
        Chain(in x, v, v, out r);
    }

    /// <summary><c>r = ln x</c>; derivative <c>1 / x</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Log(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r) => Chain(in x, Math.Log(x._value), 1.0 / x._value, out r);

    /// <summary><c>r = sqrt x</c>; derivative <c>1 / (2 sqrt x)</c>, infinite at 0 where the strong-zero policy applies.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sqrt(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r)
    {
        double v = Math.Sqrt(x._value);
        Chain(in x, v, 1.0 / (v + v), out r);
    }

    /// <summary><c>r = sin x</c>; derivative the cosine (both from one <see cref="Math.SinCos"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sin(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r)
    {
        (double sin, double cos) = Math.SinCos(x._value);
        Chain(in x, sin, cos, out r);
    }

    /// <summary><c>r = cos x</c>; derivative minus the sine.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Cos(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r)
    {
        (double sin, double cos) = Math.SinCos(x._value);
        Chain(in x, cos, -sin, out r);
    }

    /// <summary><c>r = tanh x</c>; derivative <c>1 - tanh² x</c> (fused, as DualMath forms it), read off the value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tanh(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r)
    {
        double v = Math.Tanh(x._value);
        Chain(in x, v, Math.FusedMultiplyAdd(-v, v, 1.0), out r);
    }
}
