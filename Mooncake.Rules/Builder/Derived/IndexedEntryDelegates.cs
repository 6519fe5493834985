using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

// Entry points into derived rules for the delegate shapes that take an int beside (or instead
// of) a double, as LINQ's indexed overloads and Enumerable.Range pipelines pass them. The int has
// no tangent, so its slot in the split rule is the int alone.

/// <summary>Entry point for <c>Func&lt;double, int, double&gt;</c>.</summary>
internal delegate double ScalarAndIndexToScalar<TChunk>(object? target, object? targetTangent, double x, TChunk dx, int index, out TChunk dy)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>Entry point for <c>Func&lt;int, double&gt;</c>.</summary>
internal delegate double IndexToScalar<TChunk>(object? target, object? targetTangent, int index, out TChunk dy)
    where TChunk : struct, IChunk<TChunk, double>;
