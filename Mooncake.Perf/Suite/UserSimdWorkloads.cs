using System.Numerics;
using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Suite;

/// <summary>
/// The user-SIMD rows: f(x) = Σ x_i·w_i·x_i written by hand with <see cref="Vector{T}"/> of double
/// (loads, products, a <see cref="Vector.Dot{T}(Vector{T}, Vector{T})"/> and a scalar tail), and
/// the same function as a scalar loop, each differentiated through <c>Forward</c> (the SIMD rules
/// against the compiler's written-out scalar arithmetic). The two rows' AD times, not only their
/// ratios, are what compare: both have the same gradient.
/// </summary>
public static class UserSimdWorkloads
{
    /// <summary>The rows' names start with this, which <c>--only</c> matches.</summary>
    public const string Name = "user_simd";

    /// <summary>The number of inputs (not a multiple of the vector width, so the tail loop runs).</summary>
    public const int Length = 1027;

    private static readonly double[] Weights = BuilderInputs.Uniform(Length, 7);

    /// <summary>The two rows: the hand-vectorised function, then the scalar loop.</summary>
    public static IEnumerable<Func<SuiteWorkload>> Rows()
    {
        yield return () => Row($"{Name}_vector_dot", VectorDot);
        yield return () => Row($"{Name}_scalar_dot", ScalarDot);
    }

    /// <summary>Σ x_i·w_i·x_i with <see cref="Vector{T}"/>: what a user vectorising the loop writes.</summary>
    public static double VectorDot(double[] x)
    {
        var acc = Vector<double>.Zero;
        int i = 0;
        for (; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var v = new Vector<double>(x, i);
            acc += v * new Vector<double>(Weights, i) * v;
        }

        double s = Vector.Dot(acc, Vector<double>.One);
        for (; i < x.Length; i++)
        {
            s += x[i] * Weights[i] * x[i];
        }

        return s;
    }

    /// <summary>Σ x_i·w_i·x_i as a scalar loop.</summary>
    public static double ScalarDot(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += x[i] * Weights[i] * x[i];
        }

        return s;
    }

    private static SuiteWorkload Row(string name, Func<double[], double> f)
    {
        double[] x = BuilderInputs.Uniform(Length, 3);
        var methods = new List<SuiteMethod>();
        foreach (int width in new[] { 1, 8, 16 })
        {
            string column = SuiteColumn.Derived(width);
            methods.Add(SuiteMethod.Try(column, () =>
            {
                // Prepared outside the timed region, so a refusal lands in this cell.
                GradientPlan plan = Forward.PrepareGradient(f, x.Length, width);
                double[] gradient = new double[x.Length];
                return SuiteMethod.Of(
                    column,
                    () => plan.ValueAndGradient(x, gradient),
                    () =>
                    {
                        Array.Fill(gradient, double.NaN);
                        return [plan.ValueAndGradient(x, gradient), .. gradient];
                    });
            }));
        }

        double[] work = new double[x.Length], differences = new double[x.Length];
        methods.Add(SuiteMethod.Of(
            SuiteColumn.FiniteDifferences,
            () => CentralDifferences.Gradient(f, x, work, differences),
            () => [CentralDifferences.Gradient(f, x, work, differences), .. differences]));
        return new SuiteWorkload(name, $"gradient, n = {x.Length}", BuilderWorkloads.GradientReferenceWidth, () => f(x), methods);
    }
}
