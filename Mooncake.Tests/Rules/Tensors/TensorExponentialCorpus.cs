using System.Numerics.Tensors;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules.Tensors;

/// <summary>
/// The <c>TensorPrimitives</c> rules of <c>TensorPrimitivesRules.Exponential</c> called from ordinary code:
/// each function calls one overload on arrays that carry derivatives, on constant tables, with a
/// scalar operand, in place (the destination is the input) and, for one-argument functions, writes
/// constants into an array that carries derivatives; the <c>float</c> twin calls the <c>float</c>
/// instantiation (or overload) and is checked against the finite differences of the <c>double</c> one.
/// </summary>
public sealed class TensorExponentialCorpus : TensorCorpusBase, ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Cbrt_S, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Cbrt_SF, CorpusCase.Point(5, 0.2, 2), reference: Cbrt_S, tolerance: 0.0001),
        CorpusCase.Gradient(Exp_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Exp_SF, CorpusCase.Point(5, -1, 1), reference: Exp_S, tolerance: 0.0001),
        CorpusCase.Gradient(Exp10_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Exp10_SF, CorpusCase.Point(5, -1, 1), reference: Exp10_S, tolerance: 0.0001),
        CorpusCase.Gradient(Exp10M1_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Exp10M1_SF, CorpusCase.Point(5, -1, 1), reference: Exp10M1_S, tolerance: 0.0001),
        CorpusCase.Gradient(Exp2_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Exp2_SF, CorpusCase.Point(5, -1, 1), reference: Exp2_S, tolerance: 0.0001),
        CorpusCase.Gradient(Exp2M1_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Exp2M1_SF, CorpusCase.Point(5, -1, 1), reference: Exp2M1_S, tolerance: 0.0001),
        CorpusCase.Gradient(ExpM1_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ExpM1_SF, CorpusCase.Point(5, -1, 1), reference: ExpM1_S, tolerance: 0.0001),
        CorpusCase.Gradient(Hypot_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Hypot_SSF, CorpusCase.Point(5, -1, 1), reference: Hypot_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Log_S, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Log_SF, CorpusCase.Point(5, 0.2, 2), reference: Log_S, tolerance: 0.0001),
        CorpusCase.Gradient(Log_SS, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Log_SSF, CorpusCase.Point(5, 0.2, 2), reference: Log_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Log_SC, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Log_SCF, CorpusCase.Point(5, 0.2, 2), reference: Log_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Log10_S, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Log10_SF, CorpusCase.Point(5, 0.2, 2), reference: Log10_S, tolerance: 0.0001),
        CorpusCase.Gradient(Log10P1_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Log10P1_SF, CorpusCase.Point(5, -1, 1), reference: Log10P1_S, tolerance: 0.0001),
        CorpusCase.Gradient(Log2_S, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Log2_SF, CorpusCase.Point(5, 0.2, 2), reference: Log2_S, tolerance: 0.0001),
        CorpusCase.Gradient(Log2P1_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Log2P1_SF, CorpusCase.Point(5, -1, 1), reference: Log2P1_S, tolerance: 0.0001),
        CorpusCase.Gradient(LogP1_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(LogP1_SF, CorpusCase.Point(5, -1, 1), reference: LogP1_S, tolerance: 0.0001),
        CorpusCase.Gradient(Pow_SS, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Pow_SSF, CorpusCase.Point(5, 0.2, 2), reference: Pow_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Pow_SC, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Pow_SCF, CorpusCase.Point(5, 0.2, 2), reference: Pow_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Pow_CS, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Pow_CSF, CorpusCase.Point(5, 0.2, 2), reference: Pow_CS, tolerance: 0.0001),
        CorpusCase.Gradient(Reciprocal_S, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Reciprocal_SF, CorpusCase.Point(5, 0.2, 2), reference: Reciprocal_S, tolerance: 0.0001),
        CorpusCase.Gradient(ReciprocalEstimate_S, CorpusCase.Point(5, 0.2, 2), reference: Reciprocal_S, tolerance: 0.001),
        CorpusCase.Gradient(ReciprocalEstimate_SF, CorpusCase.Point(5, 0.2, 2), reference: Reciprocal_S, tolerance: 0.001),
        CorpusCase.Gradient(ReciprocalSqrt_S, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(ReciprocalSqrt_SF, CorpusCase.Point(5, 0.2, 2), reference: ReciprocalSqrt_S, tolerance: 0.0001),
        CorpusCase.Gradient(ReciprocalSqrtEstimate_S, CorpusCase.Point(5, 0.2, 2), reference: ReciprocalSqrt_S, tolerance: 0.001),
        CorpusCase.Gradient(ReciprocalSqrtEstimate_SF, CorpusCase.Point(5, 0.2, 2), reference: ReciprocalSqrt_S, tolerance: 0.001),
        CorpusCase.Gradient(RootN_SI, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(RootN_SIF, CorpusCase.Point(5, 0.2, 2), reference: RootN_SI, tolerance: 0.0001),
        CorpusCase.Gradient(Sqrt_S, CorpusCase.Point(5, 0.2, 2)),
        CorpusCase.Gradient(Sqrt_SF, CorpusCase.Point(5, 0.2, 2), reference: Sqrt_S, tolerance: 0.0001),
    ];

    public static double Cbrt_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Cbrt<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Cbrt<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Cbrt<double>(Positive, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Cbrt_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Cbrt(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Cbrt<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Cbrt<float>(PositiveF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Exp<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Exp<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Exp<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Exp(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Exp<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Exp<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp10_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Exp10<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Exp10<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Exp10<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp10_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Exp10(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Exp10<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Exp10<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp10M1_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Exp10M1<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Exp10M1<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Exp10M1<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp10M1_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Exp10M1(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Exp10M1<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Exp10M1<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp2_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Exp2<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Exp2<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Exp2<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp2_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Exp2(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Exp2<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Exp2<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp2M1_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Exp2M1<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Exp2M1<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Exp2M1<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Exp2M1_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Exp2M1(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Exp2M1<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Exp2M1<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double ExpM1_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.ExpM1<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.ExpM1<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.ExpM1<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double ExpM1_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.ExpM1(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.ExpM1<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.ExpM1<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Hypot_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Hypot<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.Hypot<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Hypot_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Hypot(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Hypot<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Log_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Log<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Log<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Log<double>(Positive, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Log_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Log(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Log<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Log<float>(PositiveF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Log_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 2 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Log<double>(x, Bases, d0);
        double[] y = [.. x];
        TensorPrimitives.Log<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Log_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 2f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Log(x, BasesF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Log<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Log_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Log<double>(x, 2 + (x[1] * x[1]), d0);
        double[] y = [.. x];
        TensorPrimitives.Log<double>(y, 2.5, y);
        return Mix(d0) + Mix(y);
    }

    public static double Log_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Log(x, 2f + (x[1] * x[1]), d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Log<float>(y, 2.5f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Log10_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Log10<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Log10<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Log10<double>(Positive, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Log10_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Log10(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Log10<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Log10<float>(PositiveF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Log10P1_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Log10P1<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Log10P1<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Log10P1<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Log10P1_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Log10P1(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Log10P1<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Log10P1<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Log2_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Log2<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Log2<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Log2<double>(Positive, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Log2_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Log2(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Log2<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Log2<float>(PositiveF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Log2P1_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Log2P1<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Log2P1<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Log2P1<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Log2P1_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Log2P1(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Log2P1<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Log2P1<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double LogP1_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.LogP1<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.LogP1<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.LogP1<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double LogP1_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.LogP1(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.LogP1<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.LogP1<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Pow_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Pow<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.Pow<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Pow_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Pow(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Pow<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Pow_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Pow<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.Pow<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double Pow_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Pow(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Pow<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Pow_CS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Pow<double>(x[0], General, d0);
        double[] y = [.. w1];
        TensorPrimitives.Pow<double>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Pow_CSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Pow(x[0], GeneralF, d0);
        float[] y = (float[])w1.Clone();
        TensorPrimitives.Pow<float>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Reciprocal_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Reciprocal<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Reciprocal<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Reciprocal<double>(Positive, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Reciprocal_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Reciprocal(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Reciprocal<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Reciprocal<float>(PositiveF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double ReciprocalEstimate_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.ReciprocalEstimate<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.ReciprocalEstimate<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.ReciprocalEstimate<double>(Positive, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double ReciprocalEstimate_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.ReciprocalEstimate(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.ReciprocalEstimate<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.ReciprocalEstimate<float>(PositiveF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double ReciprocalSqrt_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.ReciprocalSqrt<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.ReciprocalSqrt<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.ReciprocalSqrt<double>(Positive, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double ReciprocalSqrt_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.ReciprocalSqrt(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.ReciprocalSqrt<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.ReciprocalSqrt<float>(PositiveF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double ReciprocalSqrtEstimate_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.ReciprocalSqrtEstimate<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.ReciprocalSqrtEstimate<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.ReciprocalSqrtEstimate<double>(Positive, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double ReciprocalSqrtEstimate_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.ReciprocalSqrtEstimate(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.ReciprocalSqrtEstimate<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.ReciprocalSqrtEstimate<float>(PositiveF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double RootN_SI(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.RootN<double>(x, 3, d0);
        double[] y = [.. x];
        TensorPrimitives.RootN<double>(y, 3, y);
        double[] z = [.. x];
        TensorPrimitives.RootN<double>(Positive, 3, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double RootN_SIF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.RootN(x, 3, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.RootN<float>(y, 3, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.RootN<float>(PositiveF, 3, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Sqrt_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Sqrt<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Sqrt<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Sqrt<double>(Positive, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Sqrt_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Sqrt(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Sqrt<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Sqrt<float>(PositiveF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }
}
