using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// What a derived rule calls in place of a memoised function's rule (<see cref="PrimalMemo"/>):
/// without a memo, the rule itself; with one, the chain rule on the value and local derivative
/// the memo recalls or computes.
/// </summary>
internal static class MemoisedRules
{
    /// <summary>The rule of <typeparamref name="TFunction"/> at <paramref name="x"/>, through <paramref name="memo"/> when there is one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Dual<TChunk> Apply<TChunk, TFunction>(PrimalMemo? memo, Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        where TFunction : struct, IMemoisedFunction
    {
        if (memo is null)
        {
            return TFunction.Rule(x);
        }

        (double value, double derivative) = memo.Recall<TFunction>(x.Value);
        return DualMath<Dual<TChunk>, TChunk, double>.Chain(x, value, derivative);
    }

    /// <summary>
    /// The sine and the cosine of <paramref name="x"/> as <c>DualMath.SinCos</c> gives them, through
    /// <paramref name="memo"/> when there is one: the sine's entry holds both (value sine, derivative cosine).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (Dual<TChunk> Sin, Dual<TChunk> Cos) SinCos<TChunk>(PrimalMemo? memo, Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
    {
        if (memo is null)
        {
            return DualMath<Dual<TChunk>, TChunk, double>.SinCos(x);
        }

        (double sin, double cos) = memo.Recall<MemoisedFunctions.Sin>(x.Value);
        return (DualMath<Dual<TChunk>, TChunk, double>.Chain(x, sin, cos), DualMath<Dual<TChunk>, TChunk, double>.Chain(x, cos, -sin));
    }

    /// <summary>
    /// The value and local derivative of <typeparamref name="TFunction"/> at <paramref name="x"/>:
    /// its rule at width 1 with a unit seed. The chain rule multiplies the seed by the derivative,
    /// exactly (1·d = d, infinities and NaN included), so this is the pair the rule uses at every width.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (double Value, double Derivative) Local<TFunction>(double x)
        where TFunction : struct, IMemoisedFunction
    {
        Dual<Chunk1> y = TFunction.Rule(new Dual<Chunk1>(x, Chunk1.Broadcast(1.0)));
        return (y.Value, y.Partials[0]);
    }
}
