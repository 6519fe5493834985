using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>The space of a <see cref="double"/> or <see cref="float"/>: tangents are chunks.</summary>
/// <typeparam name="TChunk">The chunk type at this width.</typeparam>
/// <typeparam name="T">The primal type.</typeparam>
/// <typeparam name="TLane">The width-1 chunk type (what a lane extracts to).</typeparam>
internal sealed class ScalarSpace<TChunk, T, TLane>(ChunkWidth width) : TangentSpace(typeof(T), typeof(TChunk), width)
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TLane : struct, IChunk<TLane, T>
{
    internal override object? ZeroCore(object? primal, TangentContext context) => TChunk.Zero;

    internal override object? RandomCore(object? primal, Random random, TangentContext context)
    {
        TChunk chunk = TChunk.Zero;
        for (int k = 0; k < TChunk.Width; k++)
        {
            chunk = chunk.WithLane(k, T.CreateTruncating(StandardNormal.Next(random)));
        }

        return chunk;
    }

    internal override object? AddCore(object? a, object? b, TangentContext context) => TChunk.Add((TChunk)a!, (TChunk)b!);

    internal override object? IncrementCore(object? a, object? b, TangentContext context) => TChunk.Add((TChunk)a!, (TChunk)b!);

    internal override object? ScaleCore(double s, object? t, TangentContext context) => TChunk.Scale((TChunk)t!, T.CreateTruncating(s));

    internal override double DotCore(object? a, object? b, TangentContext context)
    {
        TChunk x = (TChunk)a!, y = (TChunk)b!;
        double sum = 0.0;
        for (int k = 0; k < TChunk.Width; k++)
        {
            sum += double.CreateTruncating(x[k]) * double.CreateTruncating(y[k]);
        }

        return sum;
    }

    internal override object? ExtractLaneCore(object? t, int lane, TangentContext context) => TLane.OneHot(0, ((TChunk)t!)[lane]);

    internal override object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context) =>
        ((TChunk)t!).WithLane(lane, ((TLane)laneTangent!)[0]);

    internal override object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context) =>
        IsCopy(scale) ? primal : (T)primal! + (T.CreateTruncating(scale) * ((TChunk)t!)[lane]);

    internal override object? DifferenceCore(object? a, object? b, int lane, TangentContext context) => TChunk.OneHot(lane, (T)a! - (T)b!);
}
