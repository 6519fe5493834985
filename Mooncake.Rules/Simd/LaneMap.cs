using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Lane-wise tangent arithmetic of one SIMD vector type: its elements viewed as a span, its lane
/// tangents (one chunk per lane) viewed as a span, and the tangent of a scalar rule applied to
/// every lane. The primal of an operation is the runtime's own (the rule computes it with the
/// vector type's operator or through <see cref="SimdPrimals{TVector, T}"/>); these compute tangents.
/// </summary>
internal static class LaneMap<TVector, T, TLanes, TChunk, TScalar>
    where TVector : unmanaged
    where T : unmanaged, IFloatingPointIeee754<T>
    where TLanes : struct
    where TChunk : struct, IChunk<TChunk, T>
    where TScalar : struct, IDual<TScalar, TChunk, T>
{
    /// <summary>The number of lanes.</summary>
    public static int Count => LaneTangents.Count<TLanes, TChunk>();

    /// <summary>The elements of <paramref name="v"/>, lane 0 first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<T> Elements(ref TVector v) => MemoryMarshal.CreateSpan(ref Unsafe.As<TVector, T>(ref v), Count);

    /// <summary>The chunks of <paramref name="t"/>, lane 0 first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<TChunk> Chunks(ref TLanes t) => LaneTangents.Of<TLanes, TChunk>(ref t);

    /// <summary>Lane <paramref name="lane"/> of a vector dual, as a scalar dual.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TScalar Lane(Dual<TVector, TLanes> v, int lane)
    {
        TVector p = v.Primal;
        TLanes t = v.Tangent;
        return TScalar.Create(Elements(ref p)[lane], Chunks(ref t)[lane]);
    }

    /// <summary>The tangent of <typeparamref name="TFunction"/> applied to every lane of <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Map<TFunction>(Dual<TVector, TLanes> x)
        where TFunction : ILaneFunction<TScalar>
    {
        TLanes result = default;
        Span<TChunk> r = Chunks(ref result);
        for (int l = 0; l < r.Length; l++)
        {
            r[l] = TFunction.Apply(Lane(x, l)).Partials;
        }

        return result;
    }

    /// <summary>The tangent of <typeparamref name="TFunction"/> applied to every pair of lanes of <paramref name="x"/> and <paramref name="y"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Map<TFunction>(Dual<TVector, TLanes> x, Dual<TVector, TLanes> y)
        where TFunction : ILaneFunction2<TScalar>
    {
        TLanes result = default;
        Span<TChunk> r = Chunks(ref result);
        for (int l = 0; l < r.Length; l++)
        {
            r[l] = TFunction.Apply(Lane(x, l), Lane(y, l)).Partials;
        }

        return result;
    }

    /// <summary>The tangent of <typeparamref name="TFunction"/> applied to every triple of lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Map<TFunction>(Dual<TVector, TLanes> x, Dual<TVector, TLanes> y, Dual<TVector, TLanes> z)
        where TFunction : ILaneFunction3<TScalar>
    {
        TLanes result = default;
        Span<TChunk> r = Chunks(ref result);
        for (int l = 0; l < r.Length; l++)
        {
            r[l] = TFunction.Apply(Lane(x, l), Lane(y, l), Lane(z, l)).Partials;
        }

        return result;
    }

    // The primals of +, -, *, / and negation are the runtime's vector instructions (Blocks);
    // the select is bitwise, as ConditionalSelect is.

    /// <summary><c>(mask &amp; a) | (~mask &amp; b)</c>, bit by bit (what <c>ConditionalSelect</c> computes).</summary>
    public static TVector BitSelect(TVector mask, TVector a, TVector b)
    {
        Span<byte> m = MemoryMarshal.AsBytes(new Span<TVector>(ref mask)), x = MemoryMarshal.AsBytes(new Span<TVector>(ref a));
        ReadOnlySpan<byte> y = MemoryMarshal.AsBytes(new ReadOnlySpan<TVector>(in b));
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = (byte)((m[i] & x[i]) | (~m[i] & y[i]));
        }

        return a;
    }

    /// <summary>
    /// <c>v * s</c>, lane by lane. The runtime multiplies every lane by the broadcast scalar, one
    /// correctly rounded product per lane, as here (and <c>s * v</c> is the same product).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Scale(TVector v, T s)
    {
        foreach (ref T e in Elements(ref v))
        {
            e *= s;
        }

        return v;
    }

    /// <summary><c>v / s</c>, lane by lane: one correctly rounded quotient per lane, as the runtime's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TVector Quotient(TVector v, T s)
    {
        foreach (ref T e in Elements(ref v))
        {
            e /= s;
        }

        return v;
    }

    /// <summary>A vector dual with every lane of a scalar dual.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Broadcast(TChunk tangent)
    {
        TLanes result = default;
        Chunks(ref result).Fill(tangent);
        return result;
    }

    /// <summary>The vector tangent read from a chunk-major tangent span (zero where the span is empty: a constant).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Read(ReadOnlySpan<TChunk> tangent, int start)
    {
        if (tangent.IsEmpty)
        {
            return default;
        }

        // One unaligned copy of the run of chunks (no zeroing of a local first).
        return Unsafe.ReadUnaligned<TLanes>(in Unsafe.As<TChunk, byte>(ref MemoryMarshal.GetReference(tangent.Slice(start, Count))));
    }

    /// <summary>The vector tangent read from the tangent reference of an element (zero where it is null: a constant).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TLanes Read(ref readonly TChunk tangent, nuint start) =>
        Unsafe.IsNullRef(in tangent) ? default : Unsafe.ReadUnaligned<TLanes>(in Unsafe.As<TChunk, byte>(ref Unsafe.Add(ref Unsafe.AsRef(in tangent), start)));
}
