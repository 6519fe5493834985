using System.Numerics;
using Mooncake.Perf.Baseline;

namespace Mooncake.Perf.Builder;

/// <summary>
/// The Ackley function of DiffTests.jl,
/// <c>-a exp(b sqrt(Σ x_i² / n)) - exp(Σ cos(c x_i) / n) + a + e</c> with a = 20, b = -0.2, c = 2π:
/// one cosine per element, and a square root and two exponentials per evaluation.
/// </summary>
public readonly struct Ackley : IGradientWorkload
{
    private const double A = 20.0, B = -0.2, C = 2.0 * Math.PI;

    /// <inheritdoc/>
    public static string Name => "Ackley";

    /// <inheritdoc/>
    public static double Plain(double[] x)
    {
        double lengthInverse = 1.0 / x.Length;
        double sumSquares = 0.0, sumCos = 0.0;
        foreach (double xi in x)
        {
            sumCos += Math.Cos(C * xi);
            sumSquares += xi * xi;
        }

        return -A * Math.Exp(B * Math.Sqrt(lengthInverse * sumSquares)) - Math.Exp(lengthInverse * sumCos) + A + Math.E;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The cosine rule's <see cref="Math.SinCos"/> per element (the sine is its derivative), the
    /// square root's rule with its derivative <c>1 / (2 sqrt)</c>, and the two exponentials.
    /// </remarks>
    public static double ScalarWork(double[] x)
    {
        double lengthInverse = 1.0 / x.Length;
        double sumSquares = 0.0, sumCos = 0.0, sumSin = 0.0;
        foreach (double xi in x)
        {
            (double sin, double cos) = Math.SinCos(C * xi);
            sumCos += cos;
            sumSin += sin;
            sumSquares += xi * xi;
        }

        double root = Math.Sqrt(lengthInverse * sumSquares);
        return -A * Math.Exp(B * root) - Math.Exp(lengthInverse * sumCos) + A + Math.E + (sumSin / (root + root));
    }

    /// <inheritdoc/>
    public static T Generic<T>(T[] x)
        where T : IFloatingPointIeee754<T>
    {
        T a = T.CreateTruncating(A), b = T.CreateTruncating(B), c = T.CreateTruncating(C);
        T lengthInverse = T.One / T.CreateTruncating(x.Length);
        T sumSquares = T.Zero, sumCos = T.Zero;
        foreach (T xi in x)
        {
            sumCos += T.Cos(c * xi);
            sumSquares += xi * xi;
        }

        return -a * T.Exp(b * T.Sqrt(lengthInverse * sumSquares)) - T.Exp(lengthInverse * sumCos) + a + T.E;
    }

    /// <inheritdoc/>
    public static void Baseline<TPartials>(BaselineDual<TPartials>[] x, out BaselineDual<TPartials> result)
        where TPartials : struct, IPartials<TPartials>
    {
        double lengthInverse = 1.0 / x.Length;
        BaselineDual<TPartials> sumSquares = BaselineDual<TPartials>.Constant(0.0), sumCos = sumSquares;
        foreach (ref readonly BaselineDual<TPartials> xi in x.AsSpan())
        {
            BaselineDual<TPartials>.Multiply(in xi, C, out BaselineDual<TPartials> t);
            BaselineDual<TPartials>.Cos(in t, out t);
            BaselineDual<TPartials>.Add(in sumCos, in t, out sumCos);
            BaselineDual<TPartials>.Multiply(in xi, in xi, out t);
            BaselineDual<TPartials>.Add(in sumSquares, in t, out sumSquares);
        }

        BaselineDual<TPartials>.Multiply(in sumSquares, lengthInverse, out BaselineDual<TPartials> left);
        BaselineDual<TPartials>.Sqrt(in left, out left);
        BaselineDual<TPartials>.Multiply(in left, B, out left);
        BaselineDual<TPartials>.Exp(in left, out left);
        BaselineDual<TPartials>.Multiply(in left, -A, out left);
        BaselineDual<TPartials>.Multiply(in sumCos, lengthInverse, out BaselineDual<TPartials> right);
        BaselineDual<TPartials>.Exp(in right, out right);
        BaselineDual<TPartials>.Subtract(in left, in right, out left);
        BaselineDual<TPartials>.Add(in left, A, out left);
        BaselineDual<TPartials>.Add(in left, Math.E, out result);
    }
}
