namespace Mooncake.Perf.Suite.Shapes;

/// <summary>
/// Shape (c) of the shapes table: <see cref="SmallMlp"/>'s network as a helper that takes the
/// weights as arguments, called by the differentiated static function with static fields: the
/// weights reach the helper as parameters, which only its caller knows are constant.
/// </summary>
public static class ArgumentMlp
{
    private static readonly double[,] W1 = MlpWeights.W1();
    private static readonly double[] B = MlpWeights.B();
    private static readonly double[,] W2 = MlpWeights.W2();

    /// <summary>The user's plain C# function of x: the helper applied to the fixed weights.</summary>
    public static double Evaluate(double[] x) => Mlp(W1, B, W2, x);

    /// <summary>
    /// The network for any weights. The loop bounds are <see cref="SmallMlp"/>'s constants rather
    /// than the arrays' lengths, so that this shape differs from the others only in where the
    /// weights come from.
    /// </summary>
    public static double Mlp(double[,] w1, double[] b, double[,] w2, double[] x)
    {
        var h = new double[SmallMlp.Hidden];
        for (int j = 0; j < SmallMlp.Hidden; j++)
        {
            double a = b[j];
            for (int k = 0; k < SmallMlp.Inputs; k++)
            {
                a += w1[j, k] * x[k];
            }

            h[j] = Math.Tanh(a);
        }

        double s = 0;
        for (int i = 0; i < SmallMlp.Outputs; i++)
        {
            for (int j = 0; j < SmallMlp.Hidden; j++)
            {
                s += w2[i, j] * h[j];
            }
        }

        return s;
    }
}
