namespace Mooncake.Rules;

/// <summary>
/// Dense linear algebra on <c>double[]</c> vectors and row-major <c>double[,]</c> matrices:
/// the primitives numerical code calls, each with a forward rule that works on whole
/// chunk-major tangent blocks.
/// </summary>
public static partial class LinearAlgebra
{
    /// <summary>The dot product <c>Σ x[i] y[i]</c>, accumulated with fused multiply-adds in index order.</summary>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    public static double Dot(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        RequireSameLength(x.Length, y.Length, nameof(y));
        double sum = 0.0;
        for (int i = 0; i < x.Length; i++)
        {
            sum = Math.FusedMultiplyAdd(x[i], y[i], sum);
        }

        return sum;
    }

    internal static void RequireSameLength(int expected, int actual, string parameterName)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"Vector lengths differ: {expected} and {actual}.", parameterName);
        }
    }
}
