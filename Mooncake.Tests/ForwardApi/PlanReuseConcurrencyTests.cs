using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// Threads released together make the same Jacobian and matrix-gradient calls, in different
/// orders, many times: each thread reuses its own last plan of each kind (a plan runs on one
/// thread at a time), and every result is the result of the same call made alone on a fresh
/// thread, bit for bit.
/// </summary>
[TestClass]
public sealed class PlanReuseConcurrencyTests
{
    private const int Threads = 4;
    private const int Rounds = 15;

    [TestMethod]
    public void ThreadsCallingAtOnceEachGetTheResultsOfACallAlone()
    {
        Func<double[], double[]> map = ReuseFunctions.Map, expand = ReuseFunctions.Expand;
        Action<double[], double[]> into = ReuseFunctions.MapInto, scale = ReuseFunctions.ScaleInto;
        Func<double[,], double> sum = ReuseFunctions.MatrixSum, weighted = ReuseFunctions.MatrixWeighted;
        double[] x = ReuseFunctions.Input(21), shorter = ReuseFunctions.Input(6, seed: 1);
        double[,] matrix = ReuseFunctions.Matrix(5, 7), other = ReuseFunctions.Matrix(7, 5, seed: 2);
        Func<double[,]>[] calls =
        [
            () => Forward.Jacobian(map, x, 4),
            () => Forward.Jacobian(map, x, 4, parallel: true),
            () => Forward.Jacobian(expand, shorter, 2),
            () => Forward.Jacobian(into, ReuseFunctions.Input(9, seed: 3), x, 4),
            () => Forward.Jacobian(scale, ReuseFunctions.Input(9, seed: 3), shorter, 2),
            () => Forward.Gradient(sum, matrix, 4),
            () => Forward.Gradient(sum, other, 4, parallel: true),
            () => Forward.Gradient(weighted, matrix, 8),
        ];
        double[][,] alone = [.. calls.Select(c => FreshThread.Run(c))];

        ThreadsTogether.Run(Threads, t =>
        {
            for (int round = 0; round < Rounds; round++)
            {
                for (int k = 0; k < calls.Length; k++)
                {
                    // Thread t walks the calls from its own starting point, in its own direction.
                    int c = t % 2 == 0 ? (k + t) % calls.Length : (calls.Length - 1 - k + t) % calls.Length;
                    SameBits.Assert(alone[c], calls[c](), $"thread {t}, call {c}, round {round}");
                }
            }
        });
    }
}
