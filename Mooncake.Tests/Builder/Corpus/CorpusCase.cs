using System.Runtime.CompilerServices;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// One function of the rule builder's corpus, the point it is differentiated at, and the check
/// that differentiates it through the <c>Forward</c> API at one chunk width and compares the
/// result with Richardson-extrapolated central differences (and with an exact formula where the
/// case has one). The factories below make one case per shape of function the API takes.
/// </summary>
public abstract class CorpusCase
{
    /// <summary>The widths every case runs at.</summary>
    public static readonly int[] Widths = [1, 3, 4, 8, 16];

    private protected CorpusCase(string name, double tolerance)
    {
        Name = name;
        Tolerance = tolerance;
    }

    /// <summary>The case's name: the expression that named its function.</summary>
    public string Name { get; }

    /// <summary>The relative tolerance against the finite-difference reference.</summary>
    public double Tolerance { get; }

    /// <summary>Differentiates the function with <paramref name="width"/> directions per pass and checks the result.</summary>
    public abstract void Check(int width);

    /// <summary>
    /// The value and derivatives the <c>Forward</c> API computes for the case at
    /// <paramref name="width"/> (a gradient, a Jacobian, pushforwards), flattened: what the
    /// optimisation tests compare between compiler options, bit for bit.
    /// </summary>
    public abstract double[] Derivatives(int width);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>
    /// A function of a vector to a number: its gradient (<c>Forward.Gradient</c> and a prepared
    /// <c>GradientPlan</c>) and a <c>Pushforward</c> of <c>width</c> random directions.
    /// </summary>
    /// <param name="f">The function.</param>
    /// <param name="x">The point.</param>
    /// <param name="exact">The exact gradient, if known.</param>
    /// <param name="reference">The function whose finite differences are the reference (default <paramref name="f"/>; a double twin of a float function).</param>
    /// <param name="tolerance">The relative tolerance.</param>
    /// <param name="name">The case's name.</param>
    public static CorpusCase Gradient(Func<double[], double> f, double[] x, Func<double[], double[]>? exact = null, Func<double[], double>? reference = null, double tolerance = Expect.DerivativeTolerance, [CallerArgumentExpression(nameof(f))] string name = "")
        => new GradientCase(name, f, x, exact, reference ?? f, tolerance);

    /// <summary>A function of a number to a number: <c>Forward.Derivative</c> and a <c>DerivativePlan</c> at width 1, a <c>Pushforward</c> of <c>width</c> scaled directions otherwise.</summary>
    public static CorpusCase Derivative(Func<double, double> f, double x, Func<double, double>? exact = null, [CallerArgumentExpression(nameof(f))] string name = "")
        => new DerivativeCase(name, f, x, exact);

    /// <summary>A function of a vector to a vector: <c>Forward.Jacobian</c>.</summary>
    public static CorpusCase Jacobian(Func<double[], double[]> f, double[] x, Func<double[], double[,]>? exact = null, [CallerArgumentExpression(nameof(f))] string name = "")
        => new JacobianCase(name, f, x, exact);

    /// <summary>A function that writes its first argument (of <paramref name="outputs"/> elements) from its second: the in-place <c>Forward.Jacobian</c>.</summary>
    public static CorpusCase InPlace(Action<double[], double[]> f, int outputs, double[] x, [CallerArgumentExpression(nameof(f))] string name = "")
        => new InPlaceCase(name, f, outputs, x);

    /// <summary>A function of a matrix to a number: the matrix <c>Forward.Gradient</c>.</summary>
    public static CorpusCase Matrix(Func<double[,], double> f, double[,] x, Func<double[,], double[,]>? exact = null, [CallerArgumentExpression(nameof(f))] string name = "")
        => new MatrixCase(name, f, x, exact);

    /// <summary>A function of a number to a vector: <c>Forward.Derivative</c> at width 1, a one-input <c>Forward.Jacobian</c> otherwise.</summary>
    public static CorpusCase ScalarToVector(Func<double, double[]> f, double x, [CallerArgumentExpression(nameof(f))] string name = "")
        => new ScalarToVectorCase(name, f, x);

    /// <summary>A function of a number writing a vector of <paramref name="outputs"/> elements in place: <c>Forward.Derivative</c> at width 1, the in-place <c>Forward.Jacobian</c> otherwise.</summary>
    public static CorpusCase ScalarIntoVector(Action<double[], double> f, int outputs, double x, [CallerArgumentExpression(nameof(f))] string name = "")
        => new ScalarIntoVectorCase(name, f, outputs, x);

    /// <summary><paramref name="n"/> inputs drawn uniformly from [<paramref name="low"/>, <paramref name="high"/>), the same on every run (seeded by the calling line).</summary>
    public static double[] Point(int n, double low, double high, [CallerFilePath] string file = "", [CallerLineNumber] int line = 0)
    {
        Random random = TestRandom.For($"{Path.GetFileName(file)}:{line}");
        return [.. Enumerable.Range(0, n).Select(_ => random.Uniform(low, high))];
    }

    private protected void Close(double expected, double actual, string what) => Expect.Close(expected, actual, Tolerance, $"{Name}: {what}");

    private protected void CloseAll(double[,] expected, double[,] actual, string what)
    {
        Assert.AreEqual(expected.GetLength(0), actual.GetLength(0), $"{Name}: rows of the {what}");
        Assert.AreEqual(expected.GetLength(1), actual.GetLength(1), $"{Name}: columns of the {what}");
        for (int i = 0; i < expected.GetLength(0); i++)
        {
            for (int j = 0; j < expected.GetLength(1); j++)
            {
                Close(expected[i, j], actual[i, j], $"{what}[{i}, {j}]");
            }
        }
    }

    private protected void CloseAll(double[] expected, double[] actual, string what)
    {
        Assert.HasCount(expected.Length, actual, $"{Name}: length of the {what}");
        for (int i = 0; i < expected.Length; i++)
        {
            Close(expected[i], actual[i], $"{what}[{i}]");
        }
    }

    private protected void Exactly(double[] expected, double[] actual, string what)
    {
        Assert.HasCount(expected.Length, actual, $"{Name}: length of {what}");
        for (int i = 0; i < expected.Length; i++)
        {
            Expect.Same(expected[i], actual[i], $"{Name}: {what}[{i}]");
        }
    }

    // Exact formulas are checked far tighter than the finite differences allow.
    private protected static void Exact(double expected, double actual, string what) => Expect.Close(expected, actual, 1e-10, $"{what} against the exact formula");

    private protected static double[,] Column(double[] values)
    {
        var column = new double[values.Length, 1];
        for (int i = 0; i < values.Length; i++)
        {
            column[i, 0] = values[i];
        }

        return column;
    }
}
