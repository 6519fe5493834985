using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

// A primal returning (T, T) has the tuple's dual as its rule's result (see FRuleAttribute):
// the tuple of values paired with the tuple tangent of the two chunks.
internal static class TupleDuals
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<(double, double), TupleTangent<TChunk, TChunk>> Pair<TChunk>((Dual<TChunk> First, Dual<TChunk> Second) pair)
        where TChunk : struct, IChunk<TChunk, double>
        => new((pair.First.Value, pair.Second.Value), new(pair.First.Partials, pair.Second.Partials));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<(float, float), TupleTangent<TChunk, TChunk>> Pair<TChunk>((FloatDual<TChunk> First, FloatDual<TChunk> Second) pair)
        where TChunk : struct, IChunk<TChunk, float>
        => new((pair.First.Value, pair.Second.Value), new(pair.First.Partials, pair.Second.Partials));
}
