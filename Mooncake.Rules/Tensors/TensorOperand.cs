using System.Diagnostics.CodeAnalysis;
using System.Numerics;
using System.Runtime.InteropServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// One input of an element-wise <c>TensorPrimitives</c> operation with its tangent: a span, or a
/// scalar that the primal applies to every element (the <c>(ReadOnlySpan&lt;T&gt; x, T y, ...)</c>
/// overloads), so one kernel serves every overload of an operation.
/// </summary>
internal readonly ref struct TensorOperand<T, TChunk>
    where T : unmanaged, IFloatingPointIeee754<T>
    where TChunk : struct, IChunk<TChunk, T>
{
    private readonly ReadOnlySpan<T> _values;
    private readonly ReadOnlySpan<TChunk> _tangents;
    private readonly T _scalar;
    private readonly TChunk _scalarTangent;

    /// <summary>A span operand (its tangent empty where it is constant).</summary>
    public TensorOperand(ReadOnlyDualSpan<T, TChunk> span)
    {
        _values = span.Primal;
        _tangents = span.Tangent;
        IsActive = !span.Tangent.IsEmpty;
    }

    /// <summary>A scalar operand broadcast to every element.</summary>
    public TensorOperand(T value, TChunk tangent)
    {
        _scalar = value;
        _scalarTangent = tangent;
        IsScalar = true;
        IsActive = !tangent.Equals(TChunk.Zero);
    }

    /// <summary>Whether this is a scalar rather than a span.</summary>
    public bool IsScalar { get; }

    /// <summary>Whether the operand carries a non-zero tangent (a constant contributes nothing).</summary>
    public bool IsActive { get; }

    /// <summary>The span's primal values (empty for a scalar).</summary>
    public ReadOnlySpan<T> Values => _values;

    /// <summary>The span operand of a dual span.</summary>
    public static implicit operator TensorOperand<T, TChunk>(ReadOnlyDualSpan<T, TChunk> span) => new(span);

    /// <summary>The span operand of a writable dual span (an input the caller also writes).</summary>
    public static implicit operator TensorOperand<T, TChunk>(DualSpan<T, TChunk> span) => new(span);

    /// <summary>The first element's value; element i's is <see cref="ValueStep"/> times i further on (a scalar repeats).</summary>
    [UnscopedRef]
    public ref readonly T FirstValue => ref IsScalar ? ref _scalar : ref MemoryMarshal.GetReference(_values);

    /// <summary>1 for a span, 0 for a scalar.</summary>
    public int ValueStep => IsScalar ? 0 : 1;

    /// <summary>
    /// The first element's tangent; element i's is <see cref="TangentStep"/> times i further on (a
    /// scalar's repeats, and so does the zero of a span without a tangent: a span operand's
    /// scalar tangent is never set).
    /// </summary>
    [UnscopedRef]
    public ref readonly TChunk FirstTangent => ref IsScalar || _tangents.IsEmpty ? ref _scalarTangent : ref MemoryMarshal.GetReference(_tangents);

    /// <summary>1 for a span with a tangent, 0 otherwise.</summary>
    public int TangentStep => IsScalar || _tangents.IsEmpty ? 0 : 1;
}
