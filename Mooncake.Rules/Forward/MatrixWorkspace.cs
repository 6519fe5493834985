using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// What one thread needs to run chunk passes over a function of a matrix: a copy of the input
/// matrix, the seed block, the zero tangent of the function's closure and the memo its passes
/// share. Parallel passes give each worker its own. Each pass copies the input and rebuilds the
/// whole block, since the function may have written both (<see cref="PassWorkspace{TChunk}"/>
/// does the same for a vector function not known to leave its argument alone).
/// </summary>
internal sealed class MatrixWorkspace<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly double[,] _input;

    /// <param name="target">The function's closure (or null).</param>
    /// <param name="rows">The rows of the inputs.</param>
    /// <param name="columns">The columns of the inputs.</param>
    public MatrixWorkspace(object? target, int rows, int columns)
    {
        _input = new double[rows, columns];
        Direction = new MatrixTangent<TChunk, double>(rows, columns);
        TargetTangent = EntryPoints.ZeroTangentOfTarget(target, ChunkWidth.Of<TChunk>());
    }

    /// <summary>The seed directions of a pass.</summary>
    public MatrixTangent<TChunk, double> Direction { get; }

    /// <summary>The zero tangent of the function's closure (null without one).</summary>
    public object? TargetTangent { get; }

    /// <summary>The memo this worker's passes share (<see cref="PrimalMemo"/>).</summary>
    public PrimalMemo Memo { get; } = new();

    /// <summary>Seeds the identity directions from element <paramref name="start"/> (row-major); returns the matrix the pass runs on.</summary>
    public double[,] Begin(double[,] x, int start, int lanes)
    {
        Memo.Rewind();
        Array.Copy(x, _input, x.Length);
        Direction.Clear();
        Direction.SeedIdentity(start, lanes);
        return _input;
    }
}
