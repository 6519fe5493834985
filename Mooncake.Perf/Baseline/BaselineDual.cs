using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Perf.Baseline;

/// <summary>
/// The ForwardDiff.jl-style dual the benchmarks measure <see cref="Mooncake.Tangents.Dual{TChunk}"/>
/// against: a <see cref="double"/> and a fixed-size buffer of <c>TPartials.Width</c> partials,
/// updated by plain scalar loops (<see cref="PartialsMath"/>). Each operation computes the primal
/// once and the partials by the chain rule, with the same formulas, the same strong-zero policy
/// and the same fused products as <see cref="Mooncake.Tangents.DualMath{TDual, TChunk, T}"/>, so
/// the two duals give bit-identical results and differ only in how the lanes are processed.
/// </summary>
/// <remarks>
/// To be the best scalar code rather than a straw man, operands are passed by reference
/// (<c>in</c>: a dual of 16 lanes is 136 bytes) and every result is built in place in an
/// uninitialised local (the assembly skips locals zeroing) that is then returned, so no lane is
/// copied or zeroed for nothing. The struct is therefore not <c>readonly</c>; its fields are
/// private and only the operations write them.
/// </remarks>
/// <typeparam name="TPartials">The partials buffer; it fixes the number of lanes.</typeparam>
[StructLayout(LayoutKind.Sequential)]
public partial struct BaselineDual<TPartials>
    where TPartials : struct, IPartials<TPartials>
{
    private double _value;
    private TPartials _partials;

    /// <summary>The primal value.</summary>
    public readonly double Value => _value;

    /// <summary>The number of lanes.</summary>
    public static int Width => TPartials.Width;

    /// <summary>The partials: lane k is the derivative of <see cref="Value"/> in direction k.</summary>
    public readonly TPartials Partials => _partials;

    /// <summary>The partial in lane <paramref name="lane"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public readonly double this[int lane]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(lane);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lane, Width);
            return Unsafe.Add(ref PartialsMath.Lanes(in _partials), lane);
        }
    }

    /// <summary>A dual with <paramref name="value"/> whose partials are copied from <c>Width</c> consecutive values at <paramref name="lanes"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Load(double value, ref readonly double lanes)
    {
        Unsafe.SkipInit(out BaselineDual<TPartials> r);
        r._value = value;
        PartialsMath.Load(ref r._partials, in lanes);
        return r;
    }

    /// <summary>A constant: <paramref name="value"/> with zero partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Constant(double value) => new() { _value = value };

    // The chain rule for one argument, as DualMath.Chain: scale by the derivative, or under the
    // strong-zero policy when the derivative is infinite or NaN.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BaselineDual<TPartials> Chain(in BaselineDual<TPartials> x, double value, double derivative)
    {
        Unsafe.SkipInit(out BaselineDual<TPartials> r);
        r._value = value;
        if (double.IsFinite(derivative))
        {
            PartialsMath.Scale(ref r._partials, in x._partials, derivative);
        }
        else
        {
            PartialsMath.ScaleStrongZero(ref r._partials, in x._partials, derivative);
        }

        return r;
    }

    // The chain rule for two arguments, as DualMath.Chain: x' dx + y' dy.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BaselineDual<TPartials> Chain(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y, double value, double dx, double dy)
    {
        Unsafe.SkipInit(out BaselineDual<TPartials> r);
        r._value = value;
        if (double.IsFinite(dx) && double.IsFinite(dy))
        {
            PartialsMath.Combine(ref r._partials, in x._partials, dx, in y._partials, dy);
        }
        else
        {
            Unsafe.SkipInit(out TPartials yTerm);
            PartialsMath.ScaleStrongZero(ref r._partials, in x._partials, dx);
            PartialsMath.ScaleStrongZero(ref yTerm, in y._partials, dy);
            PartialsMath.Add(ref r._partials, in r._partials, in yTerm);
        }

        return r;
    }

    // A result whose partials are x's unchanged (sums with a constant).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static BaselineDual<TPartials> WithValue(in BaselineDual<TPartials> x, double value)
    {
        BaselineDual<TPartials> r = x;
        r._value = value;
        return r;
    }
}
