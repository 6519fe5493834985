using System.Runtime.CompilerServices;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The split rule of a <c>Func&lt;double, double&gt;</c> with its target and the target's
/// tangent (<see cref="DelegateRules.InPass{TChunk}"/>), called on one dual at a time.
/// </summary>
internal readonly struct UnaryRule<TChunk>(ScalarToScalar<TChunk> rule, object? target, object? targetTangent)
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>The function's dual at <paramref name="x"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Dual<TChunk> Invoke(Dual<TChunk> x) => new(rule(target, targetTangent, x.Value, x.Partials, out TChunk d), d);
}
