namespace Mooncake.Perf.Suite.Shapes;

/// <summary>
/// Shape (b) of the shapes table: <see cref="SmallMlp"/>'s network with its weights in static
/// readonly fields, and the function a static method that reads them, as a user keeps fixed
/// coefficient tables (and as libraries such as MathNet.Numerics do).
/// </summary>
public static class StaticFieldMlp
{
    private static readonly double[,] W1 = MlpWeights.W1();
    private static readonly double[] B = MlpWeights.B();
    private static readonly double[,] W2 = MlpWeights.W2();

    /// <summary>The user's plain C# function of x (the body of <see cref="SmallMlp.Evaluate"/>).</summary>
    public static double Evaluate(double[] x)
    {
        var h = new double[SmallMlp.Hidden];
        for (int j = 0; j < SmallMlp.Hidden; j++)
        {
            double a = B[j];
            for (int k = 0; k < SmallMlp.Inputs; k++)
            {
                a += W1[j, k] * x[k];
            }

            h[j] = Math.Tanh(a);
        }

        double s = 0;
        for (int i = 0; i < SmallMlp.Outputs; i++)
        {
            for (int j = 0; j < SmallMlp.Hidden; j++)
            {
                s += W2[i, j] * h[j];
            }
        }

        return s;
    }
}
