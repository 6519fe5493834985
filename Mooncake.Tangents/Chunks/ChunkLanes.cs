using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Mooncake.Tangents;

/// <summary>
/// Lane-level operations shared by every chunk type. They rely on the layout guarantee of
/// <see cref="IChunk{TSelf, T}"/>: a chunk is exactly <c>Width</c> contiguous values of <c>T</c>.
/// These are not on any hot path (seeding, extraction, formatting), so one generic version serves all.
/// </summary>
public static class ChunkLanes
{
    /// <summary>Throws unless <paramref name="lane"/> is a valid lane index for a chunk of <paramref name="width"/> lanes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The lane is negative or not below the width.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckLane(int lane, int width)
    {
        if ((uint)lane >= (uint)width)
        {
            ThrowLaneOutOfRange(lane, width);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowLaneOutOfRange(int lane, int width) =>
        throw new ArgumentOutOfRangeException(nameof(lane), lane, $"Lane {lane} is outside the chunk's lanes [0, {width}).");

    /// <summary>Reads lane <paramref name="lane"/> of <paramref name="chunk"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Get<TChunk, T>(ref readonly TChunk chunk, int lane)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLane(lane, TChunk.Width);
        return Unsafe.Add(ref Unsafe.As<TChunk, T>(ref Unsafe.AsRef(in chunk)), lane);
    }

    /// <summary>Returns <paramref name="chunk"/> with lane <paramref name="lane"/> replaced by <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TChunk With<TChunk, T>(TChunk chunk, int lane, T value)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        CheckLane(lane, TChunk.Width);
        Unsafe.Add(ref Unsafe.As<TChunk, T>(ref chunk), lane) = value;
        return chunk;
    }

    /// <summary>Reads a chunk from the start of <paramref name="source"/>, checking its length.</summary>
    public static TChunk Load<TChunk, T>(ReadOnlySpan<T> source)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (source.Length < TChunk.Width)
        {
            throw new ArgumentException($"A {typeof(TChunk).Name} needs {TChunk.Width} values but the source span holds {source.Length}.", nameof(source));
        }

        return TChunk.LoadUnsafe(in MemoryMarshal.GetReference(source));
    }

    /// <summary>Writes <paramref name="chunk"/> to the start of <paramref name="destination"/>, checking its length.</summary>
    public static void Store<TChunk, T>(TChunk chunk, Span<T> destination)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (destination.Length < TChunk.Width)
        {
            throw new ArgumentException($"A {typeof(TChunk).Name} writes {TChunk.Width} values but the destination span holds {destination.Length}.", nameof(destination));
        }

        TChunk.StoreUnsafe(chunk, ref MemoryMarshal.GetReference(destination));
    }

    /// <summary>
    /// Every lane <c>a</c> times <c>m / d</c>, for a local derivative <c>m / d</c> that is not finite
    /// as one number while <c>a · m / d</c> may be: a lane that is zero stays zero (the strong-zero
    /// policy), any other is <c>(a / d) · m</c>, or <c>(a · m) / d</c> where only that is finite.
    /// </summary>
    /// <remarks>
    /// The rules' slow path, taken only when the derivative overflowed: a Miller recurrence (MathNet's
    /// Bessel functions) runs its values near 1e270, where <c>-q / y</c> of <c>1 / y</c> is infinite
    /// but <c>y' / y</c> (the relative change) is a few units, so <c>q · (y' / y)</c> is the tangent.
    /// </remarks>
    public static TChunk ScaleRatio<TChunk, T>(TChunk a, T m, T d)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        TChunk result = a;
        Span<T> lanes = MemoryMarshal.CreateSpan(ref Unsafe.As<TChunk, T>(ref result), TChunk.Width);
        for (int i = 0; i < lanes.Length; i++)
        {
            T lane = lanes[i];
            if (lane == T.Zero)
            {
                lanes[i] = T.Zero;
                continue;
            }

            T relative = lane / d * m;
            lanes[i] = T.IsFinite(relative) ? relative : T.IsFinite(lane * m / d) ? lane * m / d : relative;
        }

        return result;
    }

    /// <summary>
    /// The tangent of <c>q = x / y</c>, <c>x' / y - q y' / y</c>, where one of its local
    /// derivatives (<c>1 / y</c>, <c>-q / y</c>) is not finite: a term whose derivative is finite is
    /// scaled by it under the strong-zero policy, the other by its ratio
    /// (<see cref="ScaleRatio{TChunk, T}"/>). A zero chunk stands for an operand without a tangent.
    /// </summary>
    public static TChunk QuotientTangent<TChunk, T>(TChunk dx, TChunk dy, T q, T y)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        T inverse = T.One / y, along = -q * inverse;
        return TChunk.Add(
            T.IsFinite(inverse) ? TChunk.ScaleStrongZero(dx, inverse) : ScaleRatio<TChunk, T>(dx, T.One, y),
            T.IsFinite(along) ? TChunk.ScaleStrongZero(dy, along) : ScaleRatio<TChunk, T>(dy, -q, y));
    }

    /// <summary>The lanes as a read-only span over <paramref name="chunk"/> (valid while the chunk is).</summary>
    public static ReadOnlySpan<T> AsSpan<TChunk, T>(ref readonly TChunk chunk)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
        => MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<TChunk, T>(ref Unsafe.AsRef(in chunk)), TChunk.Width);

    /// <summary>
    /// Lane-wise equality with the semantics of <see cref="double.Equals(double)"/>: NaN equals NaN
    /// (so equality is reflexive) and +0 equals -0.
    /// </summary>
    public static bool Equal<TChunk, T>(ref readonly TChunk a, ref readonly TChunk b)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        ReadOnlySpan<T> x = AsSpan<TChunk, T>(in a), y = AsSpan<TChunk, T>(in b);
        for (int i = 0; i < x.Length; i++)
        {
            if (!x[i].Equals(y[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash code consistent with <see cref="Equal{TChunk, T}"/>.</summary>
    public static int Hash<TChunk, T>(ref readonly TChunk chunk)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var hash = new HashCode();
        foreach (T lane in AsSpan<TChunk, T>(in chunk))
        {
            hash.Add(lane);
        }

        return hash.ToHashCode();
    }

    /// <summary>Formats the lanes as <c>[l0, l1, ...]</c>.</summary>
    public static string Format<TChunk, T>(ref readonly TChunk chunk, string? format = null, IFormatProvider? provider = null)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var text = new StringBuilder("[");
        ReadOnlySpan<T> lanes = AsSpan<TChunk, T>(in chunk);
        for (int i = 0; i < lanes.Length; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            text.Append(lanes[i].ToString(format, provider ?? CultureInfo.CurrentCulture));
        }

        return text.Append(']').ToString();
    }
}
