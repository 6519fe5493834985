namespace Mooncake.Tangents;

/// <summary>
/// The dual of a non-scalar value: the primal (an array, a struct, an object...) and its tangent,
/// whose type <see cref="TangentTypes.TangentType(Type, ChunkWidth)"/> gives. Scalars use
/// <see cref="Dual{TChunk}"/> and <see cref="FloatDual{TChunk}"/> instead, and values without a
/// tangent are their own duals.
/// </summary>
/// <typeparam name="TPrimal">The primal type.</typeparam>
/// <typeparam name="TTangent">Its tangent type at some width.</typeparam>
public readonly struct Dual<TPrimal, TTangent>
{
    /// <summary>Pairs a primal with its tangent.</summary>
    public Dual(TPrimal primal, TTangent tangent)
    {
        Primal = primal;
        Tangent = tangent;
    }

    /// <summary>The primal value.</summary>
    public TPrimal Primal { get; }

    /// <summary>Its tangent.</summary>
    public TTangent Tangent { get; }

    /// <summary>Deconstructs into the primal and the tangent.</summary>
    public void Deconstruct(out TPrimal primal, out TTangent tangent)
    {
        primal = Primal;
        tangent = Tangent;
    }

    /// <inheritdoc/>
    public override string ToString() => $"Dual({Primal}, {Tangent})";
}
