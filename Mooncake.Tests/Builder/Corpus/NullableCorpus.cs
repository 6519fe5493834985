using MathNet.Numerics;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// <c>double?</c> (<see cref="Nullable{T}"/>, whose tangent is the tangent of its value): set,
/// null on one branch with <c>??</c>, <c>GetValueOrDefault</c> and <c>HasValue</c>, in a field of a
/// struct, and MathNet's <c>Differentiate.FirstDerivative</c> (optional arguments as <c>double?</c>),
/// a derivative of a finite-difference derivative, checked to its own accuracy.
/// </summary>
public sealed class NullableCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(SetAndRead, [0.3, -0.8]),
        CorpusCase.Gradient(NullOnOneBranch, [0.3, 1.7]),
        CorpusCase.Gradient(ValueOrDefault, [0.4, 0.9]),
        CorpusCase.Gradient(InAStruct, [0.4, 0.9]),
        CorpusCase.Gradient(FirstDerivativeOfAClosure, [0.3, 1.1], tolerance: 1e-5),
    ];

    public static double SetAndRead(double[] x)
    {
        double? n = x[0] * x[1];
        return n.Value * x[0];
    }

    public static double NullOnOneBranch(double[] x)
    {
        double? n = x[0] > 1 ? x[0] * 2 : null;
        double? m = x[1] > 1 ? x[1] * x[1] : null;
        return ((n ?? 3.0) * x[0]) + (m ?? 0.0);
    }

    public static double ValueOrDefault(double[] x)
    {
        double? n = x[0] * x[0];
        return n.GetValueOrDefault() + (n.HasValue ? x[1] : 0);
    }

    public static double InAStruct(double[] x)
    {
        var s = new Optional { Scale = x[0] };
        return (s.Scale ?? 1.0) * Math.Exp(x[1]);
    }

    public static double FirstDerivativeOfAClosure(double[] x) => Differentiate.FirstDerivative(t => Math.Sin(t * x[0]), x[1]);

    public struct Optional
    {
        public double? Scale;
    }
}
