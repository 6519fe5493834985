using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class LinearAlgebraRules
{
    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Cholesky"/>: the derivative of the row-by-row
    /// algorithm, element by element in the primal's order and every lane at once:
    /// <c>ds = dA[i,j] − Σₖ (dL[i,k] L[j,k] + L[i,k] dL[j,k])</c>, then
    /// <c>dL[i,i] = ds / (2 L[i,i])</c> and <c>dL[i,j] = (ds − L[i,j] dL[j,j]) / L[j,j]</c>.
    /// This is <c>dL = L Φ(L⁻¹ dA L⁻ᵀ)</c> (Φ: the lower triangle with the diagonal halved) for
    /// the symmetric <c>dA</c> whose lower triangle the primal reads, at a third of the work of
    /// the two triangular solves and without workspace.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Cholesky), typeof(double[,]))]
    public static Dual<double[,], MatrixTangent<TChunk, double>> Cholesky<TChunk>(Dual<double[,], MatrixTangent<TChunk, double>> a)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[,] l = LinearAlgebra.Cholesky(a.Primal);
        int n = l.GetLength(0);
        ref double lData = ref LinearAlgebra.Data(l);
        ref double da = ref Lanes(a.Tangent, a.Primal);
        var dl = new MatrixTangent<TChunk, double>(n, n);
        ref double d = ref dl.ChunkStart(0);
        for (int i = 0; i < n; i++)
        {
            ref double lRowI = ref LinearAlgebra.Row(ref lData, i, n);
            ref double dRowI = ref Row<TChunk>(ref d, i, n);
            for (int j = 0; j <= i; j++)
            {
                ref double lRowJ = ref LinearAlgebra.Row(ref lData, j, n);
                ref double dRowJ = ref Row<TChunk>(ref d, j, n);
                TChunk ds = TChunk.Subtract(
                    ChunkKernels.Load<TChunk>(ref Row<TChunk>(ref da, i, n), j),
                    ChunkKernels.DotPair<TChunk>(ref dRowI, 1, ref lRowJ, 1, ref dRowJ, ref lRowI, j));
                TChunk dlij = j < i
                    ? TChunk.Scale(TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref dRowJ, j), -At(ref lRowI, j), ds), 1.0 / At(ref lRowJ, j))
                    : TChunk.Scale(ds, 0.5 / At(ref lRowI, i));
                ChunkKernels.Store(dlij, ref dRowI, j);
            }
        }

        return new(l, dl);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.CholeskySolve(double[,], double[])"/>. With
    /// <c>z = L⁻¹ b</c> and <c>x = L⁻ᵀ z</c>: <c>dz = L⁻¹ (db − dL z)</c> and
    /// <c>dx = L⁻ᵀ (dz − dLᵀ x)</c>, <c>dL</c> restricted to the lower triangle the primal reads;
    /// two triangular solves on the block.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.CholeskySolve), typeof(double[,]), typeof(double[]))]
    public static Dual<double[], ArrayTangent<TChunk, double>> CholeskySolve<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> l, Dual<double[], ArrayTangent<TChunk, double>> b)
        where TChunk : struct, IChunk<TChunk, double>
    {
        int n = LinearAlgebra.RequireSquare(l.Primal, nameof(l));
        LinearAlgebra.RequireLength(b.Primal, n, nameof(b), l.Primal);
        LinearAlgebra.RequireNonzeroDiagonal(l.Primal, unitDiagonal: false, nameof(l));
        using var forward = new Workspace(n);
        double[] x = LinearAlgebra.CholeskySolveKernel(l.Primal, b.Primal, forward.Span);
        Check(b.Tangent, n);
        ArrayTangent<TChunk, double> dx = b.Tangent.Clone();
        CholeskyTangentSolve<TChunk>(l, ref forward.Start, ref LinearAlgebra.Data(x), ref dx.ChunkStart(0), 1);
        return new(x, dx);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.CholeskySolve(double[,], double[,])"/>: as for one
    /// right-hand side, with the block read as an n × (m·Width) right-hand side.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.CholeskySolve), typeof(double[,]), typeof(double[,]))]
    public static Dual<double[,], MatrixTangent<TChunk, double>> CholeskySolve<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> l, Dual<double[,], MatrixTangent<TChunk, double>> b)
        where TChunk : struct, IChunk<TChunk, double>
    {
        int n = LinearAlgebra.RequireSquare(l.Primal, nameof(l));
        LinearAlgebra.RequireRows(b.Primal, n, nameof(b), l.Primal);
        LinearAlgebra.RequireNonzeroDiagonal(l.Primal, unitDiagonal: false, nameof(l));
        int m = b.Primal.GetLength(1);
        using var forward = new Workspace(n * m);
        double[,] x = LinearAlgebra.CholeskySolveKernel(l.Primal, b.Primal, forward.Span);
        Check(b.Tangent, b.Primal);
        MatrixTangent<TChunk, double> dx = b.Tangent.Clone();
        CholeskyTangentSolve<TChunk>(l, ref forward.Start, ref LinearAlgebra.Data(x), ref dx.ChunkStart(0), m);
        return new(x, dx);
    }

    /// <summary><c>R = L⁻ᵀ (L⁻¹ (R − dL Z) − dLᵀ X)</c>, where <c>R</c> arrives holding <c>dB</c> and <c>Z = L⁻¹ B</c>.</summary>
    private static void CholeskyTangentSolve<TChunk>(Dual<double[,], MatrixTangent<TChunk, double>> l, ref double z, ref double x, ref double r, int m)
        where TChunk : struct, IChunk<TChunk, double>
    {
        int n = l.Primal.GetLength(0);
        ref double lData = ref LinearAlgebra.Data(l.Primal);
        ref double dl = ref Lanes(l.Tangent, l.Primal);
        SubtractTriangularProduct<TChunk>(ref dl, n, lower: true, transpose: false, unitDiagonal: false, ref z, ref r, m);
        SolveTriangularChunks<TChunk>(ref lData, n, lower: true, transpose: false, unitDiagonal: false, ref r, m);
        SubtractTriangularProduct<TChunk>(ref dl, n, lower: true, transpose: true, unitDiagonal: false, ref x, ref r, m);
        SolveTriangularChunks<TChunk>(ref lData, n, lower: true, transpose: true, unitDiagonal: false, ref r, m);
    }
}
