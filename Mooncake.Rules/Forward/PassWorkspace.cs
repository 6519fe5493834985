using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// What one thread needs to run chunk passes over a function of a vector: the seed block, a copy
/// of the input if the function may write its argument, and the zero tangent of the function's
/// closure. Parallel passes give each worker its own.
/// </summary>
/// <remarks>
/// For a function that provably cannot write its argument (<see cref="InputWrites"/>) the
/// caller's array goes in as is and the block, zero between passes, has only the pass's seed set
/// and cleared again, in O(lanes); otherwise each pass copies the input and rebuilds the whole
/// block, in O(length × lanes), since the function may have written both.
/// </remarks>
internal sealed class PassWorkspace<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly bool _readOnly;
    private readonly double[] _input;

    /// <param name="target">The function's closure (or null).</param>
    /// <param name="length">The length of the inputs.</param>
    /// <param name="readOnly">Whether the function provably cannot write its argument.</param>
    public PassWorkspace(object? target, int length, bool readOnly)
    {
        _readOnly = readOnly;
        _input = readOnly ? [] : new double[length];
        Direction = new ArrayTangent<TChunk, double>(length);
        TargetTangent = EntryPoints.ZeroTangentOfTarget(target, ChunkWidth.Of<TChunk>());
    }

    /// <summary>One workspace for each of <paramref name="workers"/> workers running passes of <paramref name="f"/> over inputs of <paramref name="length"/> elements.</summary>
    public static PassWorkspace<TChunk>[] ForWorkers(int workers, Delegate f, int length)
    {
        bool readOnly = InputWrites.CannotWrite(f.Method);
        var workspaces = new PassWorkspace<TChunk>[workers];
        for (int w = 0; w < workers; w++)
        {
            workspaces[w] = new PassWorkspace<TChunk>(f.Target, length, readOnly);
        }

        return workspaces;
    }

    /// <summary>The seed directions of a pass.</summary>
    public ArrayTangent<TChunk, double> Direction { get; }

    /// <summary>The zero tangent of the function's closure (null without one).</summary>
    public object? TargetTangent { get; }

    /// <summary>The memo this worker's passes share (<see cref="PrimalMemo"/>).</summary>
    public PrimalMemo Memo { get; } = new();

    /// <summary>Seeds the identity directions from input <paramref name="start"/>; returns the array the pass runs on.</summary>
    public double[] Begin(double[] x, int start, int lanes)
    {
        Memo.Rewind();
        if (_readOnly)
        {
            Direction.SeedIdentity(start, lanes);
            return x;
        }

        x.AsSpan().CopyTo(_input);
        Direction.Clear();
        Direction.SeedIdentity(start, lanes);
        return _input;
    }

    /// <summary>
    /// Ends the pass begun at <paramref name="start"/>: leaves a read-only workspace's block zero
    /// again. Call it also when the pass throws, so that the next pass starts clean.
    /// </summary>
    public void End(int start, int lanes)
    {
        if (_readOnly)
        {
            Direction.ClearIdentity(start, lanes);
        }
    }
}
