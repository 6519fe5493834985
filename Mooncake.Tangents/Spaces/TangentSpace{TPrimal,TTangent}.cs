namespace Mooncake.Tangents;

/// <summary>
/// A strongly typed view of a <see cref="TangentSpace"/> whose primal and tangent types are known
/// statically, e.g. <c>TangentSpace&lt;double[], ArrayTangent&lt;Chunk4, double&gt;&gt;</c>.
/// </summary>
/// <typeparam name="TPrimal">The primal type.</typeparam>
/// <typeparam name="TTangent">Its tangent type at the space's width.</typeparam>
public sealed class TangentSpace<TPrimal, TTangent>
{
    /// <summary>Wraps <paramref name="space"/>, checking that its types are <typeparamref name="TPrimal"/> and <typeparamref name="TTangent"/>.</summary>
    /// <exception cref="ArgumentException">The space has other types.</exception>
    public TangentSpace(TangentSpace space)
    {
        ArgumentNullException.ThrowIfNull(space);
        if (space.PrimalType != typeof(TPrimal) || space.TangentType != typeof(TTangent))
        {
            throw new ArgumentException(
                $"The tangent of {space.PrimalType} at {space.Lanes} lanes is {space.TangentType}, not {typeof(TTangent)} for {typeof(TPrimal)}.",
                nameof(space));
        }

        Untyped = space;
    }

    /// <summary>The untyped space.</summary>
    public TangentSpace Untyped { get; }

    /// <summary>The number of lanes.</summary>
    public int Lanes => Untyped.Lanes;

    /// <inheritdoc cref="TangentSpace.Zero(object?)"/>
    public TTangent Zero(TPrimal primal) => (TTangent)Untyped.Zero(primal)!;

    /// <inheritdoc cref="TangentSpace.Random"/>
    public TTangent Random(TPrimal primal, Random random) => (TTangent)Untyped.Random(primal, random)!;

    /// <inheritdoc cref="TangentSpace.Add"/>
    public TTangent Add(TTangent a, TTangent b) => (TTangent)Untyped.Add(a, b)!;

    /// <inheritdoc cref="TangentSpace.Increment"/>
    public TTangent Increment(TTangent a, TTangent b) => (TTangent)Untyped.Increment(a, b)!;

    /// <inheritdoc cref="TangentSpace.Scale"/>
    public TTangent Scale(double s, TTangent t) => (TTangent)Untyped.Scale(s, t)!;

    /// <inheritdoc cref="TangentSpace.Dot"/>
    public double Dot(TTangent a, TTangent b) => Untyped.Dot(a, b);

    /// <summary>Lane <paramref name="lane"/> of <paramref name="t"/> as a width-1 tangent of type <typeparamref name="TLaneTangent"/>.</summary>
    /// <exception cref="InvalidCastException"><typeparamref name="TLaneTangent"/> is not the width-1 tangent type.</exception>
    public TLaneTangent ExtractLane<TLaneTangent>(TTangent t, int lane) => (TLaneTangent)Untyped.ExtractLane(t, lane)!;

    /// <inheritdoc cref="TangentSpace.InsertLane"/>
    public TTangent InsertLane<TLaneTangent>(TTangent t, int lane, TLaneTangent laneTangent) => (TTangent)Untyped.InsertLane(t, lane, laneTangent)!;

    /// <inheritdoc cref="TangentSpace.AddToPrimal"/>
    public TPrimal AddToPrimal(TPrimal primal, TTangent t, int lane, double scale = 1.0) => (TPrimal)Untyped.AddToPrimal(primal, t, lane, scale)!;

    /// <inheritdoc cref="TangentSpace.Difference"/>
    public TTangent Difference(TPrimal a, TPrimal b, int lane) => (TTangent)Untyped.Difference(a, b, lane)!;
}
