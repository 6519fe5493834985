using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.OdeSolvers;
using MathNet.Numerics.RootFinding;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// MathNet.Numerics 5.0.0's dense linear algebra, interpolation, root finding and ODE solvers,
/// differentiated as they are: its managed provider copies arrays with <c>Buffer.BlockCopy</c>,
/// multiplies matrices through <c>Parallel.ForEach</c> over <c>Partitioner.Create</c> ranges, runs
/// the Cholesky step through <c>Parallel.Invoke</c>, and its splines sort their samples with
/// <c>Array.Sort(keys, items)</c>. The matrices are the inputs in column-major order (well
/// conditioned, positive definite where a factorisation needs it).
/// </summary>
public sealed class MathNetLinearAlgebraCorpus : ICorpusFamily
{
    private static readonly double[] Right = [1.0, 2.0, 3.0];
    private static readonly double[] Matrix3 = [2.0, 0.3, 0.1, 0.4, 1.5, 0.2, 0.1, 0.3, 3.0];

    public static IEnumerable<CorpusCase> Cases() =>
    [
        CorpusCase.Gradient(Determinant, Matrix3),
        CorpusCase.Gradient(LuSolve, Matrix3),
        CorpusCase.Gradient(QrSolve, Matrix3),
        CorpusCase.Gradient(InverseEntry, Matrix3),
        CorpusCase.Gradient(SolveForAMatrix, Matrix3),
        CorpusCase.Gradient(ProductEntry, Matrix3),
        CorpusCase.Gradient(GramTrace, CorpusCase.Point(40, -1, 1)),
        CorpusCase.Gradient(CholeskyLogDeterminant, Matrix3),
        CorpusCase.Gradient(SymmetricEigenvalues, Matrix3),
        CorpusCase.Gradient(SingularValues, Matrix3),
        CorpusCase.Gradient(MatrixVectorNorm, Matrix3),
        CorpusCase.Gradient(VectorArithmetic, CorpusCase.Point(7, 0.1, 1)),
        CorpusCase.Gradient(PolynomialFit, [0.1, 1.2, 3.9, 9.1, 16.2]),
        CorpusCase.Gradient(LinearInterpolation, [0.3, 1.1, 0.7, 2.0]),
        CorpusCase.Gradient(CubicSplineInterpolation, [0.3, 1.1, 0.7, 2.0]),
        CorpusCase.Derivative(CubeRootByBrent, 2.5, x => 1 / (3 * Math.Cbrt(x * x))),
        CorpusCase.Gradient(RungeKuttaDecay, [1.3, 0.7]),
        CorpusCase.Gradient(RungeKuttaOscillator, [1.0, 0.2, 2.5]),
        CorpusCase.Gradient(LinqOverADenseVector, CorpusCase.Point(5, -1, 1)),
        CorpusCase.Gradient(StatisticsOfAVector, CorpusCase.Point(6, -1, 1)),
        CorpusCase.Gradient(StatisticsOfALazySequence, CorpusCase.Point(6, -1, 1)),
    ];

    private static Matrix<double> Square(double[] x) => DenseMatrix.OfColumnMajor(3, 3, x);

    public static double Determinant(double[] x) => Square(x).Determinant();

    public static double LuSolve(double[] x) => Square(x).Solve(DenseVector.OfArray(Right)).Sum();

    public static double QrSolve(double[] x) => Square(x).QR().Solve(DenseVector.OfArray(Right)).Sum();

    public static double InverseEntry(double[] x) => Square(x).Inverse()[0, 1];

    public static double SolveForAMatrix(double[] x) => Square(x).Solve(Square(x).Transpose()).Trace();

    public static double ProductEntry(double[] x) => (Square(x) * Square(x))[0, 1];

    /// <summary>trace(AᵀA) of a 8 x 5 matrix: the transposed product.</summary>
    public static double GramTrace(double[] x) => DenseMatrix.OfColumnMajor(8, 5, x).TransposeThisAndMultiply(DenseMatrix.OfColumnMajor(8, 5, x)).Trace();

    public static double CholeskyLogDeterminant(double[] x)
    {
        Matrix<double> a = Square(x);
        return (a.TransposeThisAndMultiply(a) + DenseMatrix.CreateIdentity(3)).Cholesky().DeterminantLn;
    }

    public static double SymmetricEigenvalues(double[] x)
    {
        Matrix<double> a = Square(x);
        Vector<double> values = (a + a.Transpose()).Evd(Symmetricity.Symmetric).EigenValues.Real();
        return values[0] + (2 * values[1]) + (3 * values[2]);
    }

    public static double SingularValues(double[] x) => Square(x).Svd().S.Sum();

    public static double MatrixVectorNorm(double[] x) => (Square(x) * DenseVector.OfArray(Right)).L2Norm();

    public static double VectorArithmetic(double[] x)
    {
        var a = DenseVector.OfArray(x);
        return a.Add(a * 0.5).PointwiseMultiply(a).Sum() + a.L1Norm() + a.DotProduct(a);
    }

    public static double PolynomialFit(double[] y) => Fit.Polynomial([0.0, 1.0, 2.0, 3.0, 4.0], y, 2)[2];

    public static double LinearInterpolation(double[] y) => Interpolate.Linear([0.0, 1.0, 2.0, 3.0], y).Interpolate(1.5);

    public static double CubicSplineInterpolation(double[] y) => Interpolate.CubicSpline([0.0, 1.0, 2.0, 3.0], y).Interpolate(1.4);

    public static double CubeRootByBrent(double a) => Brent.FindRoot(t => (t * t * t) - a, 0, 5, 1e-14);

    public static double RungeKuttaDecay(double[] p) => RungeKutta.FourthOrder(p[0], 0, 1, 11, (t, y) => -p[1] * y)[10];

    public static double RungeKuttaOscillator(double[] p) =>
        RungeKutta.FourthOrder(DenseVector.OfArray([p[0], p[1]]), 0, 1, 11, (t, y) => DenseVector.OfArray([y[1], -p[2] * y[0]]))[10][0];

    /// <summary>LINQ over a MathNet vector (an <c>IEnumerable&lt;double&gt;</c> that is neither an array nor a list): enumerated through its derived code.</summary>
    public static double LinqOverADenseVector(double[] x)
    {
        Vector<double> v = Vector<double>.Build.DenseOfArray(x) * 2.0;
        return v.Select(e => e * e).Sum() + (Enumerable.Sum(v) * v.Max()) + v.ToArray().Sum(e => Math.Sin(e));
    }

    public static double StatisticsOfAVector(double[] x) =>
        MathNet.Numerics.Statistics.Statistics.StandardDeviation(Vector<double>.Build.DenseOfArray(x));

    public static double StatisticsOfALazySequence(double[] x) =>
        MathNet.Numerics.Statistics.Statistics.Variance(x.Select(v => v * v)) + MathNet.Numerics.Statistics.Statistics.Skewness(x.Where(v => v > -2));
}
