using System.Numerics.Tensors;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules.Tensors;

/// <summary>
/// The <c>TensorPrimitives</c> rules of <c>TensorPrimitivesRules.SoftMax</c> called from ordinary code:
/// each function calls one overload on arrays that carry derivatives, on constant tables, with a
/// scalar operand, in place (the destination is the input) and, for one-argument functions, writes
/// constants into an array that carries derivatives; the <c>float</c> twin calls the <c>float</c>
/// instantiation (or overload) and is checked against the finite differences of the <c>double</c> one.
/// </summary>
public sealed class TensorSoftMaxCorpus : TensorCorpusBase, ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Sigmoid_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Sigmoid_SF, CorpusCase.Point(5, -1, 1), reference: Sigmoid_S, tolerance: 0.0001),
        CorpusCase.Gradient(SoftMax_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(SoftMax_SF, CorpusCase.Point(5, -1, 1), reference: SoftMax_S, tolerance: 0.0001),
    ];

    public static double Sigmoid_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Sigmoid<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Sigmoid<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Sigmoid<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Sigmoid_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Sigmoid(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Sigmoid<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Sigmoid<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double SoftMax_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.SoftMax<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.SoftMax<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.SoftMax<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double SoftMax_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.SoftMax(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.SoftMax<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.SoftMax<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }
}
