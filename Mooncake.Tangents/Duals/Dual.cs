using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Tangents;

/// <summary>
/// A <see cref="double"/> paired with its directional derivatives in <c>TChunk.Width</c>
/// directions (lanes). Arithmetic and every generic-math function propagate the derivatives,
/// so generic numeric code (<c>T F&lt;T&gt;(T x) where T : INumber&lt;T&gt;</c>) runs on duals
/// unchanged and returns its value and derivatives in one pass.
/// </summary>
/// <remarks>
/// <para>Comparisons, equality, hashing and ordering look at <see cref="Value"/> only, so code
/// that branches on a dual takes the branch the primal takes.</para>
/// <para>Operators with a plain <see cref="double"/> operand skip the tangent work on the
/// constant side. Derivative formulas and the policy at singular points are those of
/// <see cref="DualMath{TDual, TChunk, T}"/>.</para>
/// <para>The layout is packed to 8 bytes: a width-4 dual is 40 bytes, not the 64 that the
/// 32-byte alignment of <see cref="System.Runtime.Intrinsics.Vector256{T}"/> would give.</para>
/// </remarks>
/// <typeparam name="TChunk">The chunk type of the partials; it fixes the number of lanes.</typeparam>
[StructLayout(LayoutKind.Sequential, Pack = 8)]
public readonly partial struct Dual<TChunk> : IDual<Dual<TChunk>, TChunk, double>
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>A constant: <paramref name="value"/> with zero partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Dual(double value)
    {
        Value = value;
        Partials = default;
    }

    /// <summary>A dual from its value and partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Dual(double value, TChunk partials)
    {
        Value = value;
        Partials = partials;
    }

    /// <summary>The primal value.</summary>
    public double Value { get; }

    /// <summary>The partials: lane k is the derivative of <see cref="Value"/> in direction k.</summary>
    public TChunk Partials { get; }

    /// <summary>The number of lanes.</summary>
    public static int Width => TChunk.Width;

    /// <summary>The partial in lane <paramref name="lane"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public double this[int lane] => Partials[lane];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Create(double value, TChunk partials) => new(value, partials);

    /// <summary>An input variable: <paramref name="value"/> with partial 1 in lane <paramref name="lane"/> and 0 elsewhere.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lane"/> is not in [0, Width).</exception>
    public static Dual<TChunk> Seed(double value, int lane) => new(value, TChunk.OneHot(lane, 1.0));

    /// <summary>A constant: converts a <see cref="double"/> to a dual with zero partials.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static implicit operator Dual<TChunk>(double value) => new(value);

    /// <summary>The primal value; the partials are dropped.</summary>
    public static explicit operator double(Dual<TChunk> x) => x.Value;

    /// <summary>Equality of the primal values (see the remarks on the type).</summary>
    public bool Equals(Dual<TChunk> other) => Value.Equals(other.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Dual<TChunk> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Value.GetHashCode();

    /// <summary>Orders by the primal values, as <see cref="double.CompareTo(double)"/>.</summary>
    public int CompareTo(Dual<TChunk> other) => Value.CompareTo(other.Value);

    /// <inheritdoc/>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Dual<TChunk> other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a {typeof(Dual<TChunk>)} with a {obj.GetType()}.", nameof(obj)),
    };

    /// <summary>The value and the partials, as <c>1.5 + [1, 0, 0, 0]ε</c>.</summary>
    public override string ToString() => ToString(null, null);

    /// <summary>The value and the partials, each formatted with <paramref name="format"/>.</summary>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TChunk partials = Partials;
        return Value.ToString(format, formatProvider ?? CultureInfo.CurrentCulture) + " + "
            + ChunkLanes.Format<TChunk, double>(in partials, format, formatProvider) + "ε";
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        charsWritten = text.TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }

    /// <inheritdoc/>
    public bool TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        return System.Text.Encoding.UTF8.TryGetBytes(text, utf8Destination, out bytesWritten);
    }
}
