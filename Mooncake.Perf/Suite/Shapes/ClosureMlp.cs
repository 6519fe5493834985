using System.Reflection;

namespace Mooncake.Perf.Suite.Shapes;

/// <summary>
/// Shape (d) of the shapes table: <see cref="SmallMlp"/>'s network as a lambda over local arrays
/// that hold the weights, the function a closure whose display class holds the three arrays.
/// </summary>
public static class ClosureMlp
{
    /// <summary>The names of the fields the closure's display class must have: the weights and nothing else.</summary>
    public static readonly IReadOnlySet<string> CapturedFields = new HashSet<string>(StringComparer.Ordinal) { "w1", "b", "w2" };

    /// <summary>
    /// The user's plain C# function of x. Nothing else in this method is captured (the loop bounds
    /// are constants, every other variable is the lambda's own), so the display class holds only
    /// the weights; <see cref="Captured"/> confirms it.
    /// </summary>
    public static Func<double[], double> Create()
    {
        double[,] w1 = MlpWeights.W1();
        double[] b = MlpWeights.B();
        double[,] w2 = MlpWeights.W2();
        return x =>
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
        };
    }

    /// <summary>The instance fields of <paramref name="f"/>'s target (the display class), by name.</summary>
    public static IReadOnlySet<string> Captured(Func<double[], double> f) =>
        f.Target?.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic).Select(field => field.Name).ToHashSet(StringComparer.Ordinal)
        ?? [];
}
