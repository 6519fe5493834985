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
/// <para>Lanes reached by reference make the whole dual address-exposed, so the JIT keeps it in
/// memory and every copy of it is a block copy (up to 136 bytes) whose wide loads, reading
/// lanes just written one by one, miss store forwarding. Returning a new dual from each
/// operation costs such a copy per operation: on the dot product, ten times the time of the
/// arithmetic at width 1. So that the baseline is the best scalar code rather than a straw man,
/// every operation also exists in destination-passing form (<c>Multiply(in x, in y, out r)</c>):
/// operands by reference, the result built in place in the caller's variable. The benchmarks
/// use that form; the operators wrap it.</para>
/// <para>The struct is not <c>readonly</c> for that reason; its fields are private and only the
/// operations write them. An operation may write its result over one of its operands.</para>
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

    /// <summary>A constant: <paramref name="value"/> with zero partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Constant(double value) => new() { _value = value };

    /// <summary>The dual with <paramref name="value"/> whose partials are the <c>Width</c> consecutive values at <paramref name="lanes"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Load(double value, ref readonly double lanes, out BaselineDual<TPartials> r)
    {
        Unsafe.SkipInit(out r);
        r._value = value;
        PartialsMath.Load(ref r._partials, in lanes);
    }

    // The chain rule for one argument, as DualMath.Chain: scale by the derivative, or under the
    // strong-zero policy when the derivative is infinite or NaN. The primal is computed by the
    // caller, before r (which may alias x) is written.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Chain(in BaselineDual<TPartials> x, double value, double derivative, out BaselineDual<TPartials> r)
    {
        Unsafe.SkipInit(out r);
        r._value = value;
        if (double.IsFinite(derivative))
        {
            PartialsMath.Scale(ref r._partials, in x._partials, derivative);
        }
        else
        {
            PartialsMath.ScaleStrongZero(ref r._partials, in x._partials, derivative);
        }
    }

    // The chain rule for two arguments, as DualMath.Chain: x' dx + y' dy.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Chain(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y, double value, double dx, double dy, out BaselineDual<TPartials> r)
    {
        Unsafe.SkipInit(out r);
        r._value = value;
        if (double.IsFinite(dx) && double.IsFinite(dy))
        {
            PartialsMath.Combine(ref r._partials, in x._partials, dx, in y._partials, dy);
        }
        else
        {
            // y' dy goes to a temporary first: r may alias y.
            Unsafe.SkipInit(out TPartials yTerm);
            PartialsMath.ScaleStrongZero(ref yTerm, in y._partials, dy);
            PartialsMath.ScaleStrongZero(ref r._partials, in x._partials, dx);
            PartialsMath.Add(ref r._partials, in r._partials, in yTerm);
        }
    }
}
