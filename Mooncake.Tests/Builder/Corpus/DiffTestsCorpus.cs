namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// The functions of the DiffTests.jl suite that ForwardDiff.jl and Mooncake.jl test against,
/// written in plain C# the way a user would write them (loops, LINQ, slices, a hand-rolled LU
/// and Gauss-Jordan inverse): number to number, number to array (returned and in place), vector
/// to number, matrix to number, vector to vector (returned and in place), and the matrix
/// inverse as a function of the flattened matrix. Like DiffTests, some keep their original
/// names though they were changed for tunable sizes; they test the differentiation, not the
/// mathematics they were named after.
/// </summary>
public sealed class DiffTestsCorpus : ICorpusFamily
{
    // DiffTests draws its inputs from rand(): positive, below one. Five and seven inputs do not
    // divide by the widths 3, 4 and 8, so the last pass of a chunked gradient is partial.
    private static readonly double[] Vector5 = CorpusCase.Point(5, 0.1, 0.9);
    private static readonly double[] Vector7 = CorpusCase.Point(7, 0.1, 0.9);

    public static IEnumerable<CorpusCase> Cases() =>
    [
        // f(x::Number)::Number
        CorpusCase.Derivative(DiffTestsFunctions.Num2Num1, 0.6, x => 2 * Math.Tan(x) / (Math.Cos(x) * Math.Cos(x))),
        CorpusCase.Derivative(DiffTestsFunctions.Num2Num2, 0.6, x => 2 + (1.5 * Math.Sqrt(x))),
        CorpusCase.Derivative(DiffTestsFunctions.Num2Num3, 0.6, x => (2 * Math.Log(10.31) * Math.Pow(10.31, 2 * x)) - 1),
        CorpusCase.Derivative(DiffTestsFunctions.Num2Num4, 0.6, _ => 0),
        CorpusCase.Derivative(DiffTestsFunctions.Num2Num5, 0.6, x => Math.Exp(-x) / ((1 + Math.Exp(-x)) * (1 + Math.Exp(-x)))),
        CorpusCase.Derivative(DiffTestsFunctions.Identity, 0.6, _ => 1),

        // f(x::Number)::Array and f!(y::Array, x::Number)
        CorpusCase.ScalarToVector(DiffTestsFunctions.Num2Arr1, 0.6),
        CorpusCase.ScalarIntoVector(DiffTestsFunctions.Num2Arr1InPlace, 6, 0.6),

        // f(x::Vector)::Number
        CorpusCase.Gradient(DiffTestsFunctions.Vec2Num1, Vector5),
        CorpusCase.Gradient(DiffTestsFunctions.Vec2Num2, Vector5),
        CorpusCase.Gradient(DiffTestsFunctions.Vec2Num3, Vector5, x => [.. x.Select(v => 2 * v)]),
        CorpusCase.Gradient(DiffTestsFunctions.Vec2Num4, Vector5, x => new double[x.Length]),
        CorpusCase.Gradient(DiffTestsFunctions.Vec2Num4KeptAlive, Vector5, x => [2, .. new double[x.Length - 1]]),
        CorpusCase.Gradient(DiffTestsFunctions.Vec2Num5, Vector5, x => [.. x.Select(v => -3 * v * v)]),
        CorpusCase.Gradient(DiffTestsFunctions.Vec2Num6, [0.3, -0.5, 0.8, -0.1, 0.4], x => [.. x.Select(v => v > 0 ? 1.0 : 0.0)]),
        CorpusCase.Gradient(DiffTestsFunctions.Vec2Num7, Vector5),
        CorpusCase.Gradient(DiffTestsFunctions.Rosenbrock1, Vector7),
        CorpusCase.Gradient(DiffTestsFunctions.Rosenbrock2, Vector7),
        CorpusCase.Gradient(DiffTestsFunctions.Rosenbrock3, Vector7),
        CorpusCase.Gradient(DiffTestsFunctions.Rosenbrock4, Vector7),
        CorpusCase.Gradient(DiffTestsFunctions.Ackley, Vector7),
        CorpusCase.Gradient(DiffTestsFunctions.SelfWeightedLogit, Vector5),
        CorpusCase.Gradient(DiffTestsFunctions.First, Vector5, x => [1, .. new double[x.Length - 1]]),
        CorpusCase.Gradient(DiffTestsFunctions.NeuralStep, CorpusCase.Point(3 + 9 + 3, -1, 1)),

        // f(x::Matrix)::Number
        CorpusCase.Matrix(DiffTestsFunctions.Det, DiffTestsFunctions.WellConditioned(4)),
        CorpusCase.Matrix(DiffTestsFunctions.Mat2Num1, DiffTestsFunctions.WellConditioned(3)),
        CorpusCase.Matrix(DiffTestsFunctions.Mat2Num2, DiffTestsFunctions.Square(3, 0.1, 0.9)),
        CorpusCase.Matrix(DiffTestsFunctions.Mat2Num3, DiffTestsFunctions.Square(3, -0.9, 0.9)),
        CorpusCase.Matrix(DiffTestsFunctions.Mat2Num4, DiffTestsFunctions.Square(4, 0.1, 0.9)),
        CorpusCase.Matrix(DiffTestsFunctions.Softmax, DiffTestsFunctions.Square(3, 0.1, 0.9)),

        // f(x::Array)::Array
        CorpusCase.Jacobian(DiffTestsFunctions.Negate, Vector5),
        CorpusCase.Jacobian(DiffTestsFunctions.Chebyquad, Vector5),
        CorpusCase.Jacobian(DiffTestsFunctions.BrownAlmostLinear, Vector5),
        CorpusCase.Jacobian(DiffTestsFunctions.Trigonometric, Vector5),
        CorpusCase.Jacobian(DiffTestsFunctions.Arr2Arr1, Vector5),
        CorpusCase.Jacobian(DiffTestsFunctions.Arr2Arr2, CorpusCase.Point(9, 0.1, 0.9)),
        CorpusCase.Jacobian(DiffTestsFunctions.MutationTest1, Vector5),
        CorpusCase.Jacobian(DiffTestsFunctions.MutationTest2, Vector5),
        CorpusCase.Jacobian(DiffTestsFunctions.IdentityArray, Vector5),

        // f(::Matrix)::Matrix, the matrix flattened row-major
        CorpusCase.Jacobian(DiffTestsFunctions.Inverse, DiffTestsFunctions.Flatten(DiffTestsFunctions.WellConditioned(3))),

        // f!(y::Array, x::Array), from a y of zeros (mutation_test_2 starts from ones, as its DiffTests wrapper does)
        CorpusCase.InPlace(DiffTestsFunctions.ChebyquadInPlace, 5, Vector5),
        CorpusCase.InPlace(DiffTestsFunctions.BrownAlmostLinearInPlace, 5, Vector5),
        CorpusCase.InPlace(DiffTestsFunctions.TrigonometricInPlace, 5, Vector5),
        CorpusCase.InPlace(DiffTestsFunctions.MutationTest1InPlace, 5, Vector5),
        CorpusCase.InPlace(DiffTestsFunctions.MutationTest2FromOnes, 5, Vector5),
    ];
}

[TestClass]
public sealed class DiffTestsCorpusTests : CorpusTests<DiffTestsCorpus>;
