namespace Mooncake.Perf.Suite.MooncakeJl;

/// <summary>
/// <c>simple_mlp</c> of Mooncake.jl's suite: <c>Σ (Y - W2 · relu(W1 · X))²</c> with W2 of
/// 128×256, W1 of 256×128, X and Y of 128×70. Every matrix is an input; they are packed row by
/// row into one array (W2, W1, X, Y), since a pushforward differentiates one array argument.
/// </summary>
public static class SimpleMlp
{
    private const int Out = 128, Hidden = 256, In = 128, Samples = 70;
    private const int W2At = 0, W1At = W2At + (Out * Hidden), XAt = W1At + (Hidden * In), YAt = XAt + (In * Samples);

    /// <summary>The number of inputs.</summary>
    public const int Length = YAt + (Out * Samples);

    /// <summary>The user's plain C# function: two naive matrix products, relu, and the sum of squared residuals.</summary>
    public static double Evaluate(double[] p)
    {
        var h = new double[Hidden * Samples];
        for (int i = 0; i < Hidden; i++)
        {
            for (int j = 0; j < Samples; j++)
            {
                double a = 0.0;
                for (int k = 0; k < In; k++)
                {
                    a += p[W1At + (i * In) + k] * p[XAt + (k * Samples) + j];
                }

                h[(i * Samples) + j] = Math.Max(a, 0.0);
            }
        }

        double s = 0.0;
        for (int i = 0; i < Out; i++)
        {
            for (int j = 0; j < Samples; j++)
            {
                double z = 0.0;
                for (int k = 0; k < Hidden; k++)
                {
                    z += p[W2At + (i * Hidden) + k] * h[(k * Samples) + j];
                }

                double r = p[YAt + (i * Samples) + j] - z;
                s += r * r;
            }
        }

        return s;
    }
}
