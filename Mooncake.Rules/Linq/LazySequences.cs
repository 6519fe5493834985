using System.Numerics;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The elements and tangents of a lazy sequence (an iterator of <c>Select</c> over complex numbers,
/// of <c>Zip</c>, of a user's <c>yield</c> method) that reaches a LINQ rule with a tangent: its
/// iterator's tangent holds the tangents of what it reads, and only the iterator's derived code can
/// turn them into the elements' tangents. The compiler supplies that code
/// (<see cref="Materialiser"/>): the derived rule of a plain <c>ToArray</c>, which enumerates the
/// sequence once, as the primal LINQ method does.
/// </summary>
internal static class LazySequences
{
    /// <summary>
    /// Builds, for an element type and a width, a delegate of type
    /// <see cref="MaterialiseRule{T, TTangent}"/> (<c>TTangent</c> the array tangent); set by the compiler.
    /// </summary>
    public static Func<Type, ChunkWidth, Delegate>? Materialiser { get; set; }
}

/// <summary>A derived <c>ToArray</c>: the sequence's elements and, in <paramref name="result"/>, their tangents.</summary>
internal delegate T[] MaterialiseRule<T, TTangent>(IEnumerable<T> source, object? tangent, out TTangent result);

/// <summary>The materialiser of <see cref="LazySequences"/> for one chunk type, built once.</summary>
internal static class LazySequences<TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    private static MaterialiseRule<T, ArrayTangent<TChunk, T>>? _rule;

    /// <summary>Whether <paramref name="tangent"/> is a tangent of <paramref name="source"/>'s run-time type at this width.</summary>
    public static bool Fits(IEnumerable<T> source, object tangent)
    {
        ChunkWidth? width = Width();
        return width is null || TangentTypes.TangentType(source.GetType(), width).IsInstanceOfType(tangent);
    }

    /// <summary>The elements of <paramref name="source"/> with their tangents, or null where no compiler is present.</summary>
    public static T[]? Materialise(IEnumerable<T> source, object tangent, out ArrayTangent<TChunk, T>? block)
    {
        if ((_rule ??= Build()) is not { } rule)
        {
            block = null;
            return null;
        }

        T[] elements = rule(source, tangent, out ArrayTangent<TChunk, T> result);
        block = result;
        return elements;
    }

    private static MaterialiseRule<T, ArrayTangent<TChunk, T>>? Build()
    {
        ChunkWidth? width = Width();
        return width is null || LazySequences.Materialiser is not { } build ? null : (MaterialiseRule<T, ArrayTangent<TChunk, T>>)build(typeof(T), width);
    }

    private static ChunkWidth? Width() => ChunkWidth.All.FirstOrDefault(w => w.DoubleChunk == typeof(TChunk) || w.FloatChunk == typeof(TChunk));
}
