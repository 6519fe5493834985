namespace Mooncake.Perf.Suite.MooncakeJl;

/// <summary>
/// <c>kron_sum</c> of Mooncake.jl's suite: the sum of the entries of the Kronecker product of a
/// <see cref="M"/>×<see cref="M"/> and an <see cref="N"/>×<see cref="N"/> matrix, the product
/// materialised as Julia's <c>sum(kron(A, B))</c> does. Both matrices are inputs, packed row by
/// row into one array (A first), since a pushforward differentiates one array argument.
/// </summary>
public static class KronSum
{
    /// <summary>The order of A.</summary>
    public const int M = 20;

    /// <summary>The order of B.</summary>
    public const int N = 40;

    /// <summary>The number of inputs, A's entries then B's.</summary>
    public const int Length = (M * M) + (N * N);

    /// <summary>The user's plain C# function.</summary>
    public static double Evaluate(double[] ab)
    {
        var k = new double[M * N, M * N];
        for (int i = 0; i < M; i++)
        {
            for (int j = 0; j < M; j++)
            {
                double a = ab[(i * M) + j];
                for (int r = 0; r < N; r++)
                {
                    for (int c = 0; c < N; c++)
                    {
                        k[(i * N) + r, (j * N) + c] = a * ab[(M * M) + (r * N) + c];
                    }
                }
            }
        }

        double s = 0.0;
        for (int i = 0; i < M * N; i++)
        {
            for (int j = 0; j < M * N; j++)
            {
                s += k[i, j];
            }
        }

        return s;
    }
}
