using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// What one thread needs to run chunk passes over a function of a vector: a copy of the input
/// (the function may write its argument), the seed block, and the zero tangent of the function's
/// closure. Parallel passes give each worker its own.
/// </summary>
internal sealed class PassWorkspace<TChunk>(object? target, int length)
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>The copy of the input a pass runs on.</summary>
    public double[] Input { get; } = new double[length];

    /// <summary>The seed directions of a pass.</summary>
    public ArrayTangent<TChunk, double> Direction { get; } = new(length);

    /// <summary>The zero tangent of the function's closure (null without one).</summary>
    public object? TargetTangent { get; } = EntryPoints.ZeroTangentOfTarget(target, ChunkWidth.Of<TChunk>());

    /// <summary>Copies <paramref name="x"/> into <see cref="Input"/> and seeds the identity directions from input <paramref name="start"/>.</summary>
    public void Prepare(double[] x, int start, int lanes)
    {
        x.AsSpan().CopyTo(Input);
        Direction.Clear();
        Direction.SeedIdentity(start, lanes);
    }
}
