namespace Mooncake.Tangents;

/// <summary>
/// The dual of a <see cref="Span{T}"/> of <see cref="double"/> or <see cref="float"/> in a rule: the
/// primal span and the span of its tangent, chunk-major (element i's chunk is element i of
/// <see cref="Tangent"/>), as a derived rule views an array's tangent block. A rule of a primal taking
/// a span takes this in its place (see <c>FRuleAttribute</c>).
/// </summary>
/// <remarks>
/// An argument that carries no derivative (a span over constant data) arrives with an empty
/// <see cref="Tangent"/>: its tangent is zero. A rule that writes the span must write the tangent
/// too, and may refuse an argument without one (<see cref="RequireTangent"/>), since the compiler
/// gives a span that is written with values carrying derivatives a tangent.
/// </remarks>
/// <typeparam name="T">The element type.</typeparam>
/// <typeparam name="TChunk">The chunk type of the element's tangent.</typeparam>
public readonly ref struct DualSpan<T, TChunk>
    where TChunk : struct
{
    /// <summary>Pairs a span with its tangent span (empty for a zero tangent).</summary>
    /// <exception cref="ArgumentException"><paramref name="tangent"/> is neither empty nor as long as <paramref name="primal"/>.</exception>
    public DualSpan(Span<T> primal, Span<TChunk> tangent)
    {
        if (!tangent.IsEmpty && tangent.Length != primal.Length)
        {
            throw new ArgumentException($"A span of {primal.Length} elements has a tangent of {tangent.Length} chunks.", nameof(tangent));
        }

        Primal = primal;
        Tangent = tangent;
    }

    /// <summary>The primal span.</summary>
    public Span<T> Primal { get; }

    /// <summary>The tangent span: one chunk per element, or empty where the tangent is zero.</summary>
    public Span<TChunk> Tangent { get; }

    /// <summary>The number of elements.</summary>
    public int Length => Primal.Length;

    /// <summary>Whether the tangent is stored (false: it is zero).</summary>
    public bool HasTangent => !Tangent.IsEmpty || Primal.IsEmpty;

    /// <summary>The tangent span, for a rule that writes it.</summary>
    /// <exception cref="NotSupportedException">The span carries no tangent, so its derivative cannot be written.</exception>
    public Span<TChunk> RequireTangent(string parameter) => HasTangent
        ? Tangent
        : throw new NotSupportedException($"The span '{parameter}' is written with values that carry derivatives, but it has no tangent (it views constant data).");

    /// <summary>The read-only view.</summary>
    public static implicit operator ReadOnlyDualSpan<T, TChunk>(DualSpan<T, TChunk> span) => new(span.Primal, span.Tangent);
}

/// <summary>
/// The dual of a <see cref="ReadOnlySpan{T}"/> of <see cref="double"/> or <see cref="float"/> in a
/// rule: the primal span and its tangent span, chunk-major, empty where the tangent is zero
/// (see <see cref="DualSpan{T, TChunk}"/>).
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <typeparam name="TChunk">The chunk type of the element's tangent.</typeparam>
public readonly ref struct ReadOnlyDualSpan<T, TChunk>
    where TChunk : struct
{
    /// <summary>Pairs a span with its tangent span (empty for a zero tangent).</summary>
    /// <exception cref="ArgumentException"><paramref name="tangent"/> is neither empty nor as long as <paramref name="primal"/>.</exception>
    public ReadOnlyDualSpan(ReadOnlySpan<T> primal, ReadOnlySpan<TChunk> tangent)
    {
        if (!tangent.IsEmpty && tangent.Length != primal.Length)
        {
            throw new ArgumentException($"A span of {primal.Length} elements has a tangent of {tangent.Length} chunks.", nameof(tangent));
        }

        Primal = primal;
        Tangent = tangent;
    }

    /// <summary>The primal span.</summary>
    public ReadOnlySpan<T> Primal { get; }

    /// <summary>The tangent span: one chunk per element, or empty where the tangent is zero.</summary>
    public ReadOnlySpan<TChunk> Tangent { get; }

    /// <summary>The number of elements.</summary>
    public int Length => Primal.Length;

    /// <summary>Whether the tangent is stored (false: it is zero).</summary>
    public bool HasTangent => !Tangent.IsEmpty || Primal.IsEmpty;

    /// <summary>The tangent chunk of element <paramref name="index"/> (zero where no tangent is stored).</summary>
    public TChunk TangentAt(int index) => Tangent.IsEmpty ? default : Tangent[index];
}
