using MathNet.Numerics;
using MathNet.Numerics.Distributions;
using Mooncake.Perf.Builder;
using Mooncake.Rules;

namespace Mooncake.Perf.FirstCall;

/// <summary>The cases of the first-call measurement: a gradient of the suite's Rosenbrock, and the derivatives of a MathNet.Numerics function and of a closure over one.</summary>
public static class FirstCallCases
{
    /// <summary>Every case, in table order.</summary>
    public static IReadOnlyList<FirstCallCase> All { get; } = [Rosenbrock(), Erf(), NormalCdfClosure()];

    private static FirstCallCase Rosenbrock()
    {
        double[] x = BuilderInputs.Uniform(BuilderInputs.Length);
        return new(
            "rosenbrock",
            $"`Forward.Gradient(Rosenbrock.Plain, x)`, n = {x.Length}",
            () => Builder.Rosenbrock.Plain(x),
            () => Forward.Gradient(Builder.Rosenbrock.Plain, x)[0]);
    }

    private static FirstCallCase Erf() => new(
        "erf",
        "`Forward.PrepareDerivative(SpecialFunctions.Erf)` + one `ValueAndDerivative`",
        () => SpecialFunctions.Erf(0.3),
        () =>
        {
            Forward.PrepareDerivative(SpecialFunctions.Erf).ValueAndDerivative(0.3, out double derivative);
            return derivative;
        });

    private static FirstCallCase NormalCdfClosure()
    {
        // Locals the closure captures, so that its target is a display class with fields.
        double mean = 0.5, sd = 1.5;
        Func<double, double> f = x => Normal.CDF(mean, sd, x);
        return new(
            "normal-cdf",
            "`Forward.PrepareDerivative(x => Normal.CDF(mean, sd, x))` + one `ValueAndDerivative`",
            () => f(0.3),
            () =>
            {
                Forward.PrepareDerivative(f).ValueAndDerivative(0.3, out double derivative);
                return derivative;
            });
    }
}
