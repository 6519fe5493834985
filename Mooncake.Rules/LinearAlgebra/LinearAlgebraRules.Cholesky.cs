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
            ref double daRowI = ref Row<TChunk>(ref da, i, n);
            int j = 0;
            for (; j + 4 <= i; j += 4)
            {
                CholeskyBlock<TChunk>(ref lData, ref d, ref daRowI, i, j, n);
            }

            for (; j <= i; j++)
            {
                ref double lRowJ = ref LinearAlgebra.Row(ref lData, j, n);
                ref double dRowJ = ref Row<TChunk>(ref d, j, n);
                TChunk ds = TChunk.Subtract(
                    ChunkKernels.Load<TChunk>(ref daRowI, j),
                    ChunkKernels.DotPair<TChunk>(ref dRowI, 1, ref lRowJ, 1, ref dRowJ, ref lRowI, j));
                ChunkKernels.Store(CholeskyElement(ds, ref lRowI, ref lRowJ, ref dRowJ, i, j), ref dRowI, j);
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

    /// <summary>
    /// Elements (i, j..j+3) of <c>dL</c>, four columns strictly below the diagonal: the sums over
    /// <c>k &lt; j</c> run together, each chunk of row i loaded once for the four (eight
    /// accumulators in registers), then each element adds the terms inside the block in column
    /// order and is finished as in the one-element path.
    /// </summary>
    private static void CholeskyBlock<TChunk>(ref double l, ref double d, ref double daRowI, int i, int j, int n)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ref double lRowI = ref LinearAlgebra.Row(ref l, i, n);
        ref double dRowI = ref Row<TChunk>(ref d, i, n);
        ref double l0 = ref LinearAlgebra.Row(ref l, j, n), l1 = ref LinearAlgebra.Row(ref l, j + 1, n);
        ref double l2 = ref LinearAlgebra.Row(ref l, j + 2, n), l3 = ref LinearAlgebra.Row(ref l, j + 3, n);
        ref double d0 = ref Row<TChunk>(ref d, j, n), d1 = ref Row<TChunk>(ref d, j + 1, n);
        ref double d2 = ref Row<TChunk>(ref d, j + 2, n), d3 = ref Row<TChunk>(ref d, j + 3, n);
        TChunk a0 = TChunk.Zero, a1 = TChunk.Zero, a2 = TChunk.Zero, a3 = TChunk.Zero;
        TChunk b0 = TChunk.Zero, b1 = TChunk.Zero, b2 = TChunk.Zero, b3 = TChunk.Zero;
        for (int k = 0; k < j; k++)
        {
            TChunk dik = ChunkKernels.Load<TChunk>(ref dRowI, k);
            double lik = At(ref lRowI, k);
            a0 = TChunk.MulAdd(dik, At(ref l0, k), a0);
            a1 = TChunk.MulAdd(dik, At(ref l1, k), a1);
            a2 = TChunk.MulAdd(dik, At(ref l2, k), a2);
            a3 = TChunk.MulAdd(dik, At(ref l3, k), a3);
            b0 = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref d0, k), lik, b0);
            b1 = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref d1, k), lik, b1);
            b2 = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref d2, k), lik, b2);
            b3 = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref d3, k), lik, b3);
        }

        FinishBlockElement<TChunk>(TChunk.Add(a0, b0), ref lRowI, ref dRowI, ref daRowI, ref l0, ref d0, i, j, j);
        FinishBlockElement<TChunk>(TChunk.Add(a1, b1), ref lRowI, ref dRowI, ref daRowI, ref l1, ref d1, i, j, j + 1);
        FinishBlockElement<TChunk>(TChunk.Add(a2, b2), ref lRowI, ref dRowI, ref daRowI, ref l2, ref d2, i, j, j + 2);
        FinishBlockElement<TChunk>(TChunk.Add(a3, b3), ref lRowI, ref dRowI, ref daRowI, ref l3, ref d3, i, j, j + 3);
    }

    /// <summary>Adds the terms <c>k</c> in <c>[start, column)</c> to the block sum <paramref name="sum"/> and stores <c>dL[i, column]</c>.</summary>
    private static void FinishBlockElement<TChunk>(TChunk sum, ref double lRowI, ref double dRowI, ref double daRowI, ref double lRowJ, ref double dRowJ, int i, int start, int column)
        where TChunk : struct, IChunk<TChunk, double>
    {
        for (int k = start; k < column; k++)
        {
            sum = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref dRowI, k), At(ref lRowJ, k), sum);
            sum = TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref dRowJ, k), At(ref lRowI, k), sum);
        }

        TChunk ds = TChunk.Subtract(ChunkKernels.Load<TChunk>(ref daRowI, column), sum);
        ChunkKernels.Store(CholeskyElement(ds, ref lRowI, ref lRowJ, ref dRowJ, i, column), ref dRowI, column);
    }

    /// <summary>
    /// <c>dL[i,j]</c> from <c>ds = dA[i,j] − Σₖ (dL[i,k] L[j,k] + L[i,k] dL[j,k])</c>:
    /// <c>ds / (2 L[i,i])</c> on the diagonal, <c>(ds − L[i,j] dL[j,j]) / L[j,j]</c> below it.
    /// </summary>
    private static TChunk CholeskyElement<TChunk>(TChunk ds, ref double lRowI, ref double lRowJ, ref double dRowJ, int i, int j)
        where TChunk : struct, IChunk<TChunk, double>
        => j < i
            ? TChunk.Scale(TChunk.MulAdd(ChunkKernels.Load<TChunk>(ref dRowJ, j), -At(ref lRowI, j), ds), 1.0 / At(ref lRowJ, j))
            : TChunk.Scale(ds, 0.5 / At(ref lRowI, i));
}
