namespace Mooncake.Tests.Duals;

// Every function of the catalogue, at random points in random directions: the value is the plain
// function's, each lane is the finite-difference directional derivative, the spare lanes stay
// zero, and lane k is exactly what a width-1 run in direction k gives.
public abstract partial class DualTests<TChunk>
{
    private const int Trials = 3;

    [TestMethod]
    [DynamicData(nameof(ScalarCases.Names), typeof(ScalarCases))]
    public void ValueIsThePlainFunctionBitwise(string name)
    {
        ScalarCase scalarCase = ScalarCases.Named(name);
        foreach ((double[] x, double[][] directions) in Samples(scalarCase, nameof(ValueIsThePlainFunctionBitwise)))
        {
            Dual<TChunk> y = Run<TChunk>(scalarCase, x, directions);
            Expect.Same(GenericMath.Evaluate<double>(scalarCase.PlainName, x), y.Value, $"{name} at ({string.Join(", ", x)})");
        }
    }

    [TestMethod]
    [DynamicData(nameof(ScalarCases.Names), typeof(ScalarCases))]
    public void DerivativesMatchFiniteDifferences(string name)
    {
        ScalarCase scalarCase = ScalarCases.Named(name);
        foreach ((double[] x, double[][] directions) in Samples(scalarCase, nameof(DerivativesMatchFiniteDifferences)))
        {
            Dual<TChunk> y = Run<TChunk>(scalarCase, x, directions);
            string at = $"{name} at ({string.Join(", ", x)})";
            AssertSpareLanesZero(y, at);
            for (int k = 0; k < Lanes; k++)
            {
                if (scalarCase.PiecewiseConstant)
                {
                    Expect.Zero(y[k], $"{at}, lane {k}");
                }
                else
                {
                    double reference = FiniteDifferences.Directional(p => GenericMath.Evaluate<double>(scalarCase.DerivativeName, p), x, directions[k]);
                    Expect.Close(reference, y[k], scalarCase.Tolerance, $"{at}, lane {k} in direction ({string.Join(", ", directions[k])})");
                }
            }
        }
    }

    [TestMethod]
    [DynamicData(nameof(ScalarCases.Names), typeof(ScalarCases))]
    public void EachLaneEqualsTheWidthOneRunInItsDirection(string name)
    {
        ScalarCase scalarCase = ScalarCases.Named(name);
        foreach ((double[] x, double[][] directions) in Samples(scalarCase, nameof(EachLaneEqualsTheWidthOneRunInItsDirection)))
        {
            Dual<TChunk> y = Run<TChunk>(scalarCase, x, directions);
            for (int k = 0; k < Lanes; k++)
            {
                Dual<Chunk1> single = Run<Chunk1>(scalarCase, x, [directions[k]]);
                Expect.Same(single.Value, y.Value, $"{name}: value of the width-1 run");
                Expect.Same(single[0], y[k], $"{name}: lane {k} against the width-1 run in its direction");
            }
        }
    }

    /// <summary>Evaluates a case on duals of chunk type <typeparamref name="TRun"/> whose lane k is the direction <paramref name="directions"/>[k].</summary>
    private static Dual<TRun> Run<TRun>(ScalarCase scalarCase, double[] x, double[][] directions)
        where TRun : struct, IChunk<TRun, double>
    {
        var arguments = new Dual<TRun>[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            TRun partials = TRun.Zero;
            for (int k = 0; k < directions.Length; k++)
            {
                partials = partials.WithLane(k, directions[k][i]);
            }

            arguments[i] = new Dual<TRun>(x[i], partials);
        }

        return ScalarCases.Evaluate<TRun>(scalarCase, arguments);
    }

    // Random points and one random direction per seeded lane; constant operands do not move.
    private IEnumerable<(double[] X, double[][] Directions)> Samples(ScalarCase scalarCase, string test)
    {
        Random random = RandomFor($"{test}/{scalarCase.Name}");
        for (int trial = 0; trial < Trials; trial++)
        {
            double[] x = scalarCase.Sample(random);
            var directions = new double[Lanes][];
            for (int k = 0; k < Lanes; k++)
            {
                directions[k] = random.Direction(x.Length);
                for (int i = 0; i < x.Length; i++)
                {
                    if (scalarCase.IsConstant(i))
                    {
                        directions[k][i] = 0;
                    }
                }
            }

            yield return (x, directions);
        }
    }
}
