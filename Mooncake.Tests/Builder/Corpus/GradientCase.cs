using Mooncake.Rules;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// A function of a vector to a number, checked at one width three ways: <c>Forward.Gradient</c>
/// against the reference gradient, a prepared <c>GradientPlan</c> (the same value bit for bit as
/// the plain call, the same gradient), and a <c>Pushforward</c> of <c>width</c> random directions
/// against the reference gradient's dot products. The input is never modified.
/// </summary>
internal sealed class GradientCase(string name, Func<double[], double> f, double[] x, Func<double[], double[]>? exact, Func<double[], double> reference, double tolerance)
    : CorpusCase(name, tolerance)
{
    private readonly Lazy<double[]> _reference = new(() => FiniteDifferences.Gradient(reference, x));

    public override double[] Derivatives(int width)
    {
        double[] gradient = Forward.Gradient(f, [.. x], width);
        Random random = TestRandom.For(Name + width);
        double[][] directions = [.. Enumerable.Range(0, width).Select(_ => random.Direction(x.Length))];
        var derivatives = new double[width];
        double value = Forward.Pushforward(f, [.. x], directions, derivatives);
        return [value, .. gradient, .. derivatives];
    }

    public override void Check(int width)
    {
        double[] input = [.. x];
        double[] gradient = Forward.Gradient(f, input, width);
        Exactly(x, input, "the input after Gradient");
        CloseAll(_reference.Value, gradient, $"gradient at width {width}");
        if (exact is not null)
        {
            double[] formula = exact(x);
            for (int j = 0; j < x.Length; j++)
            {
                Exact(formula[j], gradient[j], $"{Name}: gradient[{j}] at width {width}");
            }
        }

        GradientPlan plan = Forward.PrepareGradient(f, x.Length, width);
        var planned = new double[x.Length];
        double value = plan.ValueAndGradient(input, planned);
        Expect.Same(f([.. x]), value, $"{Name}: the plan's value");
        Exactly(gradient, planned, "the plan's gradient");

        Random random = TestRandom.For(Name + width);
        double[][] directions = [.. Enumerable.Range(0, width).Select(_ => random.Direction(x.Length))];
        var derivatives = new double[width];
        Expect.Same(value, Forward.Pushforward(f, input, directions, derivatives), $"{Name}: the pushforward's value");
        Exactly(x, input, "the input after Pushforward");
        for (int k = 0; k < width; k++)
        {
            double expected = 0, scale = 1;
            for (int j = 0; j < x.Length; j++)
            {
                expected += _reference.Value[j] * directions[k][j];
                scale += Math.Abs(_reference.Value[j] * directions[k][j]);
            }

            // Scaled by the terms, not the sum: a dot product may cancel.
            Assert.IsLessThanOrEqualTo(Tolerance * scale, Math.Abs(derivatives[k] - expected), $"{Name}: pushforward lane {k} of {width}: expected {expected:R}, got {derivatives[k]:R}");
        }
    }
}
