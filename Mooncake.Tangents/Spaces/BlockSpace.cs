using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>
/// The space of an array of doubles or floats, whose tangent is one chunk-major block. The
/// operations run over the whole block at once; the subclasses add the primal's shape.
/// </summary>
internal abstract class BlockSpace<TChunk, T, TLane>(Type primal, Type tangent, ChunkWidth width) : TangentSpace(primal, tangent, width)
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TLane : struct, IChunk<TLane, T>
{
    /// <summary>A zero tangent shaped like <paramref name="primal"/>.</summary>
    private protected abstract BlockTangent<TChunk, T> NewTangent(object primal);

    /// <summary>A zero tangent shaped like <paramref name="tangent"/>.</summary>
    private protected abstract BlockTangent<TChunk, T> NewLike(BlockTangent<TChunk, T> tangent);

    /// <summary>A zero width-1 tangent shaped like <paramref name="tangent"/>.</summary>
    private protected abstract BlockTangent<TLane, T> NewLaneLike(BlockTangent<TChunk, T> tangent);

    /// <summary>The primal's elements in row-major order.</summary>
    private protected abstract Span<T> Elements(object primal);

    /// <summary>A copy of the primal array.</summary>
    private protected abstract object ClonePrimal(object primal);

    internal override object? ZeroCore(object? primal, TangentContext context) =>
        Memoized(primal, context, p => NewTangent(p));

    internal override object? RandomCore(object? primal, Random random, TangentContext context) =>
        Memoized(primal, context, p =>
        {
            BlockTangent<TChunk, T> t = NewTangent(p);
            foreach (ref T value in t.AsSpan())
            {
                value = T.CreateTruncating(StandardNormal.Next(random));
            }

            return t;
        });

    internal override object? AddCore(object? a, object? b, TangentContext context) =>
        Memoized(a, context, x =>
        {
            var (left, right) = Pair(x, b);
            BlockTangent<TChunk, T> sum = NewLike(left);
            Span<T> r = sum.AsSpan();
            ReadOnlySpan<T> p = left.AsSpan(), q = right.AsSpan();
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = p[i] + q[i];
            }

            return sum;
        });

    internal override object? IncrementCore(object? a, object? b, TangentContext context)
    {
        if (a is null || !context.Visit(a))
        {
            return a;
        }

        var (left, right) = Pair(a, b);
        Span<T> p = left.AsSpan();
        ReadOnlySpan<T> q = right.AsSpan();
        for (int i = 0; i < p.Length; i++)
        {
            p[i] += q[i];
        }

        return a;
    }

    internal override object? ScaleCore(double s, object? t, TangentContext context) =>
        Memoized(t, context, x =>
        {
            var block = (BlockTangent<TChunk, T>)x;
            BlockTangent<TChunk, T> scaled = NewLike(block);
            T factor = T.CreateTruncating(s);
            Span<T> r = scaled.AsSpan();
            ReadOnlySpan<T> p = block.AsSpan();
            for (int i = 0; i < r.Length; i++)
            {
                r[i] = factor * p[i];
            }

            return scaled;
        });

    internal override double DotCore(object? a, object? b, TangentContext context)
    {
        if (a is null || !context.Visit(a))
        {
            return 0.0;
        }

        var (left, right) = Pair(a, b);
        ReadOnlySpan<T> p = left.AsSpan(), q = right.AsSpan();
        double sum = 0.0;
        for (int i = 0; i < p.Length; i++)
        {
            sum += double.CreateTruncating(p[i]) * double.CreateTruncating(q[i]);
        }

        return sum;
    }

    internal override object? ExtractLaneCore(object? t, int lane, TangentContext context) =>
        Memoized(t, context, x =>
        {
            var block = (BlockTangent<TChunk, T>)x;
            BlockTangent<TLane, T> laneBlock = NewLaneLike(block);
            block.Lane(lane).CopyTo(laneBlock.AsSpan());
            return laneBlock;
        });

    internal override object? InsertLaneCore(object? t, int lane, object? laneTangent, TangentContext context)
    {
        if (t is null || !context.Visit(t))
        {
            return t;
        }

        var block = (BlockTangent<TChunk, T>)t;
        var laneBlock = (BlockTangent<TLane, T>)laneTangent!;
        RequireCount(block.Count, laneBlock.Count, "lane tangent");
        _ = block.Lane(lane).TryCopyFrom(laneBlock.AsSpan()); // cannot fail: the counts were checked
        return t;
    }

    internal override object? AddToPrimalCore(object? primal, object? t, int lane, double scale, TangentContext context) =>
        Memoized(primal, context, p =>
        {
            var block = (BlockTangent<TChunk, T>)t!;
            object moved = ClonePrimal(p);
            Span<T> values = Elements(moved);
            RequireCount(values.Length, block.Count, "tangent");
            if (IsCopy(scale))
            {
                return moved;
            }

            T factor = T.CreateTruncating(scale);
            int k = 0;
            foreach (T direction in block.Lane(lane))
            {
                values[k++] += factor * direction;
            }

            return moved;
        });

    internal override object? DifferenceCore(object? a, object? b, int lane, TangentContext context) =>
        Memoized(a, context, x =>
        {
            if (b is null)
            {
                throw new ArgumentException($"Cannot subtract a null {PrimalType} from a non-null one.", nameof(b));
            }

            Span<T> p = Elements(x), q = Elements(b);
            RequireCount(p.Length, q.Length, "second primal");
            BlockTangent<TChunk, T> difference = NewTangent(x);
            int k = 0;
            foreach (ref T value in difference.Lane(lane))
            {
                value = p[k] - q[k];
                k++;
            }

            return difference;
        });

    private static void RequireCount(int expected, int actual, string what)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"Array lengths differ: {expected} elements against {actual} in the {what}.");
        }
    }

    private static (BlockTangent<TChunk, T> Left, BlockTangent<TChunk, T> Right) Pair(object a, object? b)
    {
        var left = (BlockTangent<TChunk, T>)a;
        var right = (BlockTangent<TChunk, T>)(b ?? throw new ArgumentException("A non-null array tangent cannot be combined with a null one."));
        left.RequireSameCount(right, nameof(b));
        return (left, right);
    }
}

/// <summary>The space of <c>double[]</c> or <c>float[]</c>.</summary>
internal sealed class ArraySpace<TChunk, T, TLane>(ChunkWidth width)
    : BlockSpace<TChunk, T, TLane>(typeof(T[]), typeof(ArrayTangent<TChunk, T>), width)
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TLane : struct, IChunk<TLane, T>
{
    private protected override BlockTangent<TChunk, T> NewTangent(object primal) => new ArrayTangent<TChunk, T>(((T[])primal).Length);

    private protected override BlockTangent<TChunk, T> NewLike(BlockTangent<TChunk, T> tangent) => new ArrayTangent<TChunk, T>(tangent.Count);

    private protected override BlockTangent<TLane, T> NewLaneLike(BlockTangent<TChunk, T> tangent) => new ArrayTangent<TLane, T>(tangent.Count);

    private protected override Span<T> Elements(object primal) => (T[])primal;

    private protected override object ClonePrimal(object primal) => ((T[])primal).Clone();
}

/// <summary>The space of <c>double[,]</c> or <c>float[,]</c>.</summary>
internal sealed class MatrixSpace<TChunk, T, TLane>(ChunkWidth width)
    : BlockSpace<TChunk, T, TLane>(typeof(T[,]), typeof(MatrixTangent<TChunk, T>), width)
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TLane : struct, IChunk<TLane, T>
{
    private protected override BlockTangent<TChunk, T> NewTangent(object primal) => MatrixTangent<TChunk, T>.ZeroFor((T[,])primal);

    private protected override BlockTangent<TChunk, T> NewLike(BlockTangent<TChunk, T> tangent)
    {
        var matrix = (MatrixTangent<TChunk, T>)tangent;
        return new MatrixTangent<TChunk, T>(matrix.Rows, matrix.Columns);
    }

    private protected override BlockTangent<TLane, T> NewLaneLike(BlockTangent<TChunk, T> tangent)
    {
        var matrix = (MatrixTangent<TChunk, T>)tangent;
        return new MatrixTangent<TLane, T>(matrix.Rows, matrix.Columns);
    }

    private protected override Span<T> Elements(object primal) => CommunityToolkit.HighPerformance.ArrayExtensions.AsSpan((T[,])primal);

    private protected override object ClonePrimal(object primal) => ((T[,])primal).Clone();
}
