using System.Numerics;

namespace Mooncake.Tangents;

/// <summary>
/// A scalar dual number: a primal value of type <typeparamref name="T"/> and the chunk of its
/// partials, one per lane. <see cref="DualMath{TDual, TChunk, T}"/> holds the derivative formulas
/// once for every type implementing this interface.
/// </summary>
/// <typeparam name="TSelf">The implementing dual type.</typeparam>
/// <typeparam name="TChunk">The chunk type of the partials.</typeparam>
/// <typeparam name="T">The primal type: <see cref="double"/> or <see cref="float"/>.</typeparam>
public interface IDual<TSelf, TChunk, T>
    where TSelf : struct, IDual<TSelf, TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The primal value.</summary>
    T Value { get; }

    /// <summary>The directional derivatives of the value, one lane per direction.</summary>
    TChunk Partials { get; }

    /// <summary>Builds a dual from its value and partials.</summary>
    static abstract TSelf Create(T value, TChunk partials);
}
