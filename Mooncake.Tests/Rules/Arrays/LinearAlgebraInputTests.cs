using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>
/// Bad inputs to <see cref="LinearAlgebra"/> and its rules: null arguments, mismatched
/// dimensions, singular and non-positive-definite matrices each throw the documented exception
/// with a message that names the problem, and the rules throw what the primal throws.
/// </summary>
[TestClass]
public sealed class LinearAlgebraInputTests
{
    private static readonly double[,] Square = { { 2, 1 }, { 1, 3 } };
    private static readonly double[,] SingularMatrix = { { 1, 2 }, { 2, 4 } };
    private static readonly double[] Two = [1, 2];
    private static readonly double[] Three = [1, 2, 3];

    [TestMethod]
    public void NullArgumentsAreNamed()
    {
        Null("x", () => LinearAlgebra.Sum(null!));
        Null("y", () => LinearAlgebra.Dot(Two, null!));
        Null("x", () => LinearAlgebra.Axpy(1, null!, Two));
        Null("x", () => LinearAlgebra.Scale(1, null!));
        Null("x", () => LinearAlgebra.Norm2(null!));
        Null("a", () => LinearAlgebra.Multiply(null!, Two));
        Null("b", () => LinearAlgebra.Multiply(Square, (double[,])null!));
        Null("a", () => LinearAlgebra.Transpose(null!));
        Null("t", () => LinearAlgebra.SolveTriangular(null!, Two, lower: true));
        Null("b", () => LinearAlgebra.SolveTriangular(Square, (double[])null!, lower: true));
        Null("a", () => LinearAlgebra.LU(null!));
        Null("permutation", () => LinearAlgebra.LUSolve(Square, null!, Two));
        Null("b", () => LinearAlgebra.Solve(Square, (double[])null!));
        Null("a", () => LinearAlgebra.Inverse(null!));
        Null("a", () => LinearAlgebra.Determinant(null!));
        Null("a", () => LinearAlgebra.LogDeterminant(null!));
        Null("a", () => LinearAlgebra.Cholesky(null!));
        Null("l", () => LinearAlgebra.CholeskySolve(null!, Two));
        Null("function", () => LinearAlgebra.Map(Two, null!));
        Null("y", () => LinearAlgebra.Zip<TestFunctions.XSinY>(Two, null!));
    }

    [TestMethod]
    public void MismatchedDimensionsAreReportedWithBothShapes()
    {
        Invalid("y", "lengths differ: 2 and 3", () => LinearAlgebra.Dot(Two, Three));
        Invalid("y", "lengths differ: 2 and 3", () => LinearAlgebra.Axpy(1, Two, Three));
        Invalid("y", "lengths differ", () => LinearAlgebra.Zip(Two, Three, Math.Max));
        Invalid("x", "3 elements, but the 2×2 matrix needs 2", () => LinearAlgebra.Multiply(Square, Three));
        Invalid("x", "3 elements, but the transpose of the 2×3 matrix needs 2", () => LinearAlgebra.Multiply(new double[2, 3], Three, transpose: true));
        Invalid("b", "inner dimensions of the product differ: A is 2×2 and B is 3×1", () => LinearAlgebra.Multiply(Square, new double[3, 1]));
        Invalid("b", "Aᵀ is 3×2 and Bᵀ is 3×2", () => LinearAlgebra.Multiply(new double[2, 3], new double[2, 3], transposeA: true, transposeB: true));
        Invalid("t", "must be square, but it is 2×3", () => LinearAlgebra.SolveTriangular(new double[2, 3], Two, lower: true));
        Invalid("b", "3 elements, but the 2×2 matrix needs 2", () => LinearAlgebra.SolveTriangular(Square, Three, lower: false));
        Invalid("b", "right-hand side is 3×1, but the 2×2 matrix needs 2 rows", () => LinearAlgebra.SolveTriangular(Square, new double[3, 1], lower: false));
        Invalid("a", "must be square, but it is 3×2", () => LinearAlgebra.LU(new double[3, 2]));
        Invalid("a", "must be square", () => LinearAlgebra.Inverse(new double[3, 2]));
        Invalid("a", "must be square", () => LinearAlgebra.Determinant(new double[1, 2]));
        Invalid("a", "must be square", () => LinearAlgebra.Cholesky(new double[1, 2]));
        Invalid("b", "3 elements, but the 2×2 matrix needs 2", () => LinearAlgebra.Solve(Square, Three));
        Invalid("b", "right-hand side is 3×2", () => LinearAlgebra.Solve(Square, new double[3, 2]));
        Invalid("b", "3 elements", () => LinearAlgebra.CholeskySolve(Square, Three));
        Invalid("permutation", "3 entries, but the factors are 2×2", () => LinearAlgebra.LUSolve(Square, [0, 1, 2], Two));
        Invalid("permutation", "not a permutation of 0..1: 1 appears twice", () => LinearAlgebra.LUSolve(Square, [1, 1], Two));
        Invalid("permutation", "2 is out of range", () => LinearAlgebra.LUSolve(Square, [0, 2], Two));
    }

    [TestMethod]
    public void SingularMatricesAreReported()
    {
        Invalid("a", "singular: column 1 has no nonzero pivot", () => LinearAlgebra.LU(SingularMatrix));
        Invalid("a", "singular", () => LinearAlgebra.Solve(SingularMatrix, Two));
        Invalid("a", "singular", () => LinearAlgebra.Solve(SingularMatrix, new double[2, 1]));
        Invalid("a", "singular", () => LinearAlgebra.Inverse(SingularMatrix));
        Invalid("t", "singular: diagonal element (1, 1) of the triangular matrix is zero", () => LinearAlgebra.SolveTriangular(new double[,] { { 1, 0 }, { 5, 0 } }, Two, lower: true));
        Invalid("factors", "singular: U has a zero on its diagonal at (1, 1)", () => LinearAlgebra.LUSolve(new double[,] { { 1, 1 }, { 1, 0 } }, [0, 1], Two));
        Invalid("l", "singular", () => LinearAlgebra.CholeskySolve(new double[,] { { 0, 0 }, { 1, 1 } }, Two));

        // A unit diagonal is never read, so zeros there are fine; determinants of singular matrices are defined.
        CollectionAssert.AreEqual(new[] { 1.0, 1.0 }, LinearAlgebra.SolveTriangular(new double[,] { { 0, 0 }, { 1, 0 } }, Two, lower: true, unitDiagonal: true));
        Assert.AreEqual(0.0, LinearAlgebra.Determinant(SingularMatrix));
        Assert.AreEqual((double.NegativeInfinity, 0), LinearAlgebra.LogDeterminant(SingularMatrix));
    }

    [TestMethod]
    public void MatricesThatAreNotPositiveDefiniteAreReported()
    {
        Invalid("a", "not positive definite: its leading 2×2 minor is not", () => LinearAlgebra.Cholesky(new double[,] { { 1, 2 }, { 2, 1 } }));
        Invalid("a", "not positive definite: its leading 1×1 minor is not", () => LinearAlgebra.Cholesky(new double[,] { { -1, 0 }, { 0, 1 } }));
        Invalid("a", "not positive definite", () => LinearAlgebra.Cholesky(new double[,] { { 1, 1 }, { 1, 1 } }));
    }

    [TestMethod]
    public void RulesThrowWhatTheirPrimalsThrow()
    {
        Invalid("a", "singular", () => LinearAlgebraRules.Solve(Matrix(SingularMatrix), Vector(Two)));
        Invalid("a", "singular", () => LinearAlgebraRules.Inverse(Matrix(SingularMatrix)));
        Invalid("a", "not positive definite", () => LinearAlgebraRules.Cholesky(Matrix(new double[,] { { 1, 2 }, { 2, 1 } })));
        Invalid("x", "3 elements, but the 2×2 matrix needs 2", () => LinearAlgebraRules.Multiply(Matrix(Square), Vector(Three), false));
        Invalid("y", "lengths differ", () => LinearAlgebraRules.Dot(Vector(Two), Vector(Three)));
        Invalid("permutation", "appears twice", () => LinearAlgebraRules.LUSolve(Matrix(Square), [0, 0], Vector(Two)));

        // A mutating rule that fails leaves its tangents untouched.
        var y = Vector(Three);
        y.Tangent.SetChunk(0, Chunk4.Broadcast(5));
        Invalid("y", "lengths differ", () => LinearAlgebraRules.Axpy(new Dual<Chunk4>(2, Chunk4.Broadcast(1)), Vector(Two), y));
        Assert.AreEqual(Chunk4.Broadcast(5), y.Tangent.GetChunk(0));
    }

    [TestMethod]
    public void ATangentOfTheWrongShapeIsRejected() =>
        Invalid("tangent", "tangent has 3 elements, but its primal vector has 2", () =>
            LinearAlgebraRules.Sum(new Dual<double[], ArrayTangent<Chunk4, double>>(Two, new ArrayTangent<Chunk4, double>(3))));

    private static Dual<double[,], MatrixTangent<Chunk4, double>> Matrix(double[,] a) => new(a, MatrixTangent<Chunk4, double>.ZeroFor(a));

    private static Dual<double[], ArrayTangent<Chunk4, double>> Vector(double[] x) => new(x, ArrayTangent<Chunk4, double>.ZeroFor(x));

    private static void Null(string parameter, Action call)
    {
        var e = Assert.ThrowsExactly<ArgumentNullException>(call);
        Assert.AreEqual(parameter, e.ParamName);
    }

    private static void Invalid(string parameter, string message, Action call)
    {
        var e = Assert.ThrowsExactly<ArgumentException>(call);
        StringAssert.Contains(e.Message, message);
        Assert.AreEqual(parameter, e.ParamName);
    }
}
