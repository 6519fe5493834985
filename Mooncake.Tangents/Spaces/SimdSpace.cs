using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Tangents;

/// <summary>
/// The space of a SIMD vector of <see cref="double"/> or <see cref="float"/>: its tangent is one
/// chunk per lane (<see cref="LaneTangents4{TChunk}"/> and the other lane counts), and every
/// operation is the scalar space's, lane by lane of the vector.
/// </summary>
/// <typeparam name="TVector">The vector type.</typeparam>
/// <typeparam name="T">Its element type.</typeparam>
/// <typeparam name="TLanes">Its tangent type at this width.</typeparam>
/// <typeparam name="TChunk">The chunk type at this width.</typeparam>
/// <typeparam name="TLanes1">Its tangent type at width 1 (what a lane extracts to).</typeparam>
/// <typeparam name="TChunk1">The width-1 chunk type.</typeparam>
internal sealed class SimdSpace<TVector, T, TLanes, TChunk, TLanes1, TChunk1>(ChunkWidth width) : TangentSpace(typeof(TVector), typeof(TLanes), width)
    where TVector : unmanaged
    where T : unmanaged, IFloatingPointIeee754<T>
    where TLanes : struct
    where TChunk : struct, IChunk<TChunk, T>
    where TLanes1 : struct
    where TChunk1 : struct, IChunk<TChunk1, T>
{
    private static int Count => LaneTangents.Count<TLanes, TChunk>();

    private readonly ScalarSpace<TChunk, T, TChunk1> _scalar = new(width);

    internal override object? ZeroCore(object? primal, TangentContext context) => default(TLanes);

    internal override object? RandomCore(object? primal, Random random, TangentContext context) =>
        Map(default, default, (_, _, l) => (TChunk)_scalar.RandomCore(default(T), random, context)!);

    internal override object? AddCore(object? a, object? b, TangentContext context) =>
        Map((TLanes)a!, (TLanes)b!, (x, y, _) => TChunk.Add(x, y));

    internal override object? IncrementCore(object? a, object? b, TangentContext context) => AddCore(a, b, context);

    internal override object? ScaleCore(double s, object? t, TangentContext context) =>
        Map((TLanes)t!, default, (x, _, _) => TChunk.Scale(x, T.CreateTruncating(s)));

    internal override double DotCore(object? a, object? b, TangentContext context)
    {
        TLanes x = (TLanes)a!, y = (TLanes)b!;
        Span<TChunk> xs = LaneTangents.Of<TLanes, TChunk>(ref x), ys = LaneTangents.Of<TLanes, TChunk>(ref y);
        double sum = 0;
        for (int l = 0; l < Count; l++)
        {
            sum += _scalar.DotCore(xs[l], ys[l], context);
        }

        return sum;
    }

    internal override object? ExtractLaneCore(object? t, int lane, TangentContext context)
    {
        TLanes x = (TLanes)t!;
        TLanes1 result = default;
        Span<TChunk> xs = LaneTangents.Of<TLanes, TChunk>(ref x);
        Span<TChunk1> rs = LaneTangents.Of<TLanes1, TChunk1>(ref result);
        for (int l = 0; l < Count; l++)
        {
            rs[l] = (TChunk1)_scalar.ExtractLaneCore(xs[l], lane, context)!;
        }

        return result;
    }

    internal override object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context)
    {
        TLanes x = (TLanes)t!;
        TLanes1 one = (TLanes1)laneTangent!;
        Span<TChunk> xs = LaneTangents.Of<TLanes, TChunk>(ref x);
        Span<TChunk1> os = LaneTangents.Of<TLanes1, TChunk1>(ref one);
        for (int l = 0; l < Count; l++)
        {
            xs[l] = (TChunk)_scalar.InsertLaneCore(xs[l], lane, os[l], context)!;
        }

        return x;
    }

    internal override object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context)
    {
        TVector v = (TVector)primal!;
        TLanes x = (TLanes)t!;
        Span<T> values = Elements(ref v);
        Span<TChunk> xs = LaneTangents.Of<TLanes, TChunk>(ref x);
        for (int l = 0; l < Count; l++)
        {
            values[l] = (T)_scalar.AddToPrimalCore(values[l], xs[l], lane, scale, context)!;
        }

        return v;
    }

    internal override object? DifferenceCore(object? a, object? b, int lane, TangentContext context)
    {
        TVector x = (TVector)a!, y = (TVector)b!;
        Span<T> xs = Elements(ref x), ys = Elements(ref y);
        TLanes result = default;
        Span<TChunk> rs = LaneTangents.Of<TLanes, TChunk>(ref result);
        for (int l = 0; l < Count; l++)
        {
            rs[l] = (TChunk)_scalar.DifferenceCore(xs[l], ys[l], lane, context)!;
        }

        return result;
    }

    private static Span<T> Elements(ref TVector v) => MemoryMarshal.CreateSpan(ref Unsafe.As<TVector, T>(ref v), Count);

    private static TLanes Map(TLanes a, TLanes b, Func<TChunk, TChunk, int, TChunk> f)
    {
        TLanes result = default;
        Span<TChunk> xs = LaneTangents.Of<TLanes, TChunk>(ref a), ys = LaneTangents.Of<TLanes, TChunk>(ref b);
        Span<TChunk> rs = LaneTangents.Of<TLanes, TChunk>(ref result);
        for (int l = 0; l < Count; l++)
        {
            rs[l] = f(xs[l], ys[l], l);
        }

        return result;
    }
}
