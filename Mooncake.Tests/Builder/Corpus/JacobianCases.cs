using Mooncake.Rules;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>A function of a vector to a vector: <c>Forward.Jacobian</c> against the reference Jacobian.</summary>
internal sealed class JacobianCase(string name, Func<double[], double[]> f, double[] x, Func<double[], double[,]>? exact)
    : CorpusCase(name, Expect.DerivativeTolerance)
{
    private readonly Lazy<double[,]> _reference = new(() => FiniteDifferences.Jacobian(f, x, f([.. x]).Length));

    public override double[] Derivatives(int width) => [.. Forward.Jacobian(f, [.. x], width).Cast<double>()];

    public override void Check(int width)
    {
        double[] input = [.. x];
        double[,] jacobian = Forward.Jacobian(f, input, width);
        Exactly(x, input, "the input after Jacobian");
        CloseAll(_reference.Value, jacobian, $"Jacobian at width {width}");
        if (exact is not null)
        {
            double[,] formula = exact(x);
            foreach ((int i, int j) in Indices(formula))
            {
                Exact(formula[i, j], jacobian[i, j], $"{Name}: J[{i}, {j}] at width {width}");
            }
        }
    }

    internal static IEnumerable<(int Row, int Column)> Indices(double[,] matrix) =>
        from i in Enumerable.Range(0, matrix.GetLength(0)) from j in Enumerable.Range(0, matrix.GetLength(1)) select (i, j);
}

/// <summary>
/// A function that writes its first argument from its second: the in-place <c>Forward.Jacobian</c>,
/// after which the output holds what the plain call writes.
/// </summary>
internal sealed class InPlaceCase(string name, Action<double[], double[]> f, int outputs, double[] x)
    : CorpusCase(name, Expect.DerivativeTolerance)
{
    private readonly Lazy<double[,]> _reference = new(() => FiniteDifferences.Jacobian(p => Apply(f, outputs, p), x, outputs));

    public override double[] Derivatives(int width)
    {
        var y = new double[outputs];
        return [.. Forward.Jacobian(f, y, [.. x], width).Cast<double>(), .. y];
    }

    public override void Check(int width)
    {
        double[] input = [.. x];
        var y = new double[outputs];
        double[,] jacobian = Forward.Jacobian(f, y, input, width);
        Exactly(x, input, "the input after Jacobian");
        Exactly(Apply(f, outputs, [.. x]), y, "the output after Jacobian");
        CloseAll(_reference.Value, jacobian, $"Jacobian at width {width}");
    }

    internal static double[] Apply(Action<double[], double[]> f, int outputs, double[] x)
    {
        var y = new double[outputs];
        f(y, x);
        return y;
    }
}

/// <summary>A function of a number to a vector: <c>Forward.Derivative</c> at width 1, a one-input <c>Forward.Jacobian</c> at wider widths.</summary>
internal sealed class ScalarToVectorCase(string name, Func<double, double[]> f, double x)
    : CorpusCase(name, Expect.DerivativeTolerance)
{
    private readonly Lazy<double[,]> _reference = new(() => FiniteDifferences.Jacobian(p => f(p[0]), [x], f(x).Length));

    public override double[] Derivatives(int width) =>
        [.. (width == 1 ? Column(Forward.Derivative(f, x)) : Forward.Jacobian(p => f(p[0]), [x], width)).Cast<double>()];

    public override void Check(int width)
    {
        double[,] jacobian = width == 1 ? Column(Forward.Derivative(f, x)) : Forward.Jacobian(p => f(p[0]), [x], width);
        CloseAll(_reference.Value, jacobian, $"derivative at width {width}");
    }
}

/// <summary>A function of a number writing a vector in place: <c>Forward.Derivative</c> at width 1, the in-place <c>Forward.Jacobian</c> at wider widths.</summary>
internal sealed class ScalarIntoVectorCase(string name, Action<double[], double> f, int outputs, double x)
    : CorpusCase(name, Expect.DerivativeTolerance)
{
    private readonly Lazy<double[,]> _reference = new(() => FiniteDifferences.Jacobian(p => InPlaceCase.Apply((y, q) => f(y, q[0]), outputs, p), [x], outputs));

    public override double[] Derivatives(int width)
    {
        var y = new double[outputs];
        return [.. (width == 1 ? Column(Forward.Derivative(f, y, x)) : Forward.Jacobian((z, p) => f(z, p[0]), y, [x], width)).Cast<double>()];
    }

    public override void Check(int width)
    {
        var y = new double[outputs];
        double[,] jacobian = width == 1 ? Column(Forward.Derivative(f, y, x)) : Forward.Jacobian((z, p) => f(z, p[0]), y, [x], width);
        Exactly(InPlaceCase.Apply((z, q) => f(z, q[0]), outputs, [x]), y, "the output after differentiation");
        CloseAll(_reference.Value, jacobian, $"derivative at width {width}");
    }
}

/// <summary>A function of a matrix to a number: the matrix <c>Forward.Gradient</c>.</summary>
internal sealed class MatrixCase(string name, Func<double[,], double> f, double[,] x, Func<double[,], double[,]>? exact)
    : CorpusCase(name, Expect.DerivativeTolerance)
{
    private readonly Lazy<double[]> _reference = new(() => FiniteDifferences.Gradient(flat => f(Shape(flat, x.GetLength(0), x.GetLength(1))), Flatten(x)));

    public override double[] Derivatives(int width) => [.. Forward.Gradient(f, (double[,])x.Clone(), width).Cast<double>()];

    public override void Check(int width)
    {
        double[,] input = (double[,])x.Clone();
        double[,] gradient = Forward.Gradient(f, input, width);
        Exactly(Flatten(x), Flatten(input), "the input after Gradient");
        CloseAll(Shape(_reference.Value, x.GetLength(0), x.GetLength(1)), gradient, $"gradient at width {width}");
        if (exact is not null)
        {
            double[,] formula = exact(x);
            foreach ((int i, int j) in JacobianCase.Indices(formula))
            {
                Exact(formula[i, j], gradient[i, j], $"{Name}: gradient[{i}, {j}] at width {width}");
            }
        }
    }

    private static double[] Flatten(double[,] matrix) => [.. matrix.Cast<double>()];

    private static double[,] Shape(double[] flat, int rows, int columns)
    {
        var matrix = new double[rows, columns];
        for (int i = 0; i < flat.Length; i++)
        {
            matrix[i / columns, i % columns] = flat[i];
        }

        return matrix;
    }
}
