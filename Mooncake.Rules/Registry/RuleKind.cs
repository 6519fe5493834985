using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>What a registered rule says about the derivative of its primal.</summary>
public enum RuleKind
{
    /// <summary>The rule computes the directional derivative by the chain rule.</summary>
    Derivative,

    /// <summary>
    /// The primal is piecewise constant in its differentiable inputs (Floor, Round, Sign...): the
    /// rule returns zero partials, and a caller may treat the output as a constant.
    /// </summary>
    ZeroDerivative,
}
