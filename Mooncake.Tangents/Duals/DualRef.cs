using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

/// <summary>
/// The dual of a reference (<c>ref</c>, <c>in</c>, <c>out</c>) to a value with a tangent in a rule:
/// the reference to the primal and the reference to its tangent, which live apart (an array
/// element's tangent is in the array's tangent block). A rule of a primal taking
/// <c>ref double</c> takes <c>DualRef&lt;double, TChunk&gt;</c> in its place (see <c>FRuleAttribute</c>).
/// </summary>
/// <remarks>A reference to a value that carries no derivative arrives with a null tangent reference: its tangent is zero.</remarks>
/// <typeparam name="TPrimal">The referenced primal type.</typeparam>
/// <typeparam name="TTangent">Its tangent type at the rule's width.</typeparam>
public readonly ref struct DualRef<TPrimal, TTangent>
{
    private readonly ref TPrimal _primal;
    private readonly ref TTangent _tangent;

    /// <summary>Pairs a reference with the reference to its tangent (a null reference for a zero tangent).</summary>
    public DualRef(ref TPrimal primal, ref TTangent tangent)
    {
        _primal = ref primal;
        _tangent = ref tangent;
    }

    /// <summary>The referenced primal.</summary>
    public ref TPrimal Primal => ref _primal;

    /// <summary>The referenced tangent; a null reference where the tangent is zero (<see cref="HasTangent"/>).</summary>
    public ref TTangent Tangent => ref _tangent;

    /// <summary>Whether the tangent is stored (false: it is zero).</summary>
    public bool HasTangent => !Unsafe.IsNullRef(ref _tangent);

    /// <summary>The tangent, zero where none is stored.</summary>
    public TTangent TangentOrZero => HasTangent ? _tangent : default!;
}
