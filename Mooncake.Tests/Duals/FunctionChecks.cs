using System.Numerics;

namespace Mooncake.Tests.Duals;

/// <summary>What one run of a function on duals gave: the value and every lane of the partials (seeded and spare), widened to double.</summary>
internal readonly record struct Observed(double Value, double[] Lanes)
{
    /// <summary>Reads a dual of any kind.</summary>
    public static Observed Of<TDual, TChunk, T>(TDual dual)
        where TDual : struct, IDual<TDual, TChunk, T>
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var lanes = new double[TChunk.Width];
        for (int k = 0; k < lanes.Length; k++)
        {
            lanes[k] = double.CreateChecked(dual.Partials[k]);
        }

        return new(double.CreateChecked(dual.Value), lanes);
    }
}

/// <summary>
/// The checks every catalogue function passes, for any dual type: the caller supplies how to run
/// the function on its duals (at the width under test and at width 1) and on plain numbers.
/// </summary>
/// <param name="scalarCase">The function.</param>
/// <param name="lanes">The number of seeded lanes; the spare lanes beyond them must stay zero.</param>
/// <param name="representable">Rounds a sampled input to the primal type (identity for double), so references use the same point.</param>
internal sealed class FunctionChecks(ScalarCase scalarCase, int lanes, Func<double, double> representable)
{
    private const int Trials = 3;

    /// <summary>Runs the function on duals whose lane k is <c>directions[k]</c>, given the point <c>x</c>.</summary>
    public delegate Observed Run(double[] x, double[][] directions);

    /// <summary>The value of every run equals <paramref name="plain"/> at the same point, bitwise.</summary>
    public void ValueIsThePlainFunction(Random random, Run run, Func<double[], double> plain)
    {
        foreach ((double[] x, double[][] directions) in Samples(random))
        {
            Expect.Same(plain(x), run(x, directions).Value, $"{scalarCase.Name} at {Point(x)}");
        }
    }

    /// <summary>
    /// Each seeded lane is the finite-difference directional derivative of the catalogue's
    /// reference (exactly zero for piecewise-constant functions) and every spare lane is zero.
    /// </summary>
    public void DerivativesMatchFiniteDifferences(Random random, Run run, double tolerance)
    {
        foreach ((double[] x, double[][] directions) in Samples(random))
        {
            Observed y = run(x, directions);
            string at = $"{scalarCase.Name} at {Point(x)}";
            for (int k = 0; k < y.Lanes.Length; k++)
            {
                if (k >= lanes || scalarCase.PiecewiseConstant)
                {
                    Expect.Zero(y.Lanes[k], $"{at}, {(k >= lanes ? "spare " : "")}lane {k}");
                    continue;
                }

                double reference = FiniteDifferences.Directional(p => GenericMath.Evaluate<double>(scalarCase.DerivativeName, p), x, directions[k]);
                Expect.Close(reference, y.Lanes[k], tolerance, $"{at}, lane {k} in direction {Point(directions[k])}");
            }
        }
    }

    /// <summary>Lane k of a run is bitwise what <paramref name="single"/> (a width-1 run) gives in direction k alone.</summary>
    public void EachLaneIsTheWidthOneRunInItsDirection(Random random, Run run, Run single)
    {
        foreach ((double[] x, double[][] directions) in Samples(random))
        {
            Observed y = run(x, directions);
            for (int k = 0; k < lanes; k++)
            {
                Observed one = single(x, [directions[k]]);
                Expect.Same(one.Value, y.Value, $"{scalarCase.Name}: value of the width-1 run");
                Expect.Same(one.Lanes[0], y.Lanes[k], $"{scalarCase.Name}: lane {k} against the width-1 run in its direction");
            }
        }
    }

    /// <summary>The dual arguments of a run: value <c>x[i]</c>, lane k of the partials <c>directions[k][i]</c>, spare lanes zero.</summary>
    public static TDual[] Arguments<TDual, TChunk, T>(double[] x, double[][] directions)
        where TDual : struct, IDual<TDual, TChunk, T>
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var arguments = new TDual[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            TChunk partials = TChunk.Zero;
            for (int k = 0; k < directions.Length; k++)
            {
                partials = partials.WithLane(k, T.CreateChecked(directions[k][i]));
            }

            arguments[i] = TDual.Create(T.CreateChecked(x[i]), partials);
        }

        return arguments;
    }

    private static string Point(double[] x) => $"({string.Join(", ", x)})";

    // Random points and one random direction per seeded lane; constant operands do not move.
    private IEnumerable<(double[] X, double[][] Directions)> Samples(Random random)
    {
        for (int trial = 0; trial < Trials; trial++)
        {
            double[] x = [.. scalarCase.Sample(random).Select(representable)];
            var directions = new double[lanes][];
            for (int k = 0; k < lanes; k++)
            {
                directions[k] = [.. random.Direction(x.Length).Select((d, i) => scalarCase.IsConstant(i) ? 0.0 : representable(d))];
            }

            yield return (x, directions);
        }
    }
}
