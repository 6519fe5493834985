namespace Mooncake.Perf.Builder;

/// <summary>The benchmark method names the builder benchmarks share, which the check and the table key on.</summary>
public static class Implementation
{
    /// <summary>The plain C# function itself.</summary>
    public const string Primal = nameof(Primal);

    /// <summary>The derived rule through the <see cref="Mooncake.Forward"/> API (prepared plans where it has them).</summary>
    public const string Derived = nameof(Derived);

    /// <summary>Diagnostic: the derived rule called directly, without the Forward API around it (for a gradient, reseeded in O(Width) per pass; for a pushforward, on a block allocated once).</summary>
    public const string DerivedRuleOnly = nameof(DerivedRuleOnly);

    /// <summary>Diagnostic: <see cref="DerivedRuleOnly"/> on the Vector256 chunk of the same width.</summary>
    public const string DerivedRuleVector256 = nameof(DerivedRuleVector256);

    /// <summary>The generic-math function on <see cref="Mooncake.Tangents.Dual{TChunk}"/>.</summary>
    public const string HandWritten = nameof(HandWritten);

    /// <summary><see cref="HandWritten"/> on the Vector256 chunk of the same width.</summary>
    public const string HandWrittenVector256 = nameof(HandWrittenVector256);

    /// <summary>The ForwardDiff-style scalar-loop baseline dual.</summary>
    public const string ForwardDiffBaseline = nameof(ForwardDiffBaseline);

    /// <summary>
    /// Diagnostic: the scalar work the dual code's rules do besides the tangents (each rule's
    /// primal value and local derivative), with no tangent at all. No dual implementation that
    /// applies one rule per primitive, derived, hand-written or baseline, can be faster, so
    /// baseline / this bounds the speed-up over the baseline that any tangent code can reach.
    /// </summary>
    public const string ScalarWork = nameof(ScalarWork);

    /// <summary>Whether the method computes derivatives (and takes part in the agreement check); the primal and <see cref="ScalarWork"/> do not.</summary>
    public static bool ComputesDerivatives(string method) => method is not (Primal or ScalarWork);
}
