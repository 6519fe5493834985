using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// Writes caller-supplied directions into a chunk-major block (element i's lanes at
/// <c>i * width .. i * width + width - 1</c>): from one array per direction (a transpose) or from
/// an element-major matrix whose rows are already the chunks (a copy per row).
/// </summary>
/// <remarks>
/// The transpose is what a pass over a cheap function pays on top of the function itself, so it
/// goes by 8 × 8 tiles on AVX-512: eight 512-bit loads (8 elements of 8 directions), 24 in-register
/// shuffles, eight 512-bit stores of whole chunks. The lane-by-lane strided copy
/// (<c>ArrayTangent.SetLane</c>) is one scalar store per value and touches a new cache line per
/// store once the block outgrows L1.
/// </remarks>
internal static class DirectionBlock
{
    /// <summary>
    /// Lane k of element i := <c>directions[k][i]</c>, for k below <paramref name="count"/> and i
    /// below <paramref name="length"/>; lanes from <paramref name="count"/> to
    /// <paramref name="width"/> are set to zero when <paramref name="clearSpare"/> is true and left
    /// as they are otherwise. The caller has checked every direction's length.
    /// </summary>
    public static void Transpose(double[][] directions, int count, double[] block, int length, int width, bool clearSpare)
    {
        ref double chunks = ref MemoryMarshal.GetArrayDataReference(block);
        if (width == 1)
        {
            directions[0].AsSpan(0, length).CopyTo(block);
            return;
        }

        int k = 0;
        if (Avx512F.IsSupported)
        {
            for (; k + 8 <= count; k += 8)
            {
                int tiled = TransposeEight(directions, k, ref chunks, length, width);
                TransposeScalar(directions, k, k + 8, ref chunks, tiled, length, width);
            }
        }

        TransposeScalar(directions, k, count, ref chunks, 0, length, width);
        if (clearSpare && count < width)
        {
            for (int i = 0; i < length; i++)
            {
                MemoryMarshal.CreateSpan(ref Unsafe.Add(ref chunks, ((nint)i * width) + count), width - count).Clear();
            }
        }
    }

    /// <summary>
    /// Lane k of element i := <c>directions[i, k]</c> (row i of the matrix is element i's chunk,
    /// its <paramref name="count"/> columns the directions); spare lanes as in <see cref="Transpose"/>.
    /// </summary>
    public static void Copy(double[,] directions, int count, double[] block, int length, int width, bool clearSpare)
    {
        ReadOnlySpan<double> rows = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(directions)), directions.Length);
        if (count == width)
        {
            rows.CopyTo(block);
            return;
        }

        Span<double> chunks = block;
        for (int i = 0; i < length; i++)
        {
            rows.Slice(i * count, count).CopyTo(chunks.Slice(i * width, count));
            if (clearSpare)
            {
                chunks.Slice((i * width) + count, width - count).Clear();
            }
        }
    }

    // Directions [first, end) for elements [start, length), one value at a time.
    private static void TransposeScalar(double[][] directions, int first, int end, ref double chunks, int start, int length, int width)
    {
        for (int k = first; k < end; k++)
        {
            ref double source = ref MemoryMarshal.GetArrayDataReference(directions[k]);
            ref double lane = ref Unsafe.Add(ref chunks, k);
            for (int i = start; i < length; i++)
            {
                Unsafe.Add(ref lane, (nint)i * width) = Unsafe.Add(ref source, i);
            }
        }
    }

    // Directions [first, first + 8) for the elements in whole tiles of 8; returns how many elements that covers.
    private static int TransposeEight(double[][] directions, int first, ref double chunks, int length, int width)
    {
        ref double d0 = ref MemoryMarshal.GetArrayDataReference(directions[first]);
        ref double d1 = ref MemoryMarshal.GetArrayDataReference(directions[first + 1]);
        ref double d2 = ref MemoryMarshal.GetArrayDataReference(directions[first + 2]);
        ref double d3 = ref MemoryMarshal.GetArrayDataReference(directions[first + 3]);
        ref double d4 = ref MemoryMarshal.GetArrayDataReference(directions[first + 4]);
        ref double d5 = ref MemoryMarshal.GetArrayDataReference(directions[first + 5]);
        ref double d6 = ref MemoryMarshal.GetArrayDataReference(directions[first + 6]);
        ref double d7 = ref MemoryMarshal.GetArrayDataReference(directions[first + 7]);
        int tiled = length & ~7;
        for (int i = 0; i < tiled; i += 8)
        {
            nuint at = (nuint)i;

            // Rows r_k = direction k at elements i..i+7; the columns of this 8 × 8 tile are the chunks.
            Vector512<double> r0 = Vector512.LoadUnsafe(ref d0, at), r1 = Vector512.LoadUnsafe(ref d1, at);
            Vector512<double> r2 = Vector512.LoadUnsafe(ref d2, at), r3 = Vector512.LoadUnsafe(ref d3, at);
            Vector512<double> r4 = Vector512.LoadUnsafe(ref d4, at), r5 = Vector512.LoadUnsafe(ref d5, at);
            Vector512<double> r6 = Vector512.LoadUnsafe(ref d6, at), r7 = Vector512.LoadUnsafe(ref d7, at);

            // Pairs of rows interleaved: even elements (t0, t2, ...) and odd ones (t1, t3, ...).
            Vector512<double> t0 = Avx512F.UnpackLow(r0, r1), t1 = Avx512F.UnpackHigh(r0, r1);
            Vector512<double> t2 = Avx512F.UnpackLow(r2, r3), t3 = Avx512F.UnpackHigh(r2, r3);
            Vector512<double> t4 = Avx512F.UnpackLow(r4, r5), t5 = Avx512F.UnpackHigh(r4, r5);
            Vector512<double> t6 = Avx512F.UnpackLow(r6, r7), t7 = Avx512F.UnpackHigh(r6, r7);

            // 128-bit blocks: 0x88 takes blocks 0 and 2 of each source, 0xDD blocks 1 and 3, so u04
            // holds elements 0 and 4 of rows 0..3, u26 elements 2 and 6, and so on.
            Vector512<double> u04 = Avx512F.Shuffle4x128(t0, t2, 0x88), u26 = Avx512F.Shuffle4x128(t0, t2, 0xDD);
            Vector512<double> u15 = Avx512F.Shuffle4x128(t1, t3, 0x88), u37 = Avx512F.Shuffle4x128(t1, t3, 0xDD);
            Vector512<double> w04 = Avx512F.Shuffle4x128(t4, t6, 0x88), w26 = Avx512F.Shuffle4x128(t4, t6, 0xDD);
            Vector512<double> w15 = Avx512F.Shuffle4x128(t5, t7, 0x88), w37 = Avx512F.Shuffle4x128(t5, t7, 0xDD);

            ref double tile = ref Unsafe.Add(ref chunks, ((nint)i * width) + first);
            nuint stride = (nuint)width;
            Avx512F.Shuffle4x128(u04, w04, 0x88).StoreUnsafe(ref tile, 0);
            Avx512F.Shuffle4x128(u15, w15, 0x88).StoreUnsafe(ref tile, stride);
            Avx512F.Shuffle4x128(u26, w26, 0x88).StoreUnsafe(ref tile, 2 * stride);
            Avx512F.Shuffle4x128(u37, w37, 0x88).StoreUnsafe(ref tile, 3 * stride);
            Avx512F.Shuffle4x128(u04, w04, 0xDD).StoreUnsafe(ref tile, 4 * stride);
            Avx512F.Shuffle4x128(u15, w15, 0xDD).StoreUnsafe(ref tile, 5 * stride);
            Avx512F.Shuffle4x128(u26, w26, 0xDD).StoreUnsafe(ref tile, 6 * stride);
            Avx512F.Shuffle4x128(u37, w37, 0xDD).StoreUnsafe(ref tile, 7 * stride);
        }

        return tiled;
    }
}
