using System.Numerics.Tensors;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules.Tensors;

/// <summary>
/// The <c>TensorPrimitives</c> rules of <c>TensorPrimitivesRules.Reductions</c> called from ordinary code:
/// each function calls one overload on arrays that carry derivatives, on constant tables, with a
/// scalar operand, in place (the destination is the input) and, for one-argument functions, writes
/// constants into an array that carries derivatives; the <c>float</c> twin calls the <c>float</c>
/// instantiation (or overload) and is checked against the finite differences of the <c>double</c> one.
/// </summary>
public sealed class TensorReductionsCorpus : TensorCorpusBase, ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Average_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Average_SF, CorpusCase.Point(5, -1, 1), reference: Average_S, tolerance: 0.0001),
        CorpusCase.Gradient(CosineSimilarity_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(CosineSimilarity_SSF, CorpusCase.Point(5, -1, 1), reference: CosineSimilarity_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Distance_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Distance_SSF, CorpusCase.Point(5, -1, 1), reference: Distance_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Dot_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Dot_SSF, CorpusCase.Point(5, -1, 1), reference: Dot_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Norm_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Norm_SF, CorpusCase.Point(5, -1, 1), reference: Norm_S, tolerance: 0.0001),
        CorpusCase.Gradient(Product_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Product_SF, CorpusCase.Point(5, -1, 1), reference: Product_S, tolerance: 0.0001),
        CorpusCase.Gradient(ProductOfDifferences_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ProductOfDifferences_SSF, CorpusCase.Point(5, -1, 1), reference: ProductOfDifferences_SS, tolerance: 0.0001),
        CorpusCase.Gradient(ProductOfSums_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ProductOfSums_SSF, CorpusCase.Point(5, -1, 1), reference: ProductOfSums_SS, tolerance: 0.0001),
        CorpusCase.Gradient(StdDev_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StdDev_SF, CorpusCase.Point(5, -1, 1), reference: StdDev_S, tolerance: 0.0001),
        CorpusCase.Gradient(Sum_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Sum_SF, CorpusCase.Point(5, -1, 1), reference: Sum_S, tolerance: 0.0001),
        CorpusCase.Gradient(SumOfMagnitudes_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(SumOfMagnitudes_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: SumOfMagnitudes_S, tolerance: 0.0001),
        CorpusCase.Gradient(SumOfSquares_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(SumOfSquares_SF, CorpusCase.Point(5, -1, 1), reference: SumOfSquares_S, tolerance: 0.0001),
    ];

    public static double Average_S(double[] x)
    {
        return TensorPrimitives.Average<double>(x);
    }

    public static double Average_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.Average(x);
    }

    public static double CosineSimilarity_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        return TensorPrimitives.CosineSimilarity<double>(x, General) + (0.5 * TensorPrimitives.CosineSimilarity<double>(x, w1));
    }

    public static double CosineSimilarity_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        return TensorPrimitives.CosineSimilarity(x, GeneralF) + (0.5 * TensorPrimitives.CosineSimilarity<float>(x, w1));
    }

    public static double Distance_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        return TensorPrimitives.Distance<double>(x, General) + (0.5 * TensorPrimitives.Distance<double>(x, w1));
    }

    public static double Distance_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        return TensorPrimitives.Distance(x, GeneralF) + (0.5 * TensorPrimitives.Distance<float>(x, w1));
    }

    public static double Dot_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        return TensorPrimitives.Dot<double>(x, General) + (0.5 * TensorPrimitives.Dot<double>(x, w1));
    }

    public static double Dot_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        return TensorPrimitives.Dot(x, GeneralF) + (0.5 * TensorPrimitives.Dot<float>(x, w1));
    }

    public static double Norm_S(double[] x)
    {
        return TensorPrimitives.Norm<double>(x);
    }

    public static double Norm_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.Norm(x);
    }

    public static double Product_S(double[] x)
    {
        return TensorPrimitives.Product<double>(x);
    }

    public static double Product_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.Product(x);
    }

    public static double ProductOfDifferences_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        return TensorPrimitives.ProductOfDifferences<double>(x, General) + (0.5 * TensorPrimitives.ProductOfDifferences<double>(x, w1));
    }

    public static double ProductOfDifferences_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        return TensorPrimitives.ProductOfDifferences(x, GeneralF) + (0.5 * TensorPrimitives.ProductOfDifferences<float>(x, w1));
    }

    public static double ProductOfSums_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        return TensorPrimitives.ProductOfSums<double>(x, General) + (0.5 * TensorPrimitives.ProductOfSums<double>(x, w1));
    }

    public static double ProductOfSums_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        return TensorPrimitives.ProductOfSums(x, GeneralF) + (0.5 * TensorPrimitives.ProductOfSums<float>(x, w1));
    }

    public static double StdDev_S(double[] x)
    {
        return TensorPrimitives.StdDev<double>(x);
    }

    public static double StdDev_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.StdDev(x);
    }

    public static double Sum_S(double[] x)
    {
        return TensorPrimitives.Sum<double>(x);
    }

    public static double Sum_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.Sum(x);
    }

    public static double SumOfMagnitudes_S(double[] x)
    {
        return TensorPrimitives.SumOfMagnitudes<double>(x);
    }

    public static double SumOfMagnitudes_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.SumOfMagnitudes(x);
    }

    public static double SumOfSquares_S(double[] x)
    {
        return TensorPrimitives.SumOfSquares<double>(x);
    }

    public static double SumOfSquares_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.SumOfSquares(x);
    }
}
