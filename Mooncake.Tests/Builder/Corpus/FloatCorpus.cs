namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// <c>float</c> arithmetic and <c>MathF</c>. A float function's own finite differences carry
/// float rounding, so each case's reference is the finite differences of its <c>double</c> twin,
/// to a tolerance of 1e-5 (single precision leaves about seven digits).
/// </summary>
public sealed class FloatCorpus : ICorpusFamily
{
    private const double Tolerance = 1e-5;

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Arithmetic, [0.3, -0.8, 0.5], reference: x => (x[0] * x[1]) + (x[2] / (1 + (x[0] * x[0]))) - x[1], tolerance: Tolerance),
        CorpusCase.Gradient(MathF, [0.3, 0.8, 0.5], reference: x => Math.Sin(x[0]) * Math.Exp(x[1]) + Math.Sqrt(x[2]) + Math.Pow(x[0], 3) + Math.Atan2(x[1], x[2]), tolerance: Tolerance),
        CorpusCase.Gradient(FloatLoop, CorpusCase.Point(5, -1, 1), reference: x => x.Aggregate(0.0, (s, v) => (s * 0.5) + Math.Tanh(v)), tolerance: Tolerance),
        CorpusCase.Gradient(MixedPrecision, [0.3, -0.8, 0.5], reference: x => (x[0] * x[1]) + Math.Cos(x[2]) * x[0], tolerance: Tolerance),
        CorpusCase.Gradient(FloatStruct, [0.3, -0.8, 0.5], reference: x => Math.Sqrt((x[0] * x[0]) + (x[1] * x[1]) + (x[2] * x[2])), tolerance: Tolerance),
    ];

    public static double Arithmetic(double[] x)
    {
        float a = (float)x[0], b = (float)x[1], c = (float)x[2];
        return (a * b) + (c / (1 + (a * a))) - b;
    }

    public static double MathF(double[] x)
    {
        float a = (float)x[0], b = (float)x[1], c = (float)x[2];
        return System.MathF.Sin(a) * System.MathF.Exp(b) + System.MathF.Sqrt(c) + System.MathF.Pow(a, 3f) + System.MathF.Atan2(b, c);
    }

    public static double FloatLoop(double[] x)
    {
        float s = 0;
        foreach (double v in x)
        {
            s = (s * 0.5f) + System.MathF.Tanh((float)v);
        }

        return s;
    }

    public static double MixedPrecision(double[] x)
    {
        float a = (float)x[0];
        double b = a * x[1];
        float c = System.MathF.Cos((float)x[2]);
        return b + (c * a);
    }

    public static double FloatStruct(double[] x)
    {
        var v = new FloatVector((float)x[0], (float)x[1], (float)x[2]);
        return v.Length;
    }

    private readonly struct FloatVector(float x, float y, float z)
    {
        public float Length => System.MathF.Sqrt((x * x) + (y * y) + (z * z));
    }
}
