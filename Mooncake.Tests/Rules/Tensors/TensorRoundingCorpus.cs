using System.Numerics.Tensors;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules.Tensors;

/// <summary>
/// The <c>TensorPrimitives</c> rules of <c>TensorPrimitivesRules.Rounding</c> called from ordinary code:
/// each function calls one overload on arrays that carry derivatives, on constant tables, with a
/// scalar operand, in place (the destination is the input) and, for one-argument functions, writes
/// constants into an array that carries derivatives; the <c>float</c> twin calls the <c>float</c>
/// instantiation (or overload) and is checked against the finite differences of the <c>double</c> one.
/// </summary>
public sealed class TensorRoundingCorpus : TensorCorpusBase, ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Ceiling_S, [0.1, 0.3, 0.2, 0.4, 0.6]),
        CorpusCase.Gradient(Ceiling_SF, [0.1, 0.3, 0.2, 0.4, 0.6], reference: Ceiling_S, tolerance: 0.0001),
        CorpusCase.Gradient(Floor_S, [0.1, 0.3, 0.2, 0.4, 0.6]),
        CorpusCase.Gradient(Floor_SF, [0.1, 0.3, 0.2, 0.4, 0.6], reference: Floor_S, tolerance: 0.0001),
        CorpusCase.Gradient(Round_S, [0.1, 0.3, 0.2, 0.4, 0.6]),
        CorpusCase.Gradient(Round_SF, [0.1, 0.3, 0.2, 0.4, 0.6], reference: Round_S, tolerance: 0.0001),
        CorpusCase.Gradient(Round_SM, [0.1, 0.3, 0.2, 0.4, 0.6]),
        CorpusCase.Gradient(Round_SMF, [0.1, 0.3, 0.2, 0.4, 0.6], reference: Round_SM, tolerance: 0.0001),
        CorpusCase.Gradient(Round_SI, [0.1, 0.3, 0.2, 0.4, 0.6]),
        CorpusCase.Gradient(Round_SIF, [0.1, 0.3, 0.2, 0.4, 0.6], reference: Round_SI, tolerance: 0.0001),
        CorpusCase.Gradient(Round_SIM, [0.1, 0.3, 0.2, 0.4, 0.6]),
        CorpusCase.Gradient(Round_SIMF, [0.1, 0.3, 0.2, 0.4, 0.6], reference: Round_SIM, tolerance: 0.0001),
        CorpusCase.Gradient(Truncate_S, [0.1, 0.3, 0.2, 0.4, 0.6]),
        CorpusCase.Gradient(Truncate_SF, [0.1, 0.3, 0.2, 0.4, 0.6], reference: Truncate_S, tolerance: 0.0001),
    ];

    public static double Ceiling_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Ceiling<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Ceiling<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Ceiling<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Ceiling_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Ceiling(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Ceiling<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Ceiling<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Floor_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Floor<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Floor<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Floor<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Floor_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Floor(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Floor<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Floor<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Round_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Round<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Round<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Round<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Round_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Round(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Round<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Round<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Round_SM(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Round<double>(x, MidpointRounding.AwayFromZero, d0);
        double[] y = [.. x];
        TensorPrimitives.Round<double>(y, MidpointRounding.AwayFromZero, y);
        double[] z = [.. x];
        TensorPrimitives.Round<double>(General, MidpointRounding.AwayFromZero, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Round_SMF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Round(x, MidpointRounding.AwayFromZero, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Round<float>(y, MidpointRounding.AwayFromZero, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Round<float>(GeneralF, MidpointRounding.AwayFromZero, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Round_SI(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Round<double>(x, 1, d0);
        double[] y = [.. x];
        TensorPrimitives.Round<double>(y, 1, y);
        double[] z = [.. x];
        TensorPrimitives.Round<double>(General, 1, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Round_SIF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Round(x, 1, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Round<float>(y, 1, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Round<float>(GeneralF, 1, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Round_SIM(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Round<double>(x, 1, MidpointRounding.AwayFromZero, d0);
        double[] y = [.. x];
        TensorPrimitives.Round<double>(y, 1, MidpointRounding.AwayFromZero, y);
        double[] z = [.. x];
        TensorPrimitives.Round<double>(General, 1, MidpointRounding.AwayFromZero, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Round_SIMF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Round(x, 1, MidpointRounding.AwayFromZero, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Round<float>(y, 1, MidpointRounding.AwayFromZero, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Round<float>(GeneralF, 1, MidpointRounding.AwayFromZero, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Truncate_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Truncate<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Truncate<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Truncate<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Truncate_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Truncate(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Truncate<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Truncate<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }
}
