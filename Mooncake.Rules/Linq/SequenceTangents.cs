using System.Linq.Expressions;
using System.Reflection;
using System.Numerics;
using System.Runtime.InteropServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The elements of a sequence passed as <c>IEnumerable&lt;T&gt;</c> and their tangent block, for
/// the LINQ rules: the dual of <c>IEnumerable&lt;T&gt;</c> is <c>Dual&lt;IEnumerable&lt;T&gt;, object&gt;</c>,
/// whose tangent is the tangent of the run-time collection. A <c>T[]</c> has an
/// <see cref="ArrayTangent{TChunk, T}"/>; a <see cref="List{T}"/> has an emitted class tangent
/// whose <c>_items</c> field is the tangent of its backing array, read through an accessor built
/// once per tangent type.
/// </summary>
internal static class SequenceTangents<TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private static ItemsAccessor? _items;

    /// <summary>
    /// The elements of <paramref name="source"/>, and the first lane of the first element's chunk
    /// in <paramref name="block"/> (null for a null, that is zero, tangent).
    /// </summary>
    /// <exception cref="ArgumentNullException">The source is null.</exception>
    /// <exception cref="NotSupportedException">The source carries a tangent but is neither an array nor a list.</exception>
    public static ReadOnlySpan<T> Elements(Dual<IEnumerable<T>, object> source, string method, out BlockTangent<TChunk, T>? block)
    {
        object? tangent = source.Tangent;
        switch (source.Primal)
        {
            case null:
                throw new ArgumentNullException(nameof(source));
            case T[] array:
                block = tangent is null ? null : tangent as ArrayTangent<TChunk, T> ?? throw Mismatch(tangent, array);
                return array;
            case List<T> list:
                block = tangent is null ? null : Items(tangent) ?? throw Mismatch(tangent, list);
                return CollectionsMarshal.AsSpan(list);
            case var other when tangent is not null && WrappedArray(other) is { } items:
                // The compiler's read-only wrapper of a collection expression ([1.0, 2.0] passed
                // as IEnumerable<double>): its one field is the array, and the tangent's is its block.
                block = Items(tangent) ?? throw Mismatch(tangent, other);
                return items;
            case var other when tangent is not null && !LazySequences<TChunk, T>.Fits(other, tangent):
                throw Mismatch(tangent, other);
            case var other when tangent is not null && LazySequences<TChunk, T>.Materialise(other, tangent, out ArrayTangent<TChunk, T>? elementTangents) is { } elements:
                // A lazy sequence (an iterator over other values): enumerated once through its
                // derived code, which yields the elements and their tangents.
                block = elementTangents;
                return elements;
            case var other when tangent is null:
                // A sequence that carries no tangent (built from constants outside the
                // differentiated code) is read through its enumerator; its partials are zero.
                block = null;
                return other.ToArray();
            default:
                throw new NotSupportedException(
                    $"The rule of Enumerable.{method} takes its derivative from a {typeof(T).Name}[] or List<{typeof(T).Name}> source, not a {source.Primal.GetType()}; "
                    + "lazy sequences (Select, Where, ...) are differentiated by the rule builder, which goes through their iterators.");
        }
    }

    /// <summary>
    /// The partials of <c>Sum</c>: lane-wise <c>Σ chunk[i]</c> over the elements of
    /// <paramref name="source"/>, in four independent accumulators (element i into accumulator
    /// i mod 4, combined as (a0 + a1) + (a2 + a3)), so that the adds are not one dependent chain.
    /// The order is fixed, so the result is the same on every call, and each lane is summed the
    /// same way at every width (lane k of a width-N run equals the width-1 run along lane k).
    /// </summary>
    public static TChunk PartialsOfSum(Dual<IEnumerable<T>, object> source, string method)
    {
        ReadOnlySpan<T> elements = Elements(source, method, out BlockTangent<TChunk, T>? block);
        return block is null ? TChunk.Zero : SumOfChunks(block, elements.Length, out _, default);
    }

    /// <summary>
    /// The value and partials of <c>Sum</c> in one loop: the value exactly as the BCL sums a
    /// <typeparamref name="T"/>[] or <see cref="List{T}"/> (from zero, element by element, one
    /// dependent chain of adds, not vectorised for floating point), the partials as
    /// <see cref="PartialsOfSum"/>. The partials' loads and adds run in the shadow of the value's
    /// chain, so the rule costs about what the primal does.
    /// </summary>
    public static TChunk ValueAndPartialsOfSum(Dual<IEnumerable<T>, object> source, string method, out T sum)
    {
        ReadOnlySpan<T> elements = Elements(source, method, out BlockTangent<TChunk, T>? block);
        if (block is null)
        {
            // The elements as the BCL enumerates them (Elements copies a lazy source once).
            sum = T.Zero;
            foreach (T value in elements)
            {
                sum += value;
            }

            return TChunk.Zero;
        }

        return SumOfChunks(block, elements.Length, out sum, elements);
    }

    // Σ chunk[i] in four accumulators; with `values` non-empty also Σ values[i] in order into sum.
    private static TChunk SumOfChunks(BlockTangent<TChunk, T> block, int length, out T sum, ReadOnlySpan<T> values)
    {
        TChunk a0 = TChunk.Zero, a1 = TChunk.Zero, a2 = TChunk.Zero, a3 = TChunk.Zero;
        T value = T.Zero;
        bool withValues = !values.IsEmpty;
        int i = 0;
        for (; i + 4 <= length; i += 4)
        {
            if (withValues)
            {
                value = value + values[i] + values[i + 1] + values[i + 2] + values[i + 3];
            }

            a0 = TChunk.Add(a0, TChunk.LoadUnsafe(in block.ChunkStart(i)));
            a1 = TChunk.Add(a1, TChunk.LoadUnsafe(in block.ChunkStart(i + 1)));
            a2 = TChunk.Add(a2, TChunk.LoadUnsafe(in block.ChunkStart(i + 2)));
            a3 = TChunk.Add(a3, TChunk.LoadUnsafe(in block.ChunkStart(i + 3)));
        }

        // The remainder goes to the accumulators it would reach in the unrolled loop.
        for (; i < length; i++)
        {
            if (withValues)
            {
                value += values[i];
            }

            TChunk chunk = TChunk.LoadUnsafe(in block.ChunkStart(i));
            switch (i & 3)
            {
                case 0: a0 = TChunk.Add(a0, chunk); break;
                case 1: a1 = TChunk.Add(a1, chunk); break;
                default: a2 = TChunk.Add(a2, chunk); break;
            }
        }

        sum = value;
        return TChunk.Add(TChunk.Add(a0, a1), TChunk.Add(a2, a3));
    }

    /// <summary>The partials of <c>Average</c>: those of the sum over the count.</summary>
    public static TChunk PartialsOfAverage(Dual<IEnumerable<T>, object> source, string method)
    {
        int count = Elements(source, method, out _).Length;
        return TChunk.Scale(PartialsOfSum(source, method), T.One / T.CreateTruncating(count));
    }

    /// <summary>
    /// The partials of the element <c>Max</c> returned: the first equal to <paramref name="selected"/>
    /// (the BCL keeps the first of equal elements). Max skips NaNs, so it returns NaN only when
    /// every element is NaN, and then the last one.
    /// </summary>
    public static TChunk PartialsOfMax(Dual<IEnumerable<T>, object> source, T selected)
    {
        ReadOnlySpan<T> elements = Elements(source, "Max", out BlockTangent<TChunk, T>? block);
        return Chunk(block, T.IsNaN(selected) ? elements.Length - 1 : IndexOf(elements, selected));
    }

    /// <summary>The partials of the element <c>Min</c> returned: the first equal to <paramref name="selected"/>, or the first NaN (where Min stops).</summary>
    public static TChunk PartialsOfMin(Dual<IEnumerable<T>, object> source, T selected)
    {
        ReadOnlySpan<T> elements = Elements(source, "Min", out BlockTangent<TChunk, T>? block);
        return Chunk(block, IndexOf(elements, selected));
    }

    /// <summary>Chunk <paramref name="index"/> of <paramref name="block"/> (zero for a null block).</summary>
    public static TChunk Chunk(BlockTangent<TChunk, T>? block, int index) =>
        block is null ? TChunk.Zero : TChunk.LoadUnsafe(in block.ChunkStart(index));

    private static int IndexOf(ReadOnlySpan<T> elements, T selected)
    {
        for (int i = 0; i < elements.Length; i++)
        {
            if (elements[i] == selected || (T.IsNaN(selected) && T.IsNaN(elements[i])))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"The selected element {selected} is not in the sequence.");
    }

    // The array of a sealed class whose only instance field is a T[] named _items (the C#
    // compiler's <>z__ReadOnlyArray<T>, which a collection expression typed as an interface
    // builds); null for any other source.
    private static T[]? WrappedArray(object source)
    {
        Type type = source.GetType();
        if (!type.IsSealed || type.GetField("_items", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public) is not { } field || field.FieldType != typeof(T[])
            || type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public).Length != 1)
        {
            return null;
        }

        return (T[]?)field.GetValue(source);
    }

    private static BlockTangent<TChunk, T>? Items(object tangent)
    {
        ItemsAccessor? accessor = _items;
        if (accessor is null || accessor.TangentType != tangent.GetType())
        {
            accessor = new ItemsAccessor(tangent.GetType());
            _items = accessor;
        }

        return accessor.Read(tangent);
    }

    private static InvalidOperationException Mismatch(object tangent, object primal) =>
        new($"The tangent {tangent.GetType()} does not belong to a {primal.GetType()} at {TChunk.Width} lanes.");

    // Reads the `_items` field of one emitted List<T> tangent type, compiled once.
    private sealed class ItemsAccessor
    {
        public ItemsAccessor(Type tangentType)
        {
            TangentType = tangentType;
            ParameterExpression tangent = Expression.Parameter(typeof(object));
            Expression items = tangentType.GetField("_items") is { } field && typeof(BlockTangent<TChunk, T>).IsAssignableFrom(field.FieldType)
                ? Expression.Field(Expression.Convert(tangent, tangentType), field)
                : Expression.Constant(null, typeof(BlockTangent<TChunk, T>));
            Read = Expression.Lambda<Func<object, BlockTangent<TChunk, T>?>>(Expression.Convert(items, typeof(BlockTangent<TChunk, T>)), tangent).Compile();
        }

        public Type TangentType { get; }

        public Func<object, BlockTangent<TChunk, T>?> Read { get; }
    }
}
