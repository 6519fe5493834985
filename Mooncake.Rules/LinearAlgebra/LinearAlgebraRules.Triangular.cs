using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class LinearAlgebraRules
{
    /// <summary>
    /// The rule of <see cref="LinearAlgebra.SolveTriangular(double[,], double[], bool, bool, bool)"/>:
    /// <c>dx = op(T)⁻¹ (db − op(dT) x)</c>, where <c>dT</c> is restricted to the triangle the
    /// primal reads; the solve runs once on the block, every lane a right-hand side.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.SolveTriangular), typeof(double[,]), typeof(double[]), typeof(bool), typeof(bool), typeof(bool))]
    public static Dual<double[], ArrayTangent<TChunk, double>> SolveTriangular<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> t, Dual<double[], ArrayTangent<TChunk, double>> b, bool lower, bool transpose, bool unitDiagonal)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[] x = LinearAlgebra.SolveTriangular(t.Primal, b.Primal, lower, transpose, unitDiagonal);
        int n = x.Length;
        Check(b.Tangent, n);
        ArrayTangent<TChunk, double> dx = b.Tangent.Clone();
        ref double dxData = ref dx.ChunkStart(0);
        SubtractTriangularProduct<TChunk>(ref Lanes(t.Tangent, t.Primal), n, lower, transpose, unitDiagonal, ref LinearAlgebra.Data(x), ref dxData, 1);
        SolveTriangularChunks<TChunk>(ref LinearAlgebra.Data(t.Primal), n, lower, transpose, unitDiagonal, ref dxData, 1);
        return new(x, dx);
    }

    /// <summary>
    /// The rule of <see cref="LinearAlgebra.SolveTriangular(double[,], double[,], bool, bool, bool)"/>:
    /// <c>dX = op(T)⁻¹ (dB − op(dT) X)</c>, one triangular solve with the block read as an
    /// n × (m·Width) right-hand side.
    /// </summary>
    [FRule(typeof(LinearAlgebra), nameof(LinearAlgebra.SolveTriangular), typeof(double[,]), typeof(double[,]), typeof(bool), typeof(bool), typeof(bool))]
    public static Dual<double[,], MatrixTangent<TChunk, double>> SolveTriangular<TChunk>(
        Dual<double[,], MatrixTangent<TChunk, double>> t, Dual<double[,], MatrixTangent<TChunk, double>> b, bool lower, bool transpose, bool unitDiagonal)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[,] x = LinearAlgebra.SolveTriangular(t.Primal, b.Primal, lower, transpose, unitDiagonal);
        int n = x.GetLength(0), m = x.GetLength(1);
        Check(b.Tangent, b.Primal);
        MatrixTangent<TChunk, double> dx = b.Tangent.Clone();
        ref double dxData = ref dx.ChunkStart(0);
        SubtractTriangularProduct<TChunk>(ref Lanes(t.Tangent, t.Primal), n, lower, transpose, unitDiagonal, ref LinearAlgebra.Data(x), ref dxData, m);
        SolveTriangularChunks<TChunk>(ref LinearAlgebra.Data(t.Primal), n, lower, transpose, unitDiagonal, ref dxData, m);
        return new(x, dx);
    }

    /// <summary>
    /// <c>R −= op(tri(dT)) X</c> for the n×m scalar matrix <c>X</c> and the n×m chunk block <c>R</c>,
    /// where <c>tri(dT)</c> keeps the triangle of <c>dT</c> the primal reads (its diagonal only
    /// without a unit diagonal).
    /// </summary>
    internal static void SubtractTriangularProduct<TChunk>(ref double dt, int n, bool lower, bool transpose, bool unitDiagonal, ref double x, ref double r, int m)
        where TChunk : struct, IChunk<TChunk, double>
    {
        int diagonal = unitDiagonal ? 0 : 1;
        for (int row = 0; row < n; row++)
        {
            int start = lower ? 0 : row + 1 - diagonal, end = lower ? row + diagonal : n;
            ref double dtRow = ref Row<TChunk>(ref dt, row, n);
            if (m == 1)
            {
                // One right-hand side: a dot product along the row of dT, or (transposed) the row
                // of dT scaled by one unknown.
                if (transpose)
                {
                    ChunkKernels.AddScaled<TChunk>(ref ChunkKernels.Chunk<TChunk>(ref r, start), ref ChunkKernels.Chunk<TChunk>(ref dtRow, start), 1, -At(ref x, row), end - start);
                }
                else
                {
                    TChunk product = ChunkKernels.Dot<TChunk>(ref ChunkKernels.Chunk<TChunk>(ref dtRow, start), 1, ref At(ref x, start), 1, end - start);
                    ChunkKernels.Store(TChunk.Subtract(ChunkKernels.Load<TChunk>(ref r, row), product), ref r, row);
                }

                continue;
            }

            for (int column = start; column < end; column++)
            {
                TChunk d = TChunk.Negate(ChunkKernels.Load<TChunk>(ref dtRow, column));
                (int i, int k) = transpose ? (column, row) : (row, column);
                ChunkKernels.AddOuter(ref Row<TChunk>(ref r, i, m), d, ref LinearAlgebra.Row(ref x, k, m), 1, m);
            }
        }
    }

    /// <summary>
    /// Overwrites the n×m chunk block <c>R</c> with <c>op(T)⁻¹ R</c>: the loops of the primal's
    /// multi-column solve, each row operation applied to every lane of a row of chunks.
    /// </summary>
    internal static void SolveTriangularChunks<TChunk>(ref double t, int n, bool lower, bool transpose, bool unitDiagonal, ref double r, int m)
        where TChunk : struct, IChunk<TChunk, double>
    {
        bool forward = lower != transpose;
        for (int step = 0; step < n; step++)
        {
            int i = forward ? step : n - 1 - step;
            ref double rRow = ref Row<TChunk>(ref r, i, m);
            int start = forward != transpose ? 0 : i + 1, end = forward != transpose ? i : n;
            if (m == 1)
            {
                SolveTriangularStep<TChunk>(ref LinearAlgebra.Row(ref t, i, n), i, start, end, transpose, unitDiagonal, ref r);
                continue;
            }

            if (!transpose)
            {
                for (int k = start; k < end; k++)
                {
                    ChunkKernels.AddScaled<TChunk>(ref rRow, ref Row<TChunk>(ref r, k, m), 1, -LinearAlgebra.Element(ref t, i, k, n), m);
                }
            }

            if (!unitDiagonal)
            {
                ChunkKernels.Scale<TChunk>(ref rRow, 1.0 / LinearAlgebra.Element(ref t, i, i, n), m);
            }

            if (transpose)
            {
                for (int k = start; k < end; k++)
                {
                    ChunkKernels.AddScaled<TChunk>(ref Row<TChunk>(ref r, k, m), ref rRow, 1, -LinearAlgebra.Element(ref t, i, k, n), m);
                }
            }
        }
    }

    /// <summary>
    /// Step i of <see cref="SolveTriangularChunks{TChunk}"/> with one right-hand side: without a
    /// transpose, unknown i is a dot product of the solved chunks with row i of <c>T</c>; with
    /// one, it is solved first and then subtracted from the unsolved chunks along row i.
    /// </summary>
    private static void SolveTriangularStep<TChunk>(ref double tRow, int i, int start, int end, bool transpose, bool unitDiagonal, ref double r)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TChunk ri = ChunkKernels.Load<TChunk>(ref r, i);
        if (!transpose)
        {
            ri = TChunk.Subtract(ri, ChunkKernels.Dot<TChunk>(ref ChunkKernels.Chunk<TChunk>(ref r, start), 1, ref At(ref tRow, start), 1, end - start));
        }

        if (!unitDiagonal)
        {
            ri = TChunk.Scale(ri, 1.0 / At(ref tRow, i));
        }

        ChunkKernels.Store(ri, ref r, i);
        if (transpose)
        {
            ChunkKernels.AddOuter(ref ChunkKernels.Chunk<TChunk>(ref r, start), TChunk.Negate(ri), ref At(ref tRow, start), 1, end - start);
        }
    }
}
