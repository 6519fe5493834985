using System.Numerics.Tensors;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules.Tensors;

/// <summary>
/// The <c>TensorPrimitives</c> rules of <c>TensorPrimitivesRules.Selection</c> called from ordinary code:
/// each function calls one overload on arrays that carry derivatives, on constant tables, with a
/// scalar operand, in place (the destination is the input) and, for one-argument functions, writes
/// constants into an array that carries derivatives; the <c>float</c> twin calls the <c>float</c>
/// instantiation (or overload) and is checked against the finite differences of the <c>double</c> one.
/// </summary>
public sealed class TensorSelectionCorpus : TensorCorpusBase, ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Clamp_SSS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Clamp_SSSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Clamp_SSS, tolerance: 0.0001),
        CorpusCase.Gradient(Clamp_SSC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Clamp_SSCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Clamp_SSC, tolerance: 0.0001),
        CorpusCase.Gradient(Clamp_SCS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Clamp_SCSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Clamp_SCS, tolerance: 0.0001),
        CorpusCase.Gradient(Clamp_CSS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Clamp_CSSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Clamp_CSS, tolerance: 0.0001),
        CorpusCase.Gradient(Clamp_SCC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Clamp_SCCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Clamp_SCC, tolerance: 0.0001),
        CorpusCase.Gradient(Clamp_CSC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Clamp_CSCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Clamp_CSC, tolerance: 0.0001),
        CorpusCase.Gradient(Clamp_CCS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Clamp_CCSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Clamp_CCS, tolerance: 0.0001),
        CorpusCase.Gradient(Max_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Max_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Max_S, tolerance: 0.0001),
        CorpusCase.Gradient(Max_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Max_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Max_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Max_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Max_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Max_SC, tolerance: 0.0001),
        CorpusCase.Gradient(MaxMagnitude_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MaxMagnitude_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MaxMagnitude_S, tolerance: 0.0001),
        CorpusCase.Gradient(MaxMagnitude_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MaxMagnitude_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MaxMagnitude_SS, tolerance: 0.0001),
        CorpusCase.Gradient(MaxMagnitude_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MaxMagnitude_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MaxMagnitude_SC, tolerance: 0.0001),
        CorpusCase.Gradient(MaxMagnitudeNumber_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MaxMagnitudeNumber_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MaxMagnitudeNumber_S, tolerance: 0.0001),
        CorpusCase.Gradient(MaxMagnitudeNumber_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MaxMagnitudeNumber_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MaxMagnitudeNumber_SS, tolerance: 0.0001),
        CorpusCase.Gradient(MaxMagnitudeNumber_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MaxMagnitudeNumber_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MaxMagnitudeNumber_SC, tolerance: 0.0001),
        CorpusCase.Gradient(MaxNumber_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MaxNumber_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MaxNumber_S, tolerance: 0.0001),
        CorpusCase.Gradient(MaxNumber_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MaxNumber_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MaxNumber_SS, tolerance: 0.0001),
        CorpusCase.Gradient(MaxNumber_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MaxNumber_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MaxNumber_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Min_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Min_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Min_S, tolerance: 0.0001),
        CorpusCase.Gradient(Min_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Min_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Min_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Min_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Min_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Min_SC, tolerance: 0.0001),
        CorpusCase.Gradient(MinMagnitude_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MinMagnitude_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MinMagnitude_S, tolerance: 0.0001),
        CorpusCase.Gradient(MinMagnitude_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MinMagnitude_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MinMagnitude_SS, tolerance: 0.0001),
        CorpusCase.Gradient(MinMagnitude_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MinMagnitude_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MinMagnitude_SC, tolerance: 0.0001),
        CorpusCase.Gradient(MinMagnitudeNumber_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MinMagnitudeNumber_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MinMagnitudeNumber_S, tolerance: 0.0001),
        CorpusCase.Gradient(MinMagnitudeNumber_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MinMagnitudeNumber_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MinMagnitudeNumber_SS, tolerance: 0.0001),
        CorpusCase.Gradient(MinMagnitudeNumber_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MinMagnitudeNumber_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MinMagnitudeNumber_SC, tolerance: 0.0001),
        CorpusCase.Gradient(MinNumber_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MinNumber_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MinNumber_S, tolerance: 0.0001),
        CorpusCase.Gradient(MinNumber_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MinNumber_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MinNumber_SS, tolerance: 0.0001),
        CorpusCase.Gradient(MinNumber_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(MinNumber_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: MinNumber_SC, tolerance: 0.0001),
    ];

    public static double Clamp_SSS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = -0.5 - (x[i] * x[i]); }
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Clamp<double>(x, Lower, w2, d0);
        double[] y = [.. x];
        TensorPrimitives.Clamp<double>(y, w1, Upper, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_SSSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = -0.5f - (x[i] * x[i]); }
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Clamp(x, LowerF, w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Clamp<float>(y, w1, UpperF, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_SSC(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = -0.5 - (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Clamp<double>(x, Lower, 0.5 + (x[2] * x[2]), d0);
        double[] y = [.. x];
        TensorPrimitives.Clamp<double>(y, w1, 0.55, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_SSCF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = -0.5f - (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Clamp(x, LowerF, 0.5f + (x[2] * x[2]), d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Clamp<float>(y, w1, 0.55f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_SCS(double[] x)
    {
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Clamp<double>(x, -0.5 - (x[1] * x[1]), w2, d0);
        double[] y = [.. x];
        TensorPrimitives.Clamp<double>(y, -0.45, Upper, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_SCSF(double[] x64)
    {
        float[] x = Single(x64);
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Clamp(x, -0.5f - (x[1] * x[1]), w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Clamp<float>(y, -0.45f, UpperF, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_CSS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = -0.5 - (x[i] * x[i]); }
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Clamp<double>(x[0], Lower, w2, d0);
        double[] y = [.. w1];
        TensorPrimitives.Clamp<double>(x[0], y, Upper, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_CSSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = -0.5f - (x[i] * x[i]); }
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Clamp(x[0], LowerF, w2, d0);
        float[] y = (float[])w1.Clone();
        TensorPrimitives.Clamp<float>(x[0], y, UpperF, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_SCC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Clamp<double>(x, -0.5 - (x[1] * x[1]), 0.5 + (x[2] * x[2]), d0);
        double[] y = [.. x];
        TensorPrimitives.Clamp<double>(y, -0.45, 0.55, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_SCCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Clamp(x, -0.5f - (x[1] * x[1]), 0.5f + (x[2] * x[2]), d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Clamp<float>(y, -0.45f, 0.55f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_CSC(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = -0.5 - (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Clamp<double>(x[0], Lower, 0.5 + (x[2] * x[2]), d0);
        double[] y = [.. w1];
        TensorPrimitives.Clamp<double>(x[0], y, 0.55, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_CSCF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = -0.5f - (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Clamp(x[0], LowerF, 0.5f + (x[2] * x[2]), d0);
        float[] y = (float[])w1.Clone();
        TensorPrimitives.Clamp<float>(x[0], y, 0.55f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_CCS(double[] x)
    {
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Clamp<double>(x[0], -0.5 - (x[1] * x[1]), w2, d0);
        double[] y = [.. w2];
        TensorPrimitives.Clamp<double>(x[0], -0.45, y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Clamp_CCSF(double[] x64)
    {
        float[] x = Single(x64);
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Clamp(x[0], -0.5f - (x[1] * x[1]), w2, d0);
        float[] y = (float[])w2.Clone();
        TensorPrimitives.Clamp<float>(x[0], -0.45f, y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Max_S(double[] x)
    {
        return TensorPrimitives.Max<double>(x);
    }

    public static double Max_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.Max(x);
    }

    public static double Max_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Max<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.Max<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Max_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Max(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Max<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Max_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Max<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.Max<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double Max_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Max(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Max<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxMagnitude_S(double[] x)
    {
        return TensorPrimitives.MaxMagnitude<double>(x);
    }

    public static double MaxMagnitude_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.MaxMagnitude(x);
    }

    public static double MaxMagnitude_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MaxMagnitude<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.MaxMagnitude<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxMagnitude_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MaxMagnitude(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MaxMagnitude<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxMagnitude_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.MaxMagnitude<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.MaxMagnitude<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxMagnitude_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.MaxMagnitude(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MaxMagnitude<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxMagnitudeNumber_S(double[] x)
    {
        return TensorPrimitives.MaxMagnitudeNumber<double>(x);
    }

    public static double MaxMagnitudeNumber_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.MaxMagnitudeNumber(x);
    }

    public static double MaxMagnitudeNumber_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MaxMagnitudeNumber<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.MaxMagnitudeNumber<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxMagnitudeNumber_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MaxMagnitudeNumber(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MaxMagnitudeNumber<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxMagnitudeNumber_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.MaxMagnitudeNumber<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.MaxMagnitudeNumber<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxMagnitudeNumber_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.MaxMagnitudeNumber(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MaxMagnitudeNumber<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxNumber_S(double[] x)
    {
        return TensorPrimitives.MaxNumber<double>(x);
    }

    public static double MaxNumber_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.MaxNumber(x);
    }

    public static double MaxNumber_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MaxNumber<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.MaxNumber<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxNumber_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MaxNumber(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MaxNumber<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxNumber_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.MaxNumber<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.MaxNumber<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double MaxNumber_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.MaxNumber(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MaxNumber<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Min_S(double[] x)
    {
        return TensorPrimitives.Min<double>(x);
    }

    public static double Min_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.Min(x);
    }

    public static double Min_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Min<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.Min<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Min_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Min(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Min<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Min_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Min<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.Min<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double Min_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Min(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Min<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinMagnitude_S(double[] x)
    {
        return TensorPrimitives.MinMagnitude<double>(x);
    }

    public static double MinMagnitude_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.MinMagnitude(x);
    }

    public static double MinMagnitude_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MinMagnitude<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.MinMagnitude<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinMagnitude_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MinMagnitude(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MinMagnitude<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinMagnitude_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.MinMagnitude<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.MinMagnitude<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinMagnitude_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.MinMagnitude(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MinMagnitude<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinMagnitudeNumber_S(double[] x)
    {
        return TensorPrimitives.MinMagnitudeNumber<double>(x);
    }

    public static double MinMagnitudeNumber_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.MinMagnitudeNumber(x);
    }

    public static double MinMagnitudeNumber_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MinMagnitudeNumber<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.MinMagnitudeNumber<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinMagnitudeNumber_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MinMagnitudeNumber(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MinMagnitudeNumber<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinMagnitudeNumber_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.MinMagnitudeNumber<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.MinMagnitudeNumber<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinMagnitudeNumber_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.MinMagnitudeNumber(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MinMagnitudeNumber<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinNumber_S(double[] x)
    {
        return TensorPrimitives.MinNumber<double>(x);
    }

    public static double MinNumber_SF(double[] x64)
    {
        float[] x = Single(x64);
        return TensorPrimitives.MinNumber(x);
    }

    public static double MinNumber_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MinNumber<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.MinNumber<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinNumber_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MinNumber(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MinNumber<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinNumber_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.MinNumber<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.MinNumber<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double MinNumber_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.MinNumber(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MinNumber<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }
}
