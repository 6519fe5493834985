namespace Mooncake.Rules.Builder;

/// <summary>
/// Spans of <see cref="double"/> or <see cref="float"/> in derived rules. A span views array
/// memory, so its tangent is the matching view of the array tangent's chunk-major block, typed
/// as a span of chunks: element i's chunk is element i of the tangent span, and every span
/// operation (slicing, indexing, copying) applies to the tangent with the same indices.
/// </summary>
internal static class SpanShapes
{
    /// <summary>Whether <paramref name="type"/> is <c>Span&lt;T&gt;</c> or <c>ReadOnlySpan&lt;T&gt;</c> of a floating-point <c>T</c>.</summary>
    public static bool IsFloatingSpan(Type type, out Type element)
    {
        element = typeof(void);
        if (!type.IsGenericType)
        {
            return false;
        }

        Type definition = type.GetGenericTypeDefinition();
        if (definition != typeof(Span<>) && definition != typeof(ReadOnlySpan<>))
        {
            return false;
        }

        element = type.GetGenericArguments()[0];
        return element == typeof(double) || element == typeof(float);
    }

    /// <summary>The tangent type of a floating-point span: the same kind of span over the element's chunk type.</summary>
    public static Type TangentOf(Type span, Tangents.ChunkWidth width)
    {
        _ = IsFloatingSpan(span, out Type element);
        Type chunk = element == typeof(double) ? width.DoubleChunk : width.FloatChunk;
        return span.GetGenericTypeDefinition().MakeGenericType(chunk);
    }
}
