namespace Mooncake.Rules.Testing;

/// <summary>How <see cref="RuleTester"/> checks a rule.</summary>
public sealed record RuleTestOptions
{
    /// <summary>The widths of the harness: 1, 2, 3, 4, 8 and 13 lanes (3 and 13 leave spare lanes).</summary>
    public static IReadOnlyList<int> DefaultWidths { get; } = [1, 2, 3, 4, 8, 13];

    /// <summary>The requested widths to run the rule at.</summary>
    public IReadOnlyList<int> Widths { get; init; } = DefaultWidths;

    /// <summary>
    /// The relative tolerance of the finite-difference check: the error must be at most
    /// <c>Tolerance * max(1, |fd|)</c>.
    /// </summary>
    public double Tolerance { get; init; } = 1e-6;

    /// <summary>The larger of the two central-difference steps (Richardson extrapolation also uses half of it).</summary>
    public double Step { get; init; } = 1e-3;

    /// <summary>Seeds the random directions, so that a failure reproduces.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Which arguments (receiver first) get random tangents; null means every argument that can
    /// carry one. An inactive argument gets a zero tangent.
    /// </summary>
    public IReadOnlyList<bool>? Active { get; init; }

    /// <summary>The type arguments of a generic primal.</summary>
    public IReadOnlyList<Type> TypeArguments { get; init; } = [];

    /// <summary>
    /// Whether lane k of a width-N run must equal the width-1 run along lane k's direction bit
    /// for bit (true), or within <see cref="Tolerance"/> (for kernels that sum in a
    /// width-dependent order).
    /// </summary>
    public bool LanesBitwise { get; init; } = true;

    /// <summary>Whether to check allocations (zero for scalar rules; no growth per lane beyond the outputs for others).</summary>
    public bool CheckAllocations { get; init; } = true;

    /// <summary>
    /// Tangent workspace, in elements per lane, that the rule may allocate beyond the tangents it
    /// returns (e.g. a temporary block for a solve).
    /// </summary>
    public long WorkspaceElementsPerLane { get; init; }

    /// <summary>Whether to skip the finite-difference check (for a zero-derivative rule at a jump, say).</summary>
    public bool SkipFiniteDifferences { get; init; }
}
