namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// The functions of <see cref="ReuseFunctions"/> times a weight the instance holds: delegates of
/// one method on two instances are two functions, for the tests that a plan serves only the
/// target it was prepared with.
/// </summary>
internal sealed class Scaled(double weight)
{
    /// <summary><see cref="ReuseFunctions.Map"/>, scaled.</summary>
    public double[] Map(double[] x)
    {
        double[] y = ReuseFunctions.Map(x);
        for (int i = 0; i < y.Length; i++)
        {
            y[i] *= weight;
        }

        return y;
    }

    /// <summary><see cref="ReuseFunctions.MapInto"/>, then scaled.</summary>
    public void MapInto(double[] y, double[] x)
    {
        ReuseFunctions.MapInto(y, x);
        for (int i = 0; i < y.Length; i++)
        {
            y[i] *= weight;
        }
    }

    /// <summary><see cref="ReuseFunctions.MatrixSum"/>, scaled.</summary>
    public double MatrixSum(double[,] m) => weight * ReuseFunctions.MatrixSum(m);
}
