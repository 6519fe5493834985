using System.Numerics.Tensors;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules.Tensors;

/// <summary>
/// The <c>TensorPrimitives</c> rules of <c>TensorPrimitivesRules.Trigonometric</c> called from ordinary code:
/// each function calls one overload on arrays that carry derivatives, on constant tables, with a
/// scalar operand, in place (the destination is the input) and, for one-argument functions, writes
/// constants into an array that carries derivatives; the <c>float</c> twin calls the <c>float</c>
/// instantiation (or overload) and is checked against the finite differences of the <c>double</c> one.
/// </summary>
public sealed class TensorTrigonometricCorpus : TensorCorpusBase, ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Acos_S, CorpusCase.Point(5, -0.9, 0.9)),
        CorpusCase.Gradient(Acos_SF, CorpusCase.Point(5, -0.9, 0.9), reference: Acos_S, tolerance: 0.0001),
        CorpusCase.Gradient(Acosh_S, CorpusCase.Point(5, 1.2, 3)),
        CorpusCase.Gradient(Acosh_SF, CorpusCase.Point(5, 1.2, 3), reference: Acosh_S, tolerance: 0.0001),
        CorpusCase.Gradient(AcosPi_S, CorpusCase.Point(5, -0.9, 0.9)),
        CorpusCase.Gradient(AcosPi_SF, CorpusCase.Point(5, -0.9, 0.9), reference: AcosPi_S, tolerance: 0.0001),
        CorpusCase.Gradient(Asin_S, CorpusCase.Point(5, -0.9, 0.9)),
        CorpusCase.Gradient(Asin_SF, CorpusCase.Point(5, -0.9, 0.9), reference: Asin_S, tolerance: 0.0001),
        CorpusCase.Gradient(Asinh_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Asinh_SF, CorpusCase.Point(5, -1, 1), reference: Asinh_S, tolerance: 0.0001),
        CorpusCase.Gradient(AsinPi_S, CorpusCase.Point(5, -0.9, 0.9)),
        CorpusCase.Gradient(AsinPi_SF, CorpusCase.Point(5, -0.9, 0.9), reference: AsinPi_S, tolerance: 0.0001),
        CorpusCase.Gradient(Atan_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Atan_SF, CorpusCase.Point(5, -1, 1), reference: Atan_S, tolerance: 0.0001),
        CorpusCase.Gradient(Atan2_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Atan2_SSF, CorpusCase.Point(5, -1, 1), reference: Atan2_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Atan2_SC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Atan2_SCF, CorpusCase.Point(5, -1, 1), reference: Atan2_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Atan2_CS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Atan2_CSF, CorpusCase.Point(5, -1, 1), reference: Atan2_CS, tolerance: 0.0001),
        CorpusCase.Gradient(Atan2Pi_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Atan2Pi_SSF, CorpusCase.Point(5, -1, 1), reference: Atan2Pi_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Atan2Pi_SC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Atan2Pi_SCF, CorpusCase.Point(5, -1, 1), reference: Atan2Pi_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Atan2Pi_CS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Atan2Pi_CSF, CorpusCase.Point(5, -1, 1), reference: Atan2Pi_CS, tolerance: 0.0001),
        CorpusCase.Gradient(Atanh_S, CorpusCase.Point(5, -0.9, 0.9)),
        CorpusCase.Gradient(Atanh_SF, CorpusCase.Point(5, -0.9, 0.9), reference: Atanh_S, tolerance: 0.0001),
        CorpusCase.Gradient(AtanPi_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(AtanPi_SF, CorpusCase.Point(5, -1, 1), reference: AtanPi_S, tolerance: 0.0001),
        CorpusCase.Gradient(Cos_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Cos_SF, CorpusCase.Point(5, -1, 1), reference: Cos_S, tolerance: 0.0001),
        CorpusCase.Gradient(Cosh_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Cosh_SF, CorpusCase.Point(5, -1, 1), reference: Cosh_S, tolerance: 0.0001),
        CorpusCase.Gradient(CosPi_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(CosPi_SF, CorpusCase.Point(5, -1, 1), reference: CosPi_S, tolerance: 0.0001),
        CorpusCase.Gradient(DegreesToRadians_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(DegreesToRadians_SF, CorpusCase.Point(5, -1, 1), reference: DegreesToRadians_S, tolerance: 0.0001),
        CorpusCase.Gradient(RadiansToDegrees_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(RadiansToDegrees_SF, CorpusCase.Point(5, -1, 1), reference: RadiansToDegrees_S, tolerance: 0.0001),
        CorpusCase.Gradient(Sin_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Sin_SF, CorpusCase.Point(5, -1, 1), reference: Sin_S, tolerance: 0.0001),
        CorpusCase.Gradient(SinCos_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(SinCos_SF, CorpusCase.Point(5, -1, 1), reference: SinCos_S, tolerance: 0.0001),
        CorpusCase.Gradient(SinCosPi_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(SinCosPi_SF, CorpusCase.Point(5, -1, 1), reference: SinCosPi_S, tolerance: 0.0001),
        CorpusCase.Gradient(Sinh_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Sinh_SF, CorpusCase.Point(5, -1, 1), reference: Sinh_S, tolerance: 0.0001),
        CorpusCase.Gradient(SinPi_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(SinPi_SF, CorpusCase.Point(5, -1, 1), reference: SinPi_S, tolerance: 0.0001),
        CorpusCase.Gradient(Tan_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Tan_SF, CorpusCase.Point(5, -1, 1), reference: Tan_S, tolerance: 0.0001),
        CorpusCase.Gradient(Tanh_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Tanh_SF, CorpusCase.Point(5, -1, 1), reference: Tanh_S, tolerance: 0.0001),
        CorpusCase.Gradient(TanPi_S, CorpusCase.Point(5, -0.4, 0.4)),
        CorpusCase.Gradient(TanPi_SF, CorpusCase.Point(5, -0.4, 0.4), reference: TanPi_S, tolerance: 0.0001),
    ];

    public static double Acos_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Acos<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Acos<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Acos<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Acos_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Acos(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Acos<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Acos<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Acosh_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Acosh<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Acosh<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Acosh<double>(AboveOne, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Acosh_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Acosh(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Acosh<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Acosh<float>(AboveOneF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double AcosPi_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.AcosPi<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.AcosPi<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.AcosPi<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double AcosPi_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.AcosPi(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.AcosPi<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.AcosPi<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Asin_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Asin<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Asin<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Asin<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Asin_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Asin(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Asin<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Asin<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Asinh_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Asinh<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Asinh<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Asinh<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Asinh_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Asinh(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Asinh<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Asinh<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double AsinPi_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.AsinPi<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.AsinPi<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.AsinPi<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double AsinPi_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.AsinPi(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.AsinPi<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.AsinPi<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Atan_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Atan<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Atan<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Atan<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Atan_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Atan(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Atan<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Atan<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Atan2_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Atan2<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.Atan2<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Atan2(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Atan2<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Atan2<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.Atan2<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Atan2(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Atan2<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2_CS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Atan2<double>(x[0], General, d0);
        double[] y = [.. w1];
        TensorPrimitives.Atan2<double>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2_CSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Atan2(x[0], GeneralF, d0);
        float[] y = (float[])w1.Clone();
        TensorPrimitives.Atan2<float>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2Pi_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Atan2Pi<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.Atan2Pi<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2Pi_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Atan2Pi(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Atan2Pi<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2Pi_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Atan2Pi<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.Atan2Pi<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2Pi_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Atan2Pi(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Atan2Pi<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2Pi_CS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Atan2Pi<double>(x[0], General, d0);
        double[] y = [.. w1];
        TensorPrimitives.Atan2Pi<double>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atan2Pi_CSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Atan2Pi(x[0], GeneralF, d0);
        float[] y = (float[])w1.Clone();
        TensorPrimitives.Atan2Pi<float>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Atanh_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Atanh<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Atanh<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Atanh<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Atanh_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Atanh(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Atanh<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Atanh<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double AtanPi_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.AtanPi<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.AtanPi<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.AtanPi<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double AtanPi_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.AtanPi(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.AtanPi<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.AtanPi<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Cos_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Cos<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Cos<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Cos<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Cos_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Cos(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Cos<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Cos<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Cosh_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Cosh<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Cosh<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Cosh<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Cosh_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Cosh(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Cosh<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Cosh<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double CosPi_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.CosPi<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.CosPi<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.CosPi<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double CosPi_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.CosPi(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.CosPi<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.CosPi<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double DegreesToRadians_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.DegreesToRadians<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.DegreesToRadians<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.DegreesToRadians<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double DegreesToRadians_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.DegreesToRadians(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.DegreesToRadians<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.DegreesToRadians<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double RadiansToDegrees_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.RadiansToDegrees<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.RadiansToDegrees<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.RadiansToDegrees<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double RadiansToDegrees_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.RadiansToDegrees(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.RadiansToDegrees<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.RadiansToDegrees<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Sin_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Sin<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Sin<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Sin<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Sin_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Sin(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Sin<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Sin<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double SinCos_S(double[] x)
    {
        var d0 = new double[x.Length];
        var d1 = new double[x.Length];
        TensorPrimitives.SinCos<double>(x, d0, d1);
        double[] y = [.. x];
        var e1 = new double[x.Length];
        TensorPrimitives.SinCos<double>(y, y, e1);
        return Mix(d0) + Mix(d1) + Mix(y) + Mix(e1);
    }

    public static double SinCos_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        var d1 = new float[x.Length];
        TensorPrimitives.SinCos(x, d0, d1);
        float[] y = (float[])x.Clone();
        var e1 = new float[x.Length];
        TensorPrimitives.SinCos<float>(y, y, e1);
        return Mix(d0) + Mix(d1) + Mix(y) + Mix(e1);
    }

    public static double SinCosPi_S(double[] x)
    {
        var d0 = new double[x.Length];
        var d1 = new double[x.Length];
        TensorPrimitives.SinCosPi<double>(x, d0, d1);
        double[] y = [.. x];
        var e1 = new double[x.Length];
        TensorPrimitives.SinCosPi<double>(y, y, e1);
        return Mix(d0) + Mix(d1) + Mix(y) + Mix(e1);
    }

    public static double SinCosPi_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        var d1 = new float[x.Length];
        TensorPrimitives.SinCosPi(x, d0, d1);
        float[] y = (float[])x.Clone();
        var e1 = new float[x.Length];
        TensorPrimitives.SinCosPi<float>(y, y, e1);
        return Mix(d0) + Mix(d1) + Mix(y) + Mix(e1);
    }

    public static double Sinh_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Sinh<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Sinh<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Sinh<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Sinh_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Sinh(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Sinh<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Sinh<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double SinPi_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.SinPi<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.SinPi<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.SinPi<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double SinPi_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.SinPi(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.SinPi<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.SinPi<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Tan_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Tan<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Tan<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Tan<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Tan_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Tan(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Tan<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Tan<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Tanh_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Tanh<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Tanh<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Tanh<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Tanh_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Tanh(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Tanh<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Tanh<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double TanPi_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.TanPi<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.TanPi<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.TanPi<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double TanPi_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.TanPi(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.TanPi<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.TanPi<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }
}
