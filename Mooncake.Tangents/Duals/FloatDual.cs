using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Tangents;

/// <summary>
/// A <see cref="float"/> paired with its directional derivatives in <c>TChunk.Width</c> lanes of
/// floats, for code written in single precision. The primal is computed in <see cref="float"/>
/// exactly as the plain code computes it.
/// </summary>
/// <remarks>
/// It has the arithmetic and comparison operators of <see cref="Dual{TChunk}"/>; its elementary
/// functions are those of <see cref="DualMath{TDual, TChunk, T}"/> instantiated at
/// <c>DualMath&lt;FloatDual&lt;TChunk&gt;, TChunk, float&gt;</c> (the formulas are shared with the
/// double dual). Comparisons and equality look at the value only.
/// </remarks>
/// <typeparam name="TChunk">The float chunk type of the partials.</typeparam>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
public readonly struct FloatDual<TChunk> : IDual<FloatDual<TChunk>, TChunk, float>, IEquatable<FloatDual<TChunk>>, IComparable<FloatDual<TChunk>>
    where TChunk : struct, IChunk<TChunk, float>
{
    /// <summary>A constant: <paramref name="value"/> with zero partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FloatDual(float value)
    {
        Value = value;
        Partials = default;
    }

    /// <summary>A dual from its value and partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public FloatDual(float value, TChunk partials)
    {
        Value = value;
        Partials = partials;
    }

    /// <summary>The primal value.</summary>
    public float Value { get; }

    /// <summary>The partials: lane k is the derivative of <see cref="Value"/> in direction k.</summary>
    public TChunk Partials { get; }

    /// <summary>The partial in lane <paramref name="lane"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public float this[int lane] => Partials[lane];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> Create(float value, TChunk partials) => new(value, partials);

    /// <summary>An input variable: <paramref name="value"/> with partial 1 in lane <paramref name="lane"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public static FloatDual<TChunk> Seed(float value, int lane) => new(value, TChunk.OneHot(lane, 1f));

    /// <summary>A constant: converts a <see cref="float"/> to a dual with zero partials.</summary>
    public static implicit operator FloatDual<TChunk>(float value) => new(value);

    /// <summary>The primal value; the partials are dropped.</summary>
    public static explicit operator float(FloatDual<TChunk> x) => x.Value;

    /// <summary>Sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator +(FloatDual<TChunk> x, FloatDual<TChunk> y) => DualMath<FloatDual<TChunk>, TChunk, float>.Add(x, y);

    /// <summary>Sum with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator +(FloatDual<TChunk> x, float c) => DualMath<FloatDual<TChunk>, TChunk, float>.Add(x, c);

    /// <summary>Sum with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator +(float c, FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Add(c, x);

    /// <summary>Difference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator -(FloatDual<TChunk> x, FloatDual<TChunk> y) => DualMath<FloatDual<TChunk>, TChunk, float>.Subtract(x, y);

    /// <summary>Difference with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator -(FloatDual<TChunk> x, float c) => DualMath<FloatDual<TChunk>, TChunk, float>.Subtract(x, c);

    /// <summary>Difference from a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator -(float c, FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Subtract(c, x);

    /// <summary>Product.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator *(FloatDual<TChunk> x, FloatDual<TChunk> y) => DualMath<FloatDual<TChunk>, TChunk, float>.Multiply(x, y);

    /// <summary>Product with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator *(FloatDual<TChunk> x, float c) => DualMath<FloatDual<TChunk>, TChunk, float>.Multiply(x, c);

    /// <summary>Product with a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator *(float c, FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Multiply(c, x);

    /// <summary>Quotient.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator /(FloatDual<TChunk> x, FloatDual<TChunk> y) => DualMath<FloatDual<TChunk>, TChunk, float>.Divide(x, y);

    /// <summary>Quotient by a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator /(FloatDual<TChunk> x, float c) => DualMath<FloatDual<TChunk>, TChunk, float>.Divide(x, c);

    /// <summary>Quotient of a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator /(float c, FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Divide(c, x);

    /// <summary>Truncated remainder.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator %(FloatDual<TChunk> x, FloatDual<TChunk> y) => DualMath<FloatDual<TChunk>, TChunk, float>.Remainder(x, y);

    /// <summary>Truncated remainder by a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator %(FloatDual<TChunk> x, float c) => DualMath<FloatDual<TChunk>, TChunk, float>.Remainder(x, c);

    /// <summary>Truncated remainder of a constant.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator %(float c, FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Remainder(c, x);

    /// <summary>Negation.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TChunk> operator -(FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Negate(x);

    /// <summary>Identity.</summary>
    public static FloatDual<TChunk> operator +(FloatDual<TChunk> x) => x;

    /// <summary>Adds one.</summary>
    public static FloatDual<TChunk> operator ++(FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Increment(x);

    /// <summary>Subtracts one.</summary>
    public static FloatDual<TChunk> operator --(FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Decrement(x);

    /// <summary>Compares the primal values.</summary>
    public static bool operator ==(FloatDual<TChunk> x, FloatDual<TChunk> y) => x.Value == y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator !=(FloatDual<TChunk> x, FloatDual<TChunk> y) => x.Value != y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator <(FloatDual<TChunk> x, FloatDual<TChunk> y) => x.Value < y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator >(FloatDual<TChunk> x, FloatDual<TChunk> y) => x.Value > y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator <=(FloatDual<TChunk> x, FloatDual<TChunk> y) => x.Value <= y.Value;

    /// <summary>Compares the primal values.</summary>
    public static bool operator >=(FloatDual<TChunk> x, FloatDual<TChunk> y) => x.Value >= y.Value;

    /// <summary>Equality of the primal values.</summary>
    public bool Equals(FloatDual<TChunk> other) => Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FloatDual<TChunk> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Orders by the primal values.</summary>
    public int CompareTo(FloatDual<TChunk> other) => Value.CompareTo(other.Value);

    /// <summary>The value and the partials, as <c>1.5 + [1, 0, 0, 0]ε</c>.</summary>
    public override string ToString()
    {
        TChunk partials = Partials;
        return Value.ToString(CultureInfo.CurrentCulture) + " + " + ChunkLanes.Format<TChunk, float>(in partials) + "ε";
    }
}
