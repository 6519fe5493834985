using System.Numerics;
using Mooncake.Perf.Baseline;

namespace Mooncake.Perf.Builder;

/// <summary>
/// A function of a vector whose full gradient the builder benchmarks time, written three ways:
/// as a user writes it in plain C# (what the derived rule is built from, and the primal),
/// once with .NET generic math (the hand-written dual code, run on <see cref="Mooncake.Tangents.Dual{TChunk}"/>),
/// and with the destination-passing operations of the ForwardDiff-style baseline, which has no
/// generic-math surface. The three do the same operations in the same order.
/// </summary>
public interface IGradientWorkload
{
    /// <summary>The workload's name in the tables.</summary>
    static abstract string Name { get; }

    /// <summary>The user's plain C# function.</summary>
    static abstract double Plain(double[] x);

    /// <summary>
    /// The scalar work the rules do in one pass of the dual code, without tangents: each rule's
    /// primal value and local derivative (<see cref="Implementation.ScalarWork"/>).
    /// </summary>
    static abstract double ScalarWork(double[] x);

    /// <summary>The same function written with generic math.</summary>
    static abstract T Generic<T>(T[] x)
        where T : IFloatingPointIeee754<T>;

    /// <summary>The same function on the baseline dual; the result is written to <paramref name="result"/>.</summary>
    static abstract void Baseline<TPartials>(BaselineDual<TPartials>[] x, out BaselineDual<TPartials> result)
        where TPartials : struct, IPartials<TPartials>;
}
