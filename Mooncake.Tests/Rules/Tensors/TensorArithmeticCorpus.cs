using System.Numerics.Tensors;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules.Tensors;

/// <summary>
/// The <c>TensorPrimitives</c> rules of <c>TensorPrimitivesRules.Arithmetic</c> called from ordinary code:
/// each function calls one overload on arrays that carry derivatives, on constant tables, with a
/// scalar operand, in place (the destination is the input) and, for one-argument functions, writes
/// constants into an array that carries derivatives; the <c>float</c> twin calls the <c>float</c>
/// instantiation (or overload) and is checked against the finite differences of the <c>double</c> one.
/// </summary>
public sealed class TensorArithmeticCorpus : TensorCorpusBase, ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Abs_S, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Abs_SF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Abs_S, tolerance: 0.0001),
        CorpusCase.Gradient(Add_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Add_SSF, CorpusCase.Point(5, -1, 1), reference: Add_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Add_SC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Add_SCF, CorpusCase.Point(5, -1, 1), reference: Add_SC, tolerance: 0.0001),
        CorpusCase.Gradient(AddMultiply_SSS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(AddMultiply_SSSF, CorpusCase.Point(5, -1, 1), reference: AddMultiply_SSS, tolerance: 0.0001),
        CorpusCase.Gradient(AddMultiply_SSC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(AddMultiply_SSCF, CorpusCase.Point(5, -1, 1), reference: AddMultiply_SSC, tolerance: 0.0001),
        CorpusCase.Gradient(AddMultiply_SCS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(AddMultiply_SCSF, CorpusCase.Point(5, -1, 1), reference: AddMultiply_SCS, tolerance: 0.0001),
        CorpusCase.Gradient(BitDecrement_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(BitDecrement_SF, CorpusCase.Point(5, -1, 1), reference: BitDecrement_S, tolerance: 0.0001),
        CorpusCase.Gradient(BitIncrement_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(BitIncrement_SF, CorpusCase.Point(5, -1, 1), reference: BitIncrement_S, tolerance: 0.0001),
        CorpusCase.Gradient(CopySign_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(CopySign_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: CopySign_SS, tolerance: 0.0001),
        CorpusCase.Gradient(CopySign_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(CopySign_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: CopySign_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Decrement_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Decrement_SF, CorpusCase.Point(5, -1, 1), reference: Decrement_S, tolerance: 0.0001),
        CorpusCase.Gradient(Divide_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Divide_SSF, CorpusCase.Point(5, -1, 1), reference: Divide_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Divide_SC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Divide_SCF, CorpusCase.Point(5, -1, 1), reference: Divide_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Divide_CS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Divide_CSF, CorpusCase.Point(5, -1, 1), reference: Divide_CS, tolerance: 0.0001),
        CorpusCase.Gradient(FusedMultiplyAdd_SSS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(FusedMultiplyAdd_SSSF, CorpusCase.Point(5, -1, 1), reference: FusedMultiplyAdd_SSS, tolerance: 0.0001),
        CorpusCase.Gradient(FusedMultiplyAdd_SSC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(FusedMultiplyAdd_SSCF, CorpusCase.Point(5, -1, 1), reference: FusedMultiplyAdd_SSC, tolerance: 0.0001),
        CorpusCase.Gradient(FusedMultiplyAdd_SCS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(FusedMultiplyAdd_SCSF, CorpusCase.Point(5, -1, 1), reference: FusedMultiplyAdd_SCS, tolerance: 0.0001),
        CorpusCase.Gradient(Ieee754Remainder_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Ieee754Remainder_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Ieee754Remainder_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Ieee754Remainder_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Ieee754Remainder_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Ieee754Remainder_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Ieee754Remainder_CS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Ieee754Remainder_CSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Ieee754Remainder_CS, tolerance: 0.0001),
        CorpusCase.Gradient(Increment_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Increment_SF, CorpusCase.Point(5, -1, 1), reference: Increment_S, tolerance: 0.0001),
        CorpusCase.Gradient(Lerp_SSS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Lerp_SSSF, CorpusCase.Point(5, -1, 1), reference: Lerp_SSS, tolerance: 0.0001),
        CorpusCase.Gradient(Lerp_SSC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Lerp_SSCF, CorpusCase.Point(5, -1, 1), reference: Lerp_SSC, tolerance: 0.0001),
        CorpusCase.Gradient(Lerp_SCS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Lerp_SCSF, CorpusCase.Point(5, -1, 1), reference: Lerp_SCS, tolerance: 0.0001),
        CorpusCase.Gradient(Multiply_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Multiply_SSF, CorpusCase.Point(5, -1, 1), reference: Multiply_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Multiply_SC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Multiply_SCF, CorpusCase.Point(5, -1, 1), reference: Multiply_SC, tolerance: 0.0001),
        CorpusCase.Gradient(MultiplyAdd_SSS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(MultiplyAdd_SSSF, CorpusCase.Point(5, -1, 1), reference: MultiplyAdd_SSS, tolerance: 0.0001),
        CorpusCase.Gradient(MultiplyAdd_SSC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(MultiplyAdd_SSCF, CorpusCase.Point(5, -1, 1), reference: MultiplyAdd_SSC, tolerance: 0.0001),
        CorpusCase.Gradient(MultiplyAdd_SCS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(MultiplyAdd_SCSF, CorpusCase.Point(5, -1, 1), reference: MultiplyAdd_SCS, tolerance: 0.0001),
        CorpusCase.Gradient(MultiplyAddEstimate_SSS, CorpusCase.Point(5, -1, 1), reference: FusedMultiplyAdd_SSS, tolerance: 0.001),
        CorpusCase.Gradient(MultiplyAddEstimate_SSSF, CorpusCase.Point(5, -1, 1), reference: FusedMultiplyAdd_SSS, tolerance: 0.001),
        CorpusCase.Gradient(MultiplyAddEstimate_SSC, CorpusCase.Point(5, -1, 1), reference: FusedMultiplyAdd_SSC, tolerance: 0.001),
        CorpusCase.Gradient(MultiplyAddEstimate_SSCF, CorpusCase.Point(5, -1, 1), reference: FusedMultiplyAdd_SSC, tolerance: 0.001),
        CorpusCase.Gradient(MultiplyAddEstimate_SCS, CorpusCase.Point(5, -1, 1), reference: FusedMultiplyAdd_SCS, tolerance: 0.001),
        CorpusCase.Gradient(MultiplyAddEstimate_SCSF, CorpusCase.Point(5, -1, 1), reference: FusedMultiplyAdd_SCS, tolerance: 0.001),
        CorpusCase.Gradient(Negate_S, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Negate_SF, CorpusCase.Point(5, -1, 1), reference: Negate_S, tolerance: 0.0001),
        CorpusCase.Gradient(Remainder_SS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Remainder_SSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Remainder_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Remainder_SC, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Remainder_SCF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Remainder_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Remainder_CS, [0.95, -0.92, 0.1, -0.2, 0.6]),
        CorpusCase.Gradient(Remainder_CSF, [0.95, -0.92, 0.1, -0.2, 0.6], reference: Remainder_CS, tolerance: 0.0001),
        CorpusCase.Gradient(ScaleB_SI, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ScaleB_SIF, CorpusCase.Point(5, -1, 1), reference: ScaleB_SI, tolerance: 0.0001),
        CorpusCase.Gradient(Subtract_SS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Subtract_SSF, CorpusCase.Point(5, -1, 1), reference: Subtract_SS, tolerance: 0.0001),
        CorpusCase.Gradient(Subtract_SC, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Subtract_SCF, CorpusCase.Point(5, -1, 1), reference: Subtract_SC, tolerance: 0.0001),
        CorpusCase.Gradient(Subtract_CS, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(Subtract_CSF, CorpusCase.Point(5, -1, 1), reference: Subtract_CS, tolerance: 0.0001),
    ];

    public static double Abs_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Abs<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Abs<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Abs<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Abs_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Abs(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Abs<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Abs<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Add_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Add<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.Add<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Add_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Add(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Add<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Add_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Add<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.Add<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double Add_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Add(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Add<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double AddMultiply_SSS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.AddMultiply<double>(x, General, w2, d0);
        double[] y = [.. x];
        TensorPrimitives.AddMultiply<double>(y, w1, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double AddMultiply_SSSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.AddMultiply(x, GeneralF, w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.AddMultiply<float>(y, w1, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double AddMultiply_SSC(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.AddMultiply<double>(x, General, 0.5 * x[2], d0);
        double[] y = [.. x];
        TensorPrimitives.AddMultiply<double>(y, w1, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double AddMultiply_SSCF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.AddMultiply(x, GeneralF, 0.5f * x[2], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.AddMultiply<float>(y, w1, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double AddMultiply_SCS(double[] x)
    {
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.AddMultiply<double>(x, 0.5 * x[1], w2, d0);
        double[] y = [.. x];
        TensorPrimitives.AddMultiply<double>(y, 0.35, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double AddMultiply_SCSF(double[] x64)
    {
        float[] x = Single(x64);
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.AddMultiply(x, 0.5f * x[1], w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.AddMultiply<float>(y, 0.35f, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double BitDecrement_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.BitDecrement<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.BitDecrement<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.BitDecrement<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double BitDecrement_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.BitDecrement(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.BitDecrement<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.BitDecrement<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double BitIncrement_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.BitIncrement<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.BitIncrement<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.BitIncrement<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double BitIncrement_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.BitIncrement(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.BitIncrement<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.BitIncrement<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double CopySign_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.CopySign<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.CopySign<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double CopySign_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.CopySign(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.CopySign<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double CopySign_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.CopySign<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.CopySign<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double CopySign_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.CopySign(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.CopySign<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Decrement_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Decrement<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Decrement<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Decrement<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Decrement_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Decrement(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Decrement<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Decrement<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Divide_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Divide<double>(x, Positive, d0);
        double[] y = [.. x];
        TensorPrimitives.Divide<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Divide_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Divide(x, PositiveF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Divide<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Divide_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Divide<double>(x, 0.5 + (x[1] * x[1]), d0);
        double[] y = [.. x];
        TensorPrimitives.Divide<double>(y, 1.5, y);
        return Mix(d0) + Mix(y);
    }

    public static double Divide_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Divide(x, 0.5f + (x[1] * x[1]), d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Divide<float>(y, 1.5f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Divide_CS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Divide<double>(x[0], Positive, d0);
        double[] y = [.. w1];
        TensorPrimitives.Divide<double>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Divide_CSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Divide(x[0], PositiveF, d0);
        float[] y = (float[])w1.Clone();
        TensorPrimitives.Divide<float>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double FusedMultiplyAdd_SSS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.FusedMultiplyAdd<double>(x, General, w2, d0);
        double[] y = [.. x];
        TensorPrimitives.FusedMultiplyAdd<double>(y, w1, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double FusedMultiplyAdd_SSSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.FusedMultiplyAdd(x, GeneralF, w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.FusedMultiplyAdd<float>(y, w1, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double FusedMultiplyAdd_SSC(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.FusedMultiplyAdd<double>(x, General, 0.5 * x[2], d0);
        double[] y = [.. x];
        TensorPrimitives.FusedMultiplyAdd<double>(y, w1, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double FusedMultiplyAdd_SSCF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.FusedMultiplyAdd(x, GeneralF, 0.5f * x[2], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.FusedMultiplyAdd<float>(y, w1, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double FusedMultiplyAdd_SCS(double[] x)
    {
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.FusedMultiplyAdd<double>(x, 0.5 * x[1], w2, d0);
        double[] y = [.. x];
        TensorPrimitives.FusedMultiplyAdd<double>(y, 0.35, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double FusedMultiplyAdd_SCSF(double[] x64)
    {
        float[] x = Single(x64);
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.FusedMultiplyAdd(x, 0.5f * x[1], w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.FusedMultiplyAdd<float>(y, 0.35f, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double Ieee754Remainder_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Ieee754Remainder<double>(x, Positive, d0);
        double[] y = [.. x];
        TensorPrimitives.Ieee754Remainder<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Ieee754Remainder_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Ieee754Remainder(x, PositiveF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Ieee754Remainder<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Ieee754Remainder_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Ieee754Remainder<double>(x, 0.5 + (x[1] * x[1]), d0);
        double[] y = [.. x];
        TensorPrimitives.Ieee754Remainder<double>(y, 1.5, y);
        return Mix(d0) + Mix(y);
    }

    public static double Ieee754Remainder_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Ieee754Remainder(x, 0.5f + (x[1] * x[1]), d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Ieee754Remainder<float>(y, 1.5f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Ieee754Remainder_CS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Ieee754Remainder<double>(x[0], Positive, d0);
        double[] y = [.. w1];
        TensorPrimitives.Ieee754Remainder<double>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Ieee754Remainder_CSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Ieee754Remainder(x[0], PositiveF, d0);
        float[] y = (float[])w1.Clone();
        TensorPrimitives.Ieee754Remainder<float>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Increment_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Increment<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Increment<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Increment<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Increment_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Increment(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Increment<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Increment<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Lerp_SSS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Lerp<double>(x, General, w2, d0);
        double[] y = [.. x];
        TensorPrimitives.Lerp<double>(y, w1, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double Lerp_SSSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Lerp(x, GeneralF, w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Lerp<float>(y, w1, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double Lerp_SSC(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Lerp<double>(x, General, 0.5 * x[2], d0);
        double[] y = [.. x];
        TensorPrimitives.Lerp<double>(y, w1, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double Lerp_SSCF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Lerp(x, GeneralF, 0.5f * x[2], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Lerp<float>(y, w1, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Lerp_SCS(double[] x)
    {
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Lerp<double>(x, 0.5 * x[1], w2, d0);
        double[] y = [.. x];
        TensorPrimitives.Lerp<double>(y, 0.35, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double Lerp_SCSF(double[] x64)
    {
        float[] x = Single(x64);
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Lerp(x, 0.5f * x[1], w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Lerp<float>(y, 0.35f, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double Multiply_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Multiply<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.Multiply<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Multiply_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Multiply(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Multiply<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Multiply_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Multiply<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.Multiply<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double Multiply_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Multiply(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Multiply<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAdd_SSS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MultiplyAdd<double>(x, General, w2, d0);
        double[] y = [.. x];
        TensorPrimitives.MultiplyAdd<double>(y, w1, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAdd_SSSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MultiplyAdd(x, GeneralF, w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MultiplyAdd<float>(y, w1, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAdd_SSC(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MultiplyAdd<double>(x, General, 0.5 * x[2], d0);
        double[] y = [.. x];
        TensorPrimitives.MultiplyAdd<double>(y, w1, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAdd_SSCF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MultiplyAdd(x, GeneralF, 0.5f * x[2], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MultiplyAdd<float>(y, w1, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAdd_SCS(double[] x)
    {
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MultiplyAdd<double>(x, 0.5 * x[1], w2, d0);
        double[] y = [.. x];
        TensorPrimitives.MultiplyAdd<double>(y, 0.35, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAdd_SCSF(double[] x64)
    {
        float[] x = Single(x64);
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MultiplyAdd(x, 0.5f * x[1], w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MultiplyAdd<float>(y, 0.35f, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAddEstimate_SSS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MultiplyAddEstimate<double>(x, General, w2, d0);
        double[] y = [.. x];
        TensorPrimitives.MultiplyAddEstimate<double>(y, w1, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAddEstimate_SSSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MultiplyAddEstimate(x, GeneralF, w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MultiplyAddEstimate<float>(y, w1, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAddEstimate_SSC(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MultiplyAddEstimate<double>(x, General, 0.5 * x[2], d0);
        double[] y = [.. x];
        TensorPrimitives.MultiplyAddEstimate<double>(y, w1, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAddEstimate_SSCF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MultiplyAddEstimate(x, GeneralF, 0.5f * x[2], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MultiplyAddEstimate<float>(y, w1, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAddEstimate_SCS(double[] x)
    {
        var w2 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.MultiplyAddEstimate<double>(x, 0.5 * x[1], w2, d0);
        double[] y = [.. x];
        TensorPrimitives.MultiplyAddEstimate<double>(y, 0.35, General, y);
        return Mix(d0) + Mix(y);
    }

    public static double MultiplyAddEstimate_SCSF(double[] x64)
    {
        float[] x = Single(x64);
        var w2 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w2[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.MultiplyAddEstimate(x, 0.5f * x[1], w2, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.MultiplyAddEstimate<float>(y, 0.35f, GeneralF, y);
        return Mix(d0) + Mix(y);
    }

    public static double Negate_S(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Negate<double>(x, d0);
        double[] y = [.. x];
        TensorPrimitives.Negate<double>(y, y);
        double[] z = [.. x];
        TensorPrimitives.Negate<double>(General, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Negate_SF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Negate(x, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Negate<float>(y, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.Negate<float>(GeneralF, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Remainder_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Remainder<double>(x, Positive, d0);
        double[] y = [.. x];
        TensorPrimitives.Remainder<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Remainder_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Remainder(x, PositiveF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Remainder<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Remainder_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Remainder<double>(x, 0.5 + (x[1] * x[1]), d0);
        double[] y = [.. x];
        TensorPrimitives.Remainder<double>(y, 1.5, y);
        return Mix(d0) + Mix(y);
    }

    public static double Remainder_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Remainder(x, 0.5f + (x[1] * x[1]), d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Remainder<float>(y, 1.5f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Remainder_CS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 + (x[i] * x[i]); }
        var d0 = new double[x.Length];
        TensorPrimitives.Remainder<double>(x[0], Positive, d0);
        double[] y = [.. w1];
        TensorPrimitives.Remainder<double>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Remainder_CSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f + (x[i] * x[i]); }
        var d0 = new float[x.Length];
        TensorPrimitives.Remainder(x[0], PositiveF, d0);
        float[] y = (float[])w1.Clone();
        TensorPrimitives.Remainder<float>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double ScaleB_SI(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.ScaleB<double>(x, 3, d0);
        double[] y = [.. x];
        TensorPrimitives.ScaleB<double>(y, 3, y);
        double[] z = [.. x];
        TensorPrimitives.ScaleB<double>(General, 3, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double ScaleB_SIF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.ScaleB(x, 3, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.ScaleB<float>(y, 3, y);
        float[] z = (float[])x.Clone();
        TensorPrimitives.ScaleB<float>(GeneralF, 3, z);
        return Mix(d0) + Mix(y) + Mix(z) + z[0] * x[1];
    }

    public static double Subtract_SS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Subtract<double>(x, General, d0);
        double[] y = [.. x];
        TensorPrimitives.Subtract<double>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Subtract_SSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Subtract(x, GeneralF, d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Subtract<float>(y, w1, y);
        return Mix(d0) + Mix(y);
    }

    public static double Subtract_SC(double[] x)
    {
        var d0 = new double[x.Length];
        TensorPrimitives.Subtract<double>(x, 0.5 * x[1], d0);
        double[] y = [.. x];
        TensorPrimitives.Subtract<double>(y, 0.35, y);
        return Mix(d0) + Mix(y);
    }

    public static double Subtract_SCF(double[] x64)
    {
        float[] x = Single(x64);
        var d0 = new float[x.Length];
        TensorPrimitives.Subtract(x, 0.5f * x[1], d0);
        float[] y = (float[])x.Clone();
        TensorPrimitives.Subtract<float>(y, 0.35f, y);
        return Mix(d0) + Mix(y);
    }

    public static double Subtract_CS(double[] x)
    {
        var w1 = new double[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5 * x[i]; }
        var d0 = new double[x.Length];
        TensorPrimitives.Subtract<double>(x[0], General, d0);
        double[] y = [.. w1];
        TensorPrimitives.Subtract<double>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }

    public static double Subtract_CSF(double[] x64)
    {
        float[] x = Single(x64);
        var w1 = new float[x.Length];
        for (int i = 0; i < x.Length; i++) { w1[i] = 0.5f * x[i]; }
        var d0 = new float[x.Length];
        TensorPrimitives.Subtract(x[0], GeneralF, d0);
        float[] y = (float[])w1.Clone();
        TensorPrimitives.Subtract<float>(x[0], y, y);
        return Mix(d0) + Mix(y);
    }
}
