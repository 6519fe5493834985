using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The elements of a <c>double[]</c> or <c>List&lt;double&gt;</c> source as duals, element i
/// paired with its chunk, for the rules that feed elements to a selector or an aggregation
/// function, or copy runs of them (see <see cref="SequenceTangents{TChunk, T}"/>).
/// </summary>
internal readonly ref struct DualSequence<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly ReadOnlySpan<double> _elements;
    private readonly BlockTangent<TChunk, double>? _block;

    /// <summary>The elements of <paramref name="source"/>; <paramref name="method"/> names the caller in errors.</summary>
    /// <exception cref="ArgumentNullException">The source is null.</exception>
    /// <exception cref="NotSupportedException">The source carries a tangent but is neither an array nor a list.</exception>
    public DualSequence(Dual<IEnumerable<double>, object> source, string method) =>
        _elements = SequenceTangents<TChunk, double>.Elements(source, method, out _block);

    /// <summary>The number of elements.</summary>
    public int Length => _elements.Length;

    /// <summary>Element <paramref name="index"/> with its partials.</summary>
    public Dual<TChunk> this[int index] => new(_elements[index], SequenceTangents<TChunk, double>.Chunk(_block, index));

    /// <summary>
    /// Copies elements <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> - 1
    /// and their chunks to <paramref name="destination"/> from position <paramref name="at"/> on:
    /// one contiguous run of the chunk-major block, or zeros for a source without a tangent.
    /// </summary>
    public void CopyTo(int start, int count, SequenceBuilder<TChunk> destination, int at)
    {
        _elements.Slice(start, count).CopyTo(destination.Values.AsSpan(at, count));
        Span<double> lanes = destination.Tangent.AsSpan().Slice(at * TChunk.Width, count * TChunk.Width);
        if (_block is null)
        {
            lanes.Clear();
        }
        else
        {
            _block.AsSpan().Slice(start * TChunk.Width, count * TChunk.Width).CopyTo(lanes);
        }
    }
}
