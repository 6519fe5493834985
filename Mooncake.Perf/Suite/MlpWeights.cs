using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Suite;

/// <summary>
/// The fixed weights of the small MLP (<see cref="SmallMlp"/> and every shape of the shapes
/// table): fixed-seed uniform draws, new arrays on each call, so that each holder (an instance,
/// a static class, a closure) owns its own copy of the same numbers.
/// </summary>
public static class MlpWeights
{
    /// <summary>W1, <see cref="SmallMlp.Hidden"/>×<see cref="SmallMlp.Inputs"/>.</summary>
    public static double[,] W1() => Matrix(SmallMlp.Hidden, SmallMlp.Inputs, 1);

    /// <summary>b, <see cref="SmallMlp.Hidden"/> long.</summary>
    public static double[] B() => BuilderInputs.Uniform(SmallMlp.Hidden, 2);

    /// <summary>W2, <see cref="SmallMlp.Outputs"/>×<see cref="SmallMlp.Hidden"/>.</summary>
    public static double[,] W2() => Matrix(SmallMlp.Outputs, SmallMlp.Hidden, 3);

    // Fixed-seed uniform draws laid out row by row.
    private static double[,] Matrix(int rows, int columns, int stream)
    {
        double[] values = BuilderInputs.Uniform(rows * columns, stream);
        var m = new double[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                m[i, j] = values[(i * columns) + j];
            }
        }

        return m;
    }
}
