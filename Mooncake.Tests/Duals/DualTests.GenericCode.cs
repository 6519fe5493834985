using System.Numerics;

namespace Mooncake.Tests.Duals;

// The path users rely on: ordinary generic numeric code, written against the generic-math
// interfaces with no knowledge of duals, run on Dual<TChunk> and compared with finite differences
// of the same code run on double.
public abstract partial class DualTests<TChunk>
{
    [TestMethod]
    [DataRow(nameof(Model))]
    [DataRow(nameof(NewtonSquareRoot))]
    [DataRow(nameof(Polynomial))]
    public void GenericCodeOnDualsMatchesFiniteDifferences(string function)
    {
        Random random = RandomFor($"{nameof(GenericCodeOnDualsMatchesFiniteDifferences)}/{function}");
        for (int trial = 0; trial < Trials; trial++)
        {
            // x0 in [0.5, 2], x1 in [-1.9, -0.1] and x2 in [1.2, 2] keep the kinks and jumps of Model away.
            double[] x = [random.Uniform(0.5, 2), random.Uniform(-1.9, -0.1), random.Uniform(1.2, 2)];
            double[][] directions = [.. Enumerable.Range(0, Lanes).Select(_ => random.Direction(x.Length))];
            var duals = new Dual<TChunk>[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                duals[i] = Seeded(x[i], k => directions[k][i]);
            }

            Dual<TChunk> y = Generic<Dual<TChunk>>(function, duals);
            string at = $"{function} at ({string.Join(", ", x)})";
            Expect.Same(Generic<double>(function, x), y.Value, $"{at}: value");
            AssertSpareLanesZero(y, at);
            for (int k = 0; k < Lanes; k++)
            {
                Expect.Close(FiniteDifferences.Directional(p => Generic<double>(function, p), x, directions[k]), y[k], Expect.DerivativeTolerance, $"{at}, lane {k}");
            }
        }
    }

    [TestMethod]
    public void GradientOfGenericCodeFromOneHotSeeds()
    {
        // Seed(value, lane) makes input i the variable of lane i (passes of Lanes inputs when there
        // are more inputs than lanes); the partials then are the gradient.
        double[] x = [1.25, -0.75, 1.5];
        var gradient = new double[x.Length];
        for (int start = 0; start < x.Length; start += Lanes)
        {
            var duals = new Dual<TChunk>[x.Length];
            for (int i = 0; i < x.Length; i++)
            {
                duals[i] = i >= start && i < start + Lanes ? Dual<TChunk>.Seed(x[i], i - start) : x[i];
            }

            Dual<TChunk> y = Model<Dual<TChunk>>(duals);
            for (int i = start; i < Math.Min(x.Length, start + Lanes); i++)
            {
                gradient[i] = y[i - start];
            }
        }

        for (int i = 0; i < x.Length; i++)
        {
            double[] unit = [.. Enumerable.Range(0, x.Length).Select(j => j == i ? 1.0 : 0.0)];
            Expect.Close(FiniteDifferences.Directional(p => Model<double>(p), x, unit), gradient[i], Expect.DerivativeTolerance, $"gradient entry {i}");
        }
    }

    private static T Generic<T>(string function, ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T> => function switch
        {
            nameof(Model) => Model(x),
            nameof(NewtonSquareRoot) => NewtonSquareRoot(x[0] * x[2]) + x[1],
            nameof(Polynomial) => Polynomial(x[0] + x[1] + x[2], [3, -2, 0, 5, -1]) / (T.One + (x[0] * x[0])),
            _ => throw new ArgumentException(function, nameof(function)),
        };

    // A bit of everything: mixed operators, constants from CreateChecked, a branch on values, a
    // loop, selection functions and several elementary functions.
    private static T Model<T>(ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T>
    {
        T two = T.CreateChecked(2);
        T a = (T.Sin(x[0]) * T.Exp(x[1] / two)) + T.Sqrt((x[0] * x[0]) + T.One);
        T b = T.Pow(T.Abs(a) + T.One, T.CreateChecked(1.5)) / (T.One + T.Abs(x[2]));
        b = a > b ? T.Log(b + two) : T.Atan2(b, a) * x[2];

        T sum = T.Zero;
        for (int i = 1; i <= 4; i++)
        {
            sum = T.FusedMultiplyAdd(sum, x[1], T.Tanh(b * T.CreateChecked(i)));
        }

        return T.Hypot(a, sum) - T.Cbrt(x[2] * x[0]) + T.Max(x[0], x[1]) + T.Clamp(x[2], T.NegativeOne, T.One) + (x[1] % two);
    }

    // Newton's iteration for the square root, stopped when it no longer moves: the derivative of
    // the iterate converges along with its value.
    private static T NewtonSquareRoot<T>(T a)
        where T : IFloatingPointIeee754<T>
    {
        T x = a;
        for (int i = 0; i < 60; i++)
        {
            T next = (x + (a / x)) / T.CreateChecked(2);
            if (next == x)
            {
                break;
            }

            x = next;
        }

        return x;
    }

    // Horner's rule with integer coefficients, constrained only to INumber.
    private static T Polynomial<T>(T x, ReadOnlySpan<int> coefficients)
        where T : INumber<T>
    {
        T result = T.Zero;
        foreach (int c in coefficients)
        {
            result = (result * x) + T.CreateChecked(c);
        }

        return result;
    }
}
