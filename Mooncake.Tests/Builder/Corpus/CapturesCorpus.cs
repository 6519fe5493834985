using System.Runtime.Intrinsics;
using MathNet.Numerics.Distributions;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Closures whose display class also holds a capture of a type that has no tangent (a SIMD
/// vector another lambda of the same scope uses), which made the closure undifferentiable; and
/// objects holding a plain <see cref="object"/> (a lock), whose zero tangent recursed forever
/// (MathNet's distributions, built on <c>SystemRandomSource.Default</c>).
/// </summary>
public sealed class CapturesCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases()
    {
        Vector512<double> offsets = Vector512.Create(0.25, -0.5, 1.0, 2.0, -1.0, 0.5, 0.75, -0.25);
        double[] weights = [0.5, -1.5, 2.0];
        double scale = 1.25;
        Func<double, double> usesTheVector = t => Vector512.Sum(offsets) * t;
        Func<double[], double> sharesTheDisplayClass = x => (weights[0] * x[0]) + (weights[1] * x[1] * scale) + (weights[2] * x[2] * x[2]);
        Func<double[], double> nested = x =>
        {
            double a = x[0] * 2;
            Func<double, double> inner = y => (y * a) + usesTheVector(1.0) + Vector512.Sum(offsets);
            return inner(x[1]) * x[2];
        };
        return
        [
            CorpusCase.Gradient(sharesTheDisplayClass, [0.3, -0.7, 1.1], exact: x => [weights[0], weights[1] * scale, 2 * weights[2] * x[2]]),
            CorpusCase.Gradient(nested, [0.3, -0.7, 1.1]),
            CorpusCase.Derivative(usesTheVector, 0.4, exact: _ => Vector512.Sum(offsets)),
            CorpusCase.Gradient(x => new Locked(2.5).Times(x[0]) * x[1], [0.3, -0.7], exact: x => [2.5 * x[1], 2.5 * x[0]]),
            CorpusCase.Gradient(x => new Normal(x[0], x[1]).CumulativeDistribution(x[2]), [0.1, 1.3, 0.7]),
            CorpusCase.Gradient(x => new StudentT(x[0], x[1], 4.5).CumulativeDistribution(x[2]), [0.1, 1.3, 0.7]),
            CorpusCase.Gradient(x => new Gamma(x[0], x[1]).Density(x[2]), [2.5, 1.5, 0.9]),
        ];
    }

    private sealed class Locked(double value)
    {
        private readonly object _lock = new();

        public double Times(double y)
        {
            lock (_lock)
            {
                return value * y;
            }
        }
    }
}

[TestClass] public sealed class CapturesCorpusTests : CorpusTests<CapturesCorpus>;
