using Mooncake.Rules;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// A function of a number to a number: at width 1, <c>Forward.Derivative</c> and a prepared
/// <c>DerivativePlan</c>; at wider widths, a <c>Pushforward</c> of a one-element vector carrying
/// <c>width</c> differently scaled directions, so every lane of the derived rule is used.
/// </summary>
internal sealed class DerivativeCase(string name, Func<double, double> f, double x, Func<double, double>? exact)
    : CorpusCase(name, Expect.DerivativeTolerance)
{
    private readonly Lazy<double> _reference = new(() => FiniteDifferences.Derivative(t => f(x + t)));

    public override double[] Derivatives(int width)
    {
        if (width == 1)
        {
            double value = Forward.PrepareDerivative(f).ValueAndDerivative(x, out double derivative);
            return [value, derivative, Forward.Derivative(f, x)];
        }

        double[][] directions = [.. Enumerable.Range(0, width).Select(k => new[] { 1.0 - (0.25 * k) })];
        var derivatives = new double[width];
        return [Forward.Pushforward(v => f(v[0]), [x], directions, derivatives), .. derivatives];
    }

    public override void Check(int width)
    {
        if (width == 1)
        {
            double derivative = Forward.Derivative(f, x);
            Close(_reference.Value, derivative, "derivative");
            if (exact is not null)
            {
                Exact(exact(x), derivative, $"{Name}: derivative");
            }

            DerivativePlan plan = Forward.PrepareDerivative(f);
            Expect.Same(f(x), plan.ValueAndDerivative(x, out double planned), $"{Name}: the plan's value");
            Expect.Same(derivative, planned, $"{Name}: the plan's derivative");
            return;
        }

        double[][] directions = [.. Enumerable.Range(0, width).Select(k => new[] { 1.0 - (0.25 * k) })];
        var derivatives = new double[width];
        Expect.Same(f(x), Forward.Pushforward(v => f(v[0]), [x], directions, derivatives), $"{Name}: the pushforward's value");
        for (int k = 0; k < width; k++)
        {
            Close(_reference.Value * directions[k][0], derivatives[k], $"pushforward lane {k} of {width}");
        }
    }
}
