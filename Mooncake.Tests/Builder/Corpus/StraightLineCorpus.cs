namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// Straight-line arithmetic: each shape of <c>add</c>, <c>sub</c>, <c>mul</c> and <c>neg</c> with
/// active and constant operands (the emitter writes these as vector intrinsics leaf by leaf), a
/// long single block like Mooncake.jl's <c>large_single_block</c> (far past the JIT's inline
/// budget), and <see cref="Array.ConvertAll{TInput, TOutput}"/> (a rule of its own).
/// </summary>
public sealed class StraightLineCorpus : ICorpusFamily
{
    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Shapes, [0.3, -0.8, 0.5], exact: x => Gradient(x)),
        CorpusCase.Gradient(SameOperand, [0.7, -1.3]),
        CorpusCase.Gradient(LongSingleBlock, [0.3, 0.9]),
        CorpusCase.Gradient(ConvertAllLambda, CorpusCase.Point(7, -1, 1)),
        CorpusCase.Gradient(ConvertAllClosure, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(ConvertAllMethodGroup, CorpusCase.Point(4, -1, 1)),
        CorpusCase.Gradient(ConvertAllOfCopy, CorpusCase.Point(3, -1, 1)),
    ];

    /// <summary>x·y, x·c, c·x, x+y, x+c, c+x, x−y, x−c, c−x, −x.</summary>
    public static double Shapes(double[] x)
    {
        double a = x[0], b = x[1], c = x[2];
        double p = a * b, q = a * 3.0, r = 2.0 * b;
        double s = p + c, t = q + 1.5, u = -0.5 + r;
        double v = s - t, w = u - 4.0, z = 0.25 - v;
        return (z * w) + -c;
    }

    private static double[] Gradient(double[] x)
    {
        double a = x[0], b = x[1], c = x[2];
        double z = 0.25 - ((a * b) + c - ((a * 3.0) + 1.5));
        double w = -0.5 + (2.0 * b) - 4.0;
        // z = 1.75 - ab - c + 3a, w = 2b - 4.5
        return [(3.0 - b) * w, (-a * w) + (2.0 * z), -w - 1.0];
    }

    /// <summary>One operand used twice (<c>x·x</c>, <c>x−x</c>): both inputs read the same tangent.</summary>
    public static double SameOperand(double[] x)
    {
        double a = x[0], b = x[1];
        double s = a * a;
        double d = b - b;
        double e = b + b;
        return (s * e) + d;
    }

    /// <summary>240 statements in one basic block.</summary>
    public static double LongSingleBlock(double[] x)
    {
        double x0 = x[0], x1 = x[1];
        double y = x0;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        y *= x1;
        y += x0;
        y -= 0.25 * x1;
        y = -y;
        y = 0.5 - y;
        y = (y * 0.75) + (x0 * x1);
        y = x1 - (y * x0);
        y = (y * y * 0.1) + 0.3;
        return y;
    }

    public static double ConvertAllLambda(double[] x)
    {
        double[] mapped = Array.ConvertAll(x, v => Math.Sin(Math.Cos(Math.Exp(v))));
        double s = 0.0;
        foreach (double v in mapped)
        {
            s += v;
        }

        return s;
    }

    /// <summary>The converter captures an active value: its derivative flows through the target's tangent.</summary>
    public static double ConvertAllClosure(double[] x)
    {
        double scale = x[0];
        double[] mapped = Array.ConvertAll(x, v => v * v * scale);
        return mapped.Sum() + mapped[^1];
    }

    public static double ConvertAllMethodGroup(double[] x)
    {
        double[] mapped = Array.ConvertAll(x, Math.Exp);
        return mapped[0] * mapped[^1];
    }

    /// <summary>The result is a new array: writing into it leaves the source and its tangent alone.</summary>
    public static double ConvertAllOfCopy(double[] x)
    {
        double[] mapped = Array.ConvertAll(x, v => 2.0 * v);
        mapped[0] = mapped[1] * x[2];
        return mapped[0] + mapped[2] + x[0];
    }
}
