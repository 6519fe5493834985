namespace Mooncake.Rules;

/// <summary>How a method stands in the rule coverage report.</summary>
public enum CoverageStatus
{
    /// <summary>A registered rule differentiates it.</summary>
    HasRule,

    /// <summary>A registered rule gives it zero derivative (it is piecewise constant).</summary>
    ZeroDerivative,

    /// <summary>No derivative flows through it: no input or no output can carry one (predicates, integer results, parsing...).</summary>
    NotDifferentiable,

    /// <summary>It could carry a derivative but has no rule.</summary>
    Missing,
}
