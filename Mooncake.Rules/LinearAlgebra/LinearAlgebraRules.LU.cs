using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class LinearAlgebraRules
{
    /// <summary>
    /// The rule of <see cref="LinearAlgebra.LU"/>. With the primal's pivots fixed, <c>P A = L U</c>
    /// is elimination without pivoting on <c>P A</c>, so the tangent runs that elimination's
    /// derivative on the block of <c>P dA</c>: at step k, <c>dl_ik = (da_ik − l_ik du_kk) / u_kk</c>
    /// and <c>da_ij −= dl_ik u_kj + l_ik du_kj</c> for the rest of row i, every lane at once. This
    /// equals <c>dL = L tril(X, −1)</c>, <c>dU = triu(X) U</c> with <c>X = L⁻¹ P dA U⁻¹</c>, at a
    /// third of the work and without workspace.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.LU), typeof(double[,]))]
    public static Dual<(double[,] Factors, int[] Permutation), TupleTangent<MatrixTangent<TChunk, double>, NoTangent>> LU<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> a)
        where TChunk : struct, IChunk<TChunk, double>
    {
        (double[,] factors, int[] permutation) = LinearAlgebra.LU(a.Primal);
        int n = permutation.Length;
        ref double f = ref LinearAlgebra.Data(factors);
        var df = new MatrixTangent<TChunk, double>(n, n);
        ref double d = ref df.ChunkStart(0);
        PermuteRows<TChunk>(ref Lanes(a.Tangent, a.Primal), permutation, ref d, n);
        for (int k = 0; k < n; k++)
        {
            ref double fRowK = ref LinearAlgebra.Row(ref f, k, n);
            ref double dRowK = ref Row<TChunk>(ref d, k, n);
            TChunk dukk = ChunkKernels.Load<TChunk>(ref dRowK, k);
            double inverse = 1.0 / At(ref fRowK, k);
            for (int i = k + 1; i < n; i++)
            {
                ref double dRowI = ref Row<TChunk>(ref d, i, n);
                double l = LinearAlgebra.Element(ref f, i, k, n);
                TChunk dl = TChunk.Scale(TChunk.MulAdd(dukk, -l, ChunkKernels.Load<TChunk>(ref dRowI, k)), inverse);
                ChunkKernels.Store(dl, ref dRowI, k);
                ChunkKernels.AddProducts(
                    ref ChunkKernels.Chunk<TChunk>(ref dRowI, k + 1), TChunk.Negate(dl), ref At(ref fRowK, k + 1), 1, ref ChunkKernels.Chunk<TChunk>(ref dRowK, k + 1), 1, -l, n - k - 1);
            }
        }

        return new((factors, permutation), new(df, NoTangent.Value));
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.LUSolve(double[,], int[], double[])"/>. With
    /// <c>y = L⁻¹ P b</c> and <c>x = U⁻¹ y</c>: <c>dy = L⁻¹ (P db − dL y)</c> and
    /// <c>dx = U⁻¹ (dy − dU x)</c>, where <c>dL</c> is the strict lower and <c>dU</c> the upper
    /// triangle of the factors' tangent; two triangular solves on the block.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.LUSolve), typeof(double[,]), typeof(int[]), typeof(double[]))]
    public static Dual<double[], ArrayTangent<TChunk, double>> LUSolve<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> factors, int[] permutation, Dual<double[], ArrayTangent<TChunk, double>> b)
        where TChunk : struct, IChunk<TChunk, double>
    {
        int n = LinearAlgebra.RequireFactorisation(factors.Primal, permutation);
        LinearAlgebra.RequireLength(b.Primal, n, nameof(b), factors.Primal);
        using var forward = new Workspace(n);
        double[] x = LinearAlgebra.LUSolveKernel(factors.Primal, permutation, b.Primal, forward.Span);
        var dx = new ArrayTangent<TChunk, double>(n);
        ref double r = ref dx.ChunkStart(0);
        PermuteRows<TChunk>(ref Lanes(b.Tangent, n), permutation, ref r, 1);
        LUTangentSolve<TChunk>(factors, ref forward.Start, ref LinearAlgebra.Data(x), ref r, 1);
        return new(x, dx);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.LUSolve(double[,], int[], double[,])"/>: as for one
    /// right-hand side, with the block read as an n × (m·Width) right-hand side.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.LUSolve), typeof(double[,]), typeof(int[]), typeof(double[,]))]
    public static Dual<double[,], MatrixTangent<TChunk, double>> LUSolve<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> factors, int[] permutation, Dual<double[,], MatrixTangent<TChunk, double>> b)
        where TChunk : struct, IChunk<TChunk, double>
    {
        int n = LinearAlgebra.RequireFactorisation(factors.Primal, permutation);
        LinearAlgebra.RequireRows(b.Primal, n, nameof(b), factors.Primal);
        int m = b.Primal.GetLength(1);
        using var forward = new Workspace(n * m);
        double[,] x = LinearAlgebra.LUSolveKernel(factors.Primal, permutation, b.Primal, forward.Span);
        var dx = new MatrixTangent<TChunk, double>(n, m);
        ref double r = ref dx.ChunkStart(0);
        PermuteRows<TChunk>(ref Lanes(b.Tangent, b.Primal), permutation, ref r, m);
        LUTangentSolve<TChunk>(factors, ref forward.Start, ref LinearAlgebra.Data(x), ref r, m);
        return new(x, dx);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Solve(double[,], double[])"/>: <c>dx = A⁻¹ (db − dA x)</c>,
    /// with <c>A⁻¹</c> applied through the primal's LU factors as two triangular solves on the block.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Solve), typeof(double[,]), typeof(double[]))]
    public static Dual<double[], ArrayTangent<TChunk, double>> Solve<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> a, Dual<double[], ArrayTangent<TChunk, double>> b)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[] x = LinearAlgebra.SolveKernel(a.Primal, b.Primal, out double[,] factors, out int[] permutation);
        int n = x.Length;
        var dx = new ArrayTangent<TChunk, double>(n);
        ref double r = ref dx.ChunkStart(0);
        PermuteRows<TChunk>(ref Lanes(b.Tangent, n), permutation, ref r, 1);
        SubtractPermutedProduct<TChunk>(ref Lanes(a.Tangent, a.Primal), permutation, ref LinearAlgebra.Data(x), ref r, 1);
        SolveWithFactors<TChunk>(factors, ref r, 1);
        return new(x, dx);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Solve(double[,], double[,])"/>: <c>dX = A⁻¹ (dB − dA X)</c>,
    /// with the block read as an n × (m·Width) right-hand side.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Solve), typeof(double[,]), typeof(double[,]))]
    public static Dual<double[,], MatrixTangent<TChunk, double>> Solve<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> a, Dual<double[,], MatrixTangent<TChunk, double>> b)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[,] x = LinearAlgebra.SolveKernel(a.Primal, b.Primal, out double[,] factors, out int[] permutation);
        int n = x.GetLength(0), m = x.GetLength(1);
        var dx = new MatrixTangent<TChunk, double>(n, m);
        ref double r = ref dx.ChunkStart(0);
        PermuteRows<TChunk>(ref Lanes(b.Tangent, b.Primal), permutation, ref r, m);
        SubtractPermutedProduct<TChunk>(ref Lanes(a.Tangent, a.Primal), permutation, ref LinearAlgebra.Data(x), ref r, m);
        SolveWithFactors<TChunk>(factors, ref r, m);
        return new(x, dx);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Inverse"/>: <c>dX = −X dA X</c>, as two matrix-matrix
    /// products over the blocks for every lane (<see cref="ChunkProduct"/>): <c>T = dA X</c> into
    /// pooled workspace, then <c>dX = (−X) T</c>.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Inverse), typeof(double[,]))]
    public static Dual<double[,], MatrixTangent<TChunk, double>> Inverse<TChunk>(Dual<double[,], MatrixTangent<TChunk, double>> a)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[,] x = LinearAlgebra.Inverse(a.Primal);
        int n = x.GetLength(0);
        ref double xData = ref LinearAlgebra.Data(x);
        ref double da = ref Lanes(a.Tangent, a.Primal);
        using var product = new Workspace(n * n * TChunk.Width);
        using var negated = new Workspace(n * n);
        product.Span.Clear();
        for (int i = 0; i < negated.Length; i++)
        {
            negated.Span[i] = -At(ref xData, i);
        }

        // Both products are n×n with row-major operands: element (i, k) at i·n + k.
        var layout = new ProductLayout(n, 1, n, 1, n, n);
        ChunkProduct.Add<TChunk, LeftTerm>(ref xData, ref da, ref xData, ref product.Start, ref product.Start, layout, n);
        var dx = new MatrixTangent<TChunk, double>(n, n);
        ChunkProduct.Add<TChunk, RightTerm>(ref negated.Start, ref da, ref xData, ref product.Start, ref dx.ChunkStart(0), layout, n);
        return new(x, dx);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.Determinant"/>: <c>d det = det(A) tr(A⁻¹ dA)</c>, the
    /// inverse computed once in scalars for all lanes; at a singular matrix
    /// <c>tr(adj(A) dA)</c> with the adjugate from the cofactors.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.Determinant), typeof(double[,]))]
    public static Dual<TChunk> Determinant<TChunk>(Dual<double[,], MatrixTangent<TChunk, double>> a)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[,] factors = LinearAlgebra.FactorAnyway(a.Primal, out int[] permutation, out bool odd, out int zeroPivot);
        double det = LinearAlgebra.DeterminantOfFactors(factors, odd);
        ref double da = ref Lanes(a.Tangent, a.Primal);
        int n = permutation.Length;
        if (zeroPivot >= 0)
        {
            return new(det, TraceOfProduct<TChunk>(ref da, LinearAlgebra.Cofactors(a.Primal), n, transposed: false));
        }

        return new(det, TChunk.Scale(TraceOfProduct<TChunk>(ref da, LinearAlgebra.InverseKernel(factors, permutation), n, transposed: true), det));
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.LogDeterminant"/>: <c>d log|det A| = tr(A⁻¹ dA)</c>
    /// (the sign has no derivative). At a singular matrix: NaN where <c>dA</c> is nonzero, zero
    /// where it is zero.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.LogDeterminant), typeof(double[,]))]
    public static Dual<(double LogAbsDeterminant, int Sign), TupleTangent<TChunk, NoTangent>> LogDeterminant<TChunk>(Dual<double[,], MatrixTangent<TChunk, double>> a)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[,] factors = LinearAlgebra.FactorAnyway(a.Primal, out int[] permutation, out bool odd, out int zeroPivot);
        (double LogAbsDeterminant, int Sign) value = LinearAlgebra.LogDeterminantOfFactors(factors, odd);
        ref double da = ref Lanes(a.Tangent, a.Primal);
        int n = permutation.Length;
        TChunk partials;
        if (zeroPivot >= 0)
        {
            TChunk squares = TChunk.Zero;
            for (int i = 0; i < n * n; i++)
            {
                TChunk d = ChunkKernels.Load<TChunk>(ref da, i);
                squares = TChunk.MulAdd(d, d, squares);
            }

            partials = TChunk.ScaleStrongZero(squares, double.NaN);
        }
        else
        {
            partials = TraceOfProduct<TChunk>(ref da, LinearAlgebra.InverseKernel(factors, permutation), n, transposed: true);
        }

        return new(value, new(partials, NoTangent.Value));
    }

    /// <summary><c>Σᵢⱼ dA[i,j] W[i,j]</c>, or <c>Σᵢⱼ dA[i,j] W[j,i]</c> (<c>tr(W dA)</c>) when <paramref name="transposed"/>.</summary>
    private static TChunk TraceOfProduct<TChunk>(ref double da, double[,] w, int n, bool transposed)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TChunk sum = TChunk.Zero;
        ref double wData = ref LinearAlgebra.Data(w);
        for (int i = 0; i < n; i++)
        {
            ref double wStart = ref transposed ? ref At(ref wData, i) : ref LinearAlgebra.Row(ref wData, i, n);
            sum = TChunk.Add(sum, ChunkKernels.Dot<TChunk>(ref Row<TChunk>(ref da, i, n), 1, ref wStart, transposed ? n : 1, n));
        }

        return sum;
    }

    /// <summary>Row i of the n×m block <c>R</c> becomes row <c>permutation[i]</c> of the block <c>B</c>: <c>R = P B</c>.</summary>
    private static void PermuteRows<TChunk>(ref double b, int[] permutation, ref double r, int m)
        where TChunk : struct, IChunk<TChunk, double>
    {
        for (int i = 0; i < permutation.Length; i++)
        {
            ChunkKernels.Copy<TChunk>(ref Row<TChunk>(ref b, permutation[i], m), 1, ref Row<TChunk>(ref r, i, m), m);
        }
    }

    /// <summary><c>R −= P dA X</c> for the n×n block <c>dA</c>, the n×m scalar matrix <c>X</c> and the n×m block <c>R</c>.</summary>
    private static void SubtractPermutedProduct<TChunk>(ref double da, int[] permutation, ref double x, ref double r, int m)
        where TChunk : struct, IChunk<TChunk, double>
    {
        int n = permutation.Length;
        for (int i = 0; i < n; i++)
        {
            ref double daRow = ref Row<TChunk>(ref da, permutation[i], n);
            ref double rRow = ref Row<TChunk>(ref r, i, m);
            if (m == 1)
            {
                ChunkKernels.Store(TChunk.Subtract(ChunkKernels.Load<TChunk>(ref rRow, 0), ChunkKernels.Dot<TChunk>(ref daRow, 1, ref x, 1, n)), ref rRow, 0);
                continue;
            }

            for (int k = 0; k < n; k++)
            {
                ChunkKernels.AddOuter(ref rRow, TChunk.Negate(ChunkKernels.Load<TChunk>(ref daRow, k)), ref LinearAlgebra.Row(ref x, k, m), 1, m);
            }
        }
    }

    /// <summary>Overwrites the n×m block <c>R</c> with <c>U⁻¹ L⁻¹ R</c>.</summary>
    private static void SolveWithFactors<TChunk>(double[,] factors, ref double r, int m)
        where TChunk : struct, IChunk<TChunk, double>
    {
        int n = factors.GetLength(0);
        ref double f = ref LinearAlgebra.Data(factors);
        SolveTriangularChunks<TChunk>(ref f, n, lower: true, transpose: false, unitDiagonal: true, ref r, m);
        SolveTriangularChunks<TChunk>(ref f, n, lower: false, transpose: false, unitDiagonal: false, ref r, m);
    }

    /// <summary>
    /// <c>R = U⁻¹ (L⁻¹ (R − dL Y) − dU X)</c>: the tangent of a solve with given factors, where
    /// <c>R</c> arrives holding <c>P dB</c> and <c>Y = L⁻¹ P B</c>.
    /// </summary>
    private static void LUTangentSolve<TChunk>(Dual<double[,], MatrixTangent<TChunk, double>> factors, ref double y, ref double x, ref double r, int m)
        where TChunk : struct, IChunk<TChunk, double>
    {
        int n = factors.Primal.GetLength(0);
        ref double f = ref LinearAlgebra.Data(factors.Primal);
        ref double df = ref Lanes(factors.Tangent, factors.Primal);
        SubtractTriangularProduct<TChunk>(ref df, n, lower: true, transpose: false, unitDiagonal: true, ref y, ref r, m);
        SolveTriangularChunks<TChunk>(ref f, n, lower: true, transpose: false, unitDiagonal: true, ref r, m);
        SubtractTriangularProduct<TChunk>(ref df, n, lower: false, transpose: false, unitDiagonal: false, ref x, ref r, m);
        SolveTriangularChunks<TChunk>(ref f, n, lower: false, transpose: false, unitDiagonal: false, ref r, m);
    }
}
