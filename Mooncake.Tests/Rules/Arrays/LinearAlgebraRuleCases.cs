using System.Reflection;
using Mooncake.Rules;
using static Mooncake.Tests.Rules.Arrays.TestMatrices;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>
/// The harness cases of every rule of <see cref="LinearAlgebra"/>: sizes that no test width
/// divides, every transpose and triangle flag, pivoting that swaps rows, well-conditioned and
/// positive definite matrices.
/// </summary>
public sealed class LinearAlgebraRuleCases : IRuleCatalogue
{
    private const int N = 7;

    public static IEnumerable<RuleCase> All()
    {
        Type la = typeof(LinearAlgebra);
        Type v = typeof(double[]), m = typeof(double[,]), b = typeof(bool);

        yield return new("Sum", RuleCase.Method(la, nameof(LinearAlgebra.Sum), v), () => [Vector("sum", 11)]);
        yield return new("Dot", RuleCase.Method(la, nameof(LinearAlgebra.Dot), v, v), () => [Vector("dot x", 11), Vector("dot y", 11)]);
        yield return new("Axpy", RuleCase.Method(la, nameof(LinearAlgebra.Axpy), typeof(double), v, v), () => [0.7, Vector("axpy x", 11), Vector("axpy y", 11)]);
        yield return new("Scale", RuleCase.Method(la, nameof(LinearAlgebra.Scale), typeof(double), v), () => [-1.3, Vector("scale", 11)]);
        yield return new("Norm2", RuleCase.Method(la, nameof(LinearAlgebra.Norm2), v), () => [Vector("norm", 11)]);

        MethodInfo matVec = RuleCase.Method(la, nameof(LinearAlgebra.Multiply), m, v, b);
        yield return new("Multiply A x", matVec, () => [Matrix("matvec", 5, N), Vector("matvec x", N), false]);
        yield return new("Multiply Aᵀ x", matVec, () => [Matrix("matvec", 5, N), Vector("matvec xt", 5), true]);

        MethodInfo matMat = RuleCase.Method(la, nameof(LinearAlgebra.Multiply), m, m, b, b);
        foreach ((bool ta, bool tb) in new[] { (false, false), (true, false), (false, true), (true, true) })
        {
            yield return new($"Multiply {(ta ? "Aᵀ" : "A")} {(tb ? "Bᵀ" : "B")}", matMat, () =>
                [ta ? Matrix("matmat a", 6, 5) : Matrix("matmat a", 5, 6), tb ? Matrix("matmat b", 7, 6) : Matrix("matmat b", 6, 7), ta, tb]);
        }

        // The in-place product: the result's previous contents and tangent are overwritten.
        MethodInfo matMatInto = RuleCase.Method(la, nameof(LinearAlgebra.Multiply), m, m, m, b, b);
        foreach ((bool ta, bool tb) in new[] { (false, false), (true, true) })
        {
            yield return new($"Multiply {(ta ? "Aᵀ" : "A")} {(tb ? "Bᵀ" : "B")} into C", matMatInto, () =>
                [ta ? Matrix("into a", 6, 5) : Matrix("into a", 5, 6), tb ? Matrix("into b", 7, 6) : Matrix("into b", 6, 7), Matrix("into c", 5, 7), ta, tb]);
        }

        yield return new("Transpose", RuleCase.Method(la, nameof(LinearAlgebra.Transpose), m), () => [Matrix("transpose", 5, N)]);

        MethodInfo triVec = RuleCase.Method(la, nameof(LinearAlgebra.SolveTriangular), m, v, b, b, b);
        MethodInfo triMat = RuleCase.Method(la, nameof(LinearAlgebra.SolveTriangular), m, m, b, b, b);
        foreach (bool lower in new[] { true, false })
        {
            foreach (bool transpose in new[] { false, true })
            {
                foreach (bool unit in new[] { false, true })
                {
                    string flags = $"{(lower ? "lower" : "upper")}{(transpose ? " transposed" : "")}{(unit ? " unit" : "")}";
                    yield return new($"SolveTriangular vector {flags}", triVec, () => [Triangular("tri " + flags, N, lower), Vector("tri b", N), lower, transpose, unit]);
                    yield return new($"SolveTriangular matrix {flags}", triMat, () => [Triangular("tri " + flags, N, lower), Matrix("tri B", N, 3), lower, transpose, unit]);
                }
            }
        }

        yield return new("LU", RuleCase.Method(la, nameof(LinearAlgebra.LU), m), () => [NeedsPivoting("lu", N)]);
        yield return new("LUSolve vector", RuleCase.Method(la, nameof(LinearAlgebra.LUSolve), m, typeof(int[]), v), () =>
        {
            (double[,] factors, int[] permutation) = LinearAlgebra.LU(NeedsPivoting("lusolve", N));
            return [factors, permutation, Vector("lusolve b", N)];
        });
        yield return new("LUSolve matrix", RuleCase.Method(la, nameof(LinearAlgebra.LUSolve), m, typeof(int[]), m), () =>
        {
            (double[,] factors, int[] permutation) = LinearAlgebra.LU(NeedsPivoting("lusolve", N));
            return [factors, permutation, Matrix("lusolve B", N, 3)];
        });
        yield return new("Solve vector", RuleCase.Method(la, nameof(LinearAlgebra.Solve), m, v), () => [NeedsPivoting("solve", N), Vector("solve b", N)]);
        yield return new("Solve matrix", RuleCase.Method(la, nameof(LinearAlgebra.Solve), m, m), () => [NeedsPivoting("solve", N), Matrix("solve B", N, 3)]);
        yield return new("Inverse", RuleCase.Method(la, nameof(LinearAlgebra.Inverse), m), () => [NeedsPivoting("inverse", N)]);

        MethodInfo det = RuleCase.Method(la, nameof(LinearAlgebra.Determinant), m);
        yield return new("Determinant", det, () => [NeedsPivoting("det", N)]);
        yield return new("Determinant of a singular matrix", det, () => [new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } }]);
        yield return new("Determinant of a rank-one matrix", det, () => [new double[,] { { 1, 2, 3 }, { 2, 4, 6 }, { -1, -2, -3 } }]);
        yield return new("LogDeterminant", RuleCase.Method(la, nameof(LinearAlgebra.LogDeterminant), m), () => [NeedsPivoting("logdet", N)]);

        yield return new("Cholesky", RuleCase.Method(la, nameof(LinearAlgebra.Cholesky), m), () => [Spd("cholesky", N)]);
        yield return new("CholeskySolve vector", RuleCase.Method(la, nameof(LinearAlgebra.CholeskySolve), m, v), () =>
            [LinearAlgebra.Cholesky(Spd("cholsolve", N)), Vector("cholsolve b", N)]);
        yield return new("CholeskySolve matrix", RuleCase.Method(la, nameof(LinearAlgebra.CholeskySolve), m, m), () =>
            [LinearAlgebra.Cholesky(Spd("cholsolve", N)), Matrix("cholsolve B", N, 3)]);

        // Edge sizes: empty operands, a zero vector (the norm's zero subgradient), 1×1 matrices.
        yield return new("Dot of empty vectors", RuleCase.Method(la, nameof(LinearAlgebra.Dot), v, v), () => [Array.Empty<double>(), Array.Empty<double>()]);
        yield return new("Norm2 of zero", RuleCase.Method(la, nameof(LinearAlgebra.Norm2), v), () => [new double[3]]);
        yield return new("Multiply 3×0 by an empty vector", matVec, () => [new double[3, 0], Array.Empty<double>(), false]);
        yield return new("Multiply with an empty inner dimension", matMat, () => [new double[2, 0], new double[0, 3], false, false]);
        yield return new("LU 1×1", RuleCase.Method(la, nameof(LinearAlgebra.LU), m), () => [new double[,] { { -2 } }]);
        yield return new("Determinant 0×0", det, () => [new double[0, 0]]);
        yield return new("Determinant of a 1×1 zero", det, () => [new double[,] { { 0 } }]);
        yield return new("Cholesky 1×1", RuleCase.Method(la, nameof(LinearAlgebra.Cholesky), m), () => [new double[,] { { 4 } }]);
        yield return new("SolveTriangular without right-hand sides", triMat, () => [new double[,] { { 2, 0 }, { 1, 3 } }, new double[2, 0], true, true, false]);

        yield return new("Map<XSinX>", TestFunctions.GenericDefinition(la, nameof(LinearAlgebra.Map), 1), () => [Vector("map", 11)],
            new() { TypeArguments = [typeof(TestFunctions.XSinX)] });
        yield return new("Map(Math.Sin)", RuleCase.Method(la, nameof(LinearAlgebra.Map), v, typeof(Func<double, double>)), () => [Vector("map", 11), new Func<double, double>(Math.Sin)]);
        yield return new("Zip<XSinY>", TestFunctions.GenericDefinition(la, nameof(LinearAlgebra.Zip), 2), () => [Vector("zip x", 11), Vector("zip y", 11)],
            new() { TypeArguments = [typeof(TestFunctions.XSinY)] });
        yield return new("Zip(Weighted)", RuleCase.Method(la, nameof(LinearAlgebra.Zip), v, v, typeof(Func<double, double, double>)), () =>
            [Vector("zip x", 11), Vector("zip y", 11), TestFunctions.WeightedDelegate()]);
    }
}
