using System.Numerics.Tensors;
using Mooncake.Tests.Builder.Corpus;

namespace Mooncake.Tests.Rules.Tensors;

/// <summary>
/// What the <c>TensorPrimitives</c> corpus functions share: constant tables (static readonly, so
/// the compiler holds them constant: the rules see spans without tangents), the conversion of the
/// point to <c>float</c>, and a weighted sum that mixes a result's elements with distinct weights
/// (so a tangent written to the wrong element shows).
/// </summary>
public abstract class TensorCorpusBase
{
    private protected static readonly double[] General = [0.3, -0.7, 0.45, 0.9, -0.2];
    private protected static readonly double[] Positive = [0.5, 1.25, 2.0, 0.75, 1.5];
    private protected static readonly double[] Lower = [-0.8, -0.6, -0.9, -0.5, -0.7];
    private protected static readonly double[] Upper = [0.8, 0.6, 0.9, 0.5, 0.7];
    private protected static readonly double[] AboveOne = [1.5, 2.25, 3.0, 1.75, 2.5];
    private protected static readonly double[] Bases = [2.0, 3.0, 2.5, 4.0, 1.5];
    private protected static readonly float[] AboveOneF = [1.5f, 2.25f, 3.0f, 1.75f, 2.5f];
    private protected static readonly float[] BasesF = [2.0f, 3.0f, 2.5f, 4.0f, 1.5f];
    private protected static readonly float[] GeneralF = [0.3f, -0.7f, 0.45f, 0.9f, -0.2f];
    private protected static readonly float[] PositiveF = [0.5f, 1.25f, 2.0f, 0.75f, 1.5f];
    private protected static readonly float[] LowerF = [-0.8f, -0.6f, -0.9f, -0.5f, -0.7f];
    private protected static readonly float[] UpperF = [0.8f, 0.6f, 0.9f, 0.5f, 0.7f];

    private protected static double Mix(double[] values)
    {
        double sum = 0;
        for (int i = 0; i < values.Length; i++)
        {
            sum += values[i] * (1 + (0.25 * i));
        }

        return sum;
    }

    private protected static double Mix(float[] values)
    {
        double sum = 0;
        for (int i = 0; i < values.Length; i++)
        {
            sum += values[i] * (1 + (0.25 * i));
        }

        return sum;
    }

    private protected static float[] Single(double[] x)
    {
        var single = new float[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            single[i] = (float)x[i];
        }

        return single;
    }
}

/// <summary>
/// The conversions between <c>double</c> and <c>float</c> spans (<c>ConvertChecked</c>,
/// <c>ConvertSaturating</c>, <c>ConvertTruncating</c> at every pair of the two types), a round trip
/// checked against the identity's finite differences, and an in-place conversion to the same type.
/// </summary>
public sealed class TensorConversionsCorpus : TensorCorpusBase, ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Checked, CorpusCase.Point(5, -1, 1), reference: Identity, tolerance: 1e-5),
        CorpusCase.Gradient(Saturating, CorpusCase.Point(5, -1, 1), reference: Identity, tolerance: 1e-5),
        CorpusCase.Gradient(Truncating, CorpusCase.Point(5, -1, 1), reference: Identity, tolerance: 1e-5),
    ];

    public static double Identity(double[] x) => 4 * Mix(x);

    public static double Checked(double[] x)
    {
        var single = new float[x.Length];
        var twice = new float[x.Length];
        var back = new double[x.Length];
        double[] same = [.. x];
        TensorPrimitives.ConvertChecked<double, float>(x, single);
        TensorPrimitives.ConvertChecked<float, float>(single, twice);
        TensorPrimitives.ConvertChecked<float, double>(twice, back);
        TensorPrimitives.ConvertChecked<double, double>(same, same);
        return Mix(back) + Mix(single) + Mix(same) + Mix(twice);
    }

    public static double Saturating(double[] x)
    {
        var single = new float[x.Length];
        var twice = new float[x.Length];
        var back = new double[x.Length];
        double[] same = [.. x];
        TensorPrimitives.ConvertSaturating<double, float>(x, single);
        TensorPrimitives.ConvertSaturating<float, float>(single, twice);
        TensorPrimitives.ConvertSaturating<float, double>(twice, back);
        TensorPrimitives.ConvertSaturating<double, double>(same, same);
        return Mix(back) + Mix(single) + Mix(same) + Mix(twice);
    }

    public static double Truncating(double[] x)
    {
        var single = new float[x.Length];
        var twice = new float[x.Length];
        var back = new double[x.Length];
        double[] same = [.. x];
        TensorPrimitives.ConvertTruncating<double, float>(x, single);
        TensorPrimitives.ConvertTruncating<float, float>(single, twice);
        TensorPrimitives.ConvertTruncating<float, double>(twice, back);
        TensorPrimitives.ConvertTruncating<double, double>(same, same);
        return Mix(back) + Mix(single) + Mix(same) + Mix(twice);
    }
}
