using System.Runtime.CompilerServices;

namespace Mooncake.Perf.Baseline;

/// <summary>
/// The partials arithmetic of <see cref="BaselineDual{TPartials}"/>, one plain scalar loop per
/// operation: the operations of <see cref="Mooncake.Tangents.IChunk{TSelf, T}"/> written the way
/// ForwardDiff.jl's <c>Partials</c> are, without SIMD. The loop bound is a JIT-time constant.
/// </summary>
/// <remarks>
/// Lanes are reached through <see cref="Unsafe.Add{T}(ref T, int)"/> rather than the inline
/// array indexer because generic code cannot index a type parameter, and so that no bounds
/// check sits in the loops. The index is an <see cref="int"/>: the JIT unrolls constant-count
/// loops of up to four iterations only over an <see cref="int"/> counter (measured: a
/// <see cref="nint"/> counter left even the one-lane loop in place and cost 10-30%).
/// Each operation writes every lane of its destination <c>r</c> in place, so the duals build
/// their result where it lives instead of copying a temporary buffer; <c>r</c> may be one of
/// the operands (lane i is read before it is written). Products that sum use
/// <see cref="double.FusedMultiplyAdd"/> exactly where the chunk types use
/// <c>Vector256.FusedMultiplyAdd</c>, so both duals round identically and do the same work.
/// </remarks>
internal static class PartialsMath
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref double Lanes<TPartials>(ref readonly TPartials partials)
        where TPartials : struct, IPartials<TPartials> =>
        ref Unsafe.As<TPartials, double>(ref Unsafe.AsRef(in partials));

    /// <summary>Copies <c>Width</c> consecutive values starting at <paramref name="source"/> into <paramref name="r"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Load<TPartials>(ref TPartials r, ref readonly double source)
        where TPartials : struct, IPartials<TPartials>
    {
        ref double rl = ref Lanes(in r);
        ref double sl = ref Unsafe.AsRef(in source);
        for (int i = 0; i < TPartials.Width; i++)
        {
            Unsafe.Add(ref rl, i) = Unsafe.Add(ref sl, i);
        }
    }

    /// <summary>Lane-wise <c>a + b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add<TPartials>(ref TPartials r, in TPartials a, in TPartials b)
        where TPartials : struct, IPartials<TPartials>
    {
        ref double rl = ref Lanes(in r), al = ref Lanes(in a), bl = ref Lanes(in b);
        for (int i = 0; i < TPartials.Width; i++)
        {
            Unsafe.Add(ref rl, i) = Unsafe.Add(ref al, i) + Unsafe.Add(ref bl, i);
        }
    }

    /// <summary>Lane-wise <c>a - b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Subtract<TPartials>(ref TPartials r, in TPartials a, in TPartials b)
        where TPartials : struct, IPartials<TPartials>
    {
        ref double rl = ref Lanes(in r), al = ref Lanes(in a), bl = ref Lanes(in b);
        for (int i = 0; i < TPartials.Width; i++)
        {
            Unsafe.Add(ref rl, i) = Unsafe.Add(ref al, i) - Unsafe.Add(ref bl, i);
        }
    }

    /// <summary>Lane-wise <c>-a</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Negate<TPartials>(ref TPartials r, in TPartials a)
        where TPartials : struct, IPartials<TPartials>
    {
        ref double rl = ref Lanes(in r), al = ref Lanes(in a);
        for (int i = 0; i < TPartials.Width; i++)
        {
            Unsafe.Add(ref rl, i) = -Unsafe.Add(ref al, i);
        }
    }

    /// <summary>Every lane times <paramref name="s"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Scale<TPartials>(ref TPartials r, in TPartials a, double s)
        where TPartials : struct, IPartials<TPartials>
    {
        ref double rl = ref Lanes(in r), al = ref Lanes(in a);
        for (int i = 0; i < TPartials.Width; i++)
        {
            Unsafe.Add(ref rl, i) = Unsafe.Add(ref al, i) * s;
        }
    }

    /// <summary>Every lane times <paramref name="s"/>, lanes that are zero staying zero (the strong-zero policy).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void ScaleStrongZero<TPartials>(ref TPartials r, in TPartials a, double s)
        where TPartials : struct, IPartials<TPartials>
    {
        ref double rl = ref Lanes(in r), al = ref Lanes(in a);
        for (int i = 0; i < TPartials.Width; i++)
        {
            double lane = Unsafe.Add(ref al, i);
            Unsafe.Add(ref rl, i) = lane == 0.0 ? 0.0 : lane * s;
        }
    }

    /// <summary>The linear combination <c>a * s + b * t</c>, the second product fused into the sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Combine<TPartials>(ref TPartials r, in TPartials a, double s, in TPartials b, double t)
        where TPartials : struct, IPartials<TPartials>
    {
        ref double rl = ref Lanes(in r), al = ref Lanes(in a), bl = ref Lanes(in b);
        for (int i = 0; i < TPartials.Width; i++)
        {
            Unsafe.Add(ref rl, i) = double.FusedMultiplyAdd(Unsafe.Add(ref al, i), s, Unsafe.Add(ref bl, i) * t);
        }
    }
}
