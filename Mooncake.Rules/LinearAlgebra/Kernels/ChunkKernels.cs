using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The loops of the tangent kernels: runs of chunks inside chunk-major tangent blocks, combined
/// with runs of primal scalars. A block of an n×m matrix is read as n rows of m chunks, i.e. an
/// n × (m·Width) matrix, so one call updates every lane of a whole row at once.
/// </summary>
/// <remarks>
/// <para>Arguments are references to the first lane of the first chunk (or to the first scalar);
/// counts and strides are in elements (chunks or scalars). Nothing is bounds-checked: the rules
/// check shapes before calling.</para>
/// <para>Every helper applies one fixed sequence of operations to each lane, whatever the width,
/// so lane k of a width-N call equals the width-1 call in that direction bit for bit.</para>
/// </remarks>
internal static class ChunkKernels
{
    /// <summary>The first lane of chunk <paramref name="index"/> of the run starting at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref double Chunk<TChunk>(ref double start, nint index)
        where TChunk : struct, IChunk<TChunk, double>
        => ref Unsafe.Add(ref start, index * TChunk.Width);

    /// <summary>Chunk <paramref name="index"/> of the run starting at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TChunk Load<TChunk>(ref double start, nint index)
        where TChunk : struct, IChunk<TChunk, double>
        => TChunk.LoadUnsafe(in Chunk<TChunk>(ref start, index));

    /// <summary>Stores <paramref name="value"/> as chunk <paramref name="index"/> of the run starting at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store<TChunk>(TChunk value, ref double start, nint index)
        where TChunk : struct, IChunk<TChunk, double>
        => TChunk.StoreUnsafe(value, ref Chunk<TChunk>(ref start, index));

    /// <summary><c>y[j] += x[j·xStride] · s</c>: a row of chunks plus a scaled row of chunks.</summary>
    public static void AddScaled<TChunk>(ref double y, ref double x, nint xStride, double s, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        for (nint j = 0; j < count; j++)
        {
            Store(TChunk.MulAdd(Load<TChunk>(ref x, j * xStride), s, Load<TChunk>(ref y, j)), ref y, j);
        }
    }

    /// <summary><c>y[j] += c · s[j·sStride]</c>: a row of chunks plus one chunk times a row of scalars.</summary>
    public static void AddOuter<TChunk>(ref double y, TChunk c, ref double s, nint sStride, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        for (nint j = 0; j < count; j++)
        {
            Store(TChunk.MulAdd(c, Unsafe.Add(ref s, j * sStride), Load<TChunk>(ref y, j)), ref y, j);
        }
    }

    /// <summary>
    /// <c>y[j] += c · s[j·sStride] + x[j·xStride] · t</c>: both terms of a product rule
    /// (<c>dA·B + A·dB</c> for one row) in one pass over the destination.
    /// </summary>
    public static void AddProducts<TChunk>(ref double y, TChunk c, ref double s, nint sStride, ref double x, nint xStride, double t, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        for (nint j = 0; j < count; j++)
        {
            TChunk yj = TChunk.MulAdd(Load<TChunk>(ref x, j * xStride), t, Load<TChunk>(ref y, j));
            Store(TChunk.MulAdd(c, Unsafe.Add(ref s, j * sStride), yj), ref y, j);
        }
    }

    /// <summary><c>Σ x[j·xStride] · s[j·sStride]</c>: a row of chunks against a row of scalars, two partial sums.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TChunk Dot<TChunk>(ref double x, nint xStride, ref double s, nint sStride, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TChunk a0 = TChunk.Zero, a1 = TChunk.Zero;
        nint j = 0;
        for (; j < count - 1; j += 2)
        {
            a0 = TChunk.MulAdd(Load<TChunk>(ref x, j * xStride), Unsafe.Add(ref s, j * sStride), a0);
            a1 = TChunk.MulAdd(Load<TChunk>(ref x, (j + 1) * xStride), Unsafe.Add(ref s, (j + 1) * sStride), a1);
        }

        if (j < count)
        {
            a0 = TChunk.MulAdd(Load<TChunk>(ref x, j * xStride), Unsafe.Add(ref s, j * sStride), a0);
        }

        return TChunk.Add(a0, a1);
    }

    /// <summary>
    /// <c>Σ dx[j·dxStride] · y[j·yStride] + dy[j] · x[j]</c>: the tangent of a dot product
    /// <c>x·y</c> whose first factor is strided, four partial sums.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TChunk DotPair<TChunk>(ref double dx, nint dxStride, ref double y, nint yStride, ref double dy, ref double x, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TChunk a0 = TChunk.Zero, a1 = TChunk.Zero, b0 = TChunk.Zero, b1 = TChunk.Zero;
        nint j = 0;
        for (; j < count - 1; j += 2)
        {
            a0 = TChunk.MulAdd(Load<TChunk>(ref dx, j * dxStride), Unsafe.Add(ref y, j * yStride), a0);
            b0 = TChunk.MulAdd(Load<TChunk>(ref dy, j), Unsafe.Add(ref x, j), b0);
            a1 = TChunk.MulAdd(Load<TChunk>(ref dx, (j + 1) * dxStride), Unsafe.Add(ref y, (j + 1) * yStride), a1);
            b1 = TChunk.MulAdd(Load<TChunk>(ref dy, j + 1), Unsafe.Add(ref x, j + 1), b1);
        }

        if (j < count)
        {
            a0 = TChunk.MulAdd(Load<TChunk>(ref dx, j * dxStride), Unsafe.Add(ref y, j * yStride), a0);
            b0 = TChunk.MulAdd(Load<TChunk>(ref dy, j), Unsafe.Add(ref x, j), b0);
        }

        return TChunk.Add(TChunk.Add(a0, a1), TChunk.Add(b0, b1));
    }

    /// <summary><c>Σ x[j]</c> over a row of chunks, four partial sums.</summary>
    public static TChunk Sum<TChunk>(ref double x, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TChunk a0 = TChunk.Zero, a1 = TChunk.Zero, a2 = TChunk.Zero, a3 = TChunk.Zero;
        nint j = 0;
        for (; j < count - 3; j += 4)
        {
            a0 = TChunk.Add(a0, Load<TChunk>(ref x, j));
            a1 = TChunk.Add(a1, Load<TChunk>(ref x, j + 1));
            a2 = TChunk.Add(a2, Load<TChunk>(ref x, j + 2));
            a3 = TChunk.Add(a3, Load<TChunk>(ref x, j + 3));
        }

        for (; j < count; j++)
        {
            a0 = TChunk.Add(a0, Load<TChunk>(ref x, j));
        }

        return TChunk.Add(TChunk.Add(a0, a1), TChunk.Add(a2, a3));
    }

    /// <summary><c>y[j] *= s</c> over a row of chunks.</summary>
    public static void Scale<TChunk>(ref double y, double s, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        for (nint j = 0; j < count; j++)
        {
            Store(TChunk.Scale(Load<TChunk>(ref y, j), s), ref y, j);
        }
    }

    /// <summary>Copies <paramref name="count"/> chunks from a strided run to a contiguous one.</summary>
    public static void Copy<TChunk>(ref double source, nint sourceStride, ref double destination, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        for (nint j = 0; j < count; j++)
        {
            Store(Load<TChunk>(ref source, j * sourceStride), ref destination, j);
        }
    }
}
