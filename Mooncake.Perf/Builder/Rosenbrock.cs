using System.Numerics;
using Mooncake.Perf.Baseline;

namespace Mooncake.Perf.Builder;

/// <summary>
/// The Rosenbrock function of DiffTests.jl (<c>rosenbrock_1</c>),
/// <c>Σ (1 - x_i)² + 100 (x_{i+1} - x_i²)²</c>, written as in the README example.
/// </summary>
public readonly struct Rosenbrock : IGradientWorkload
{
    /// <inheritdoc/>
    public static string Name => "Rosenbrock";

    /// <inheritdoc/>
    public static double Plain(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length - 1; i++)
        {
            double a = 1 - x[i], b = x[i + 1] - x[i] * x[i];
            s += a * a + 100 * b * b;
        }

        return s;
    }

    /// <inheritdoc/>
    /// <remarks>The rules of sums and products need nothing but the primal's own arithmetic (their local derivatives are the operands).</remarks>
    public static double ScalarWork(double[] x) => Plain(x);

    /// <inheritdoc/>
    public static T Generic<T>(T[] x)
        where T : IFloatingPointIeee754<T>
    {
        T hundred = T.CreateTruncating(100);
        T s = T.Zero;
        for (int i = 0; i < x.Length - 1; i++)
        {
            T a = T.One - x[i], b = x[i + 1] - x[i] * x[i];
            s += a * a + hundred * b * b;
        }

        return s;
    }

    /// <inheritdoc/>
    public static void Baseline<TPartials>(BaselineDual<TPartials>[] x, out BaselineDual<TPartials> result)
        where TPartials : struct, IPartials<TPartials>
    {
        BaselineDual<TPartials> s = BaselineDual<TPartials>.Constant(0.0);
        for (int i = 0; i < x.Length - 1; i++)
        {
            ref readonly BaselineDual<TPartials> xi = ref x[i];
            BaselineDual<TPartials>.Subtract(1.0, in xi, out BaselineDual<TPartials> a);
            BaselineDual<TPartials>.Multiply(in xi, in xi, out BaselineDual<TPartials> b);
            BaselineDual<TPartials>.Subtract(in x[i + 1], in b, out b);
            BaselineDual<TPartials>.Multiply(in a, in a, out a);
            BaselineDual<TPartials>.Multiply(in b, 100.0, out BaselineDual<TPartials> term);
            BaselineDual<TPartials>.Multiply(in term, in b, out term);
            BaselineDual<TPartials>.Add(in a, in term, out term);
            BaselineDual<TPartials>.Add(in s, in term, out s);
        }

        result = s;
    }
}
