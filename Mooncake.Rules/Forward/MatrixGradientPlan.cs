using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// The gradient of a <c>Func&lt;double[,], double&gt;</c> for inputs of one shape, prepared once
/// (rule built, workspaces, closure tangents and parallel workers allocated), so that an
/// evaluation allocates only the gradient it returns. One thread at a time:
/// <see cref="Forward.Gradient(Func{double[,], double}, double[,], int, bool)"/> keeps one per
/// thread (<see cref="LastPlan{TPlan}"/>).
/// </summary>
[TakesDerivatives]
internal abstract class MatrixGradientPlan
{
    private readonly PlanKey _key;

    private protected MatrixGradientPlan(Func<double[,], double> function, int rows, int columns, int chunk, bool parallel)
    {
        _key = new PlanKey(function, rows, columns, chunk, parallel);
        Rows = rows;
        Columns = columns;
        Chunk = chunk;
        Passes = ChunkSeeding.PassCount(rows * columns, chunk);
        Workers = PlanPasses.WorkersFor(Passes, parallel);
    }

    /// <summary>The rows of the inputs.</summary>
    public int Rows { get; }

    /// <summary>The columns of the inputs.</summary>
    public int Columns { get; }

    /// <summary>The directions each pass carries.</summary>
    public int Chunk { get; }

    /// <summary>The number of passes per gradient.</summary>
    public int Passes { get; }

    /// <summary>The most threads an evaluation uses: 1 for a sequential plan; for a parallel one, the processors available, at most one per pass.</summary>
    public int Workers { get; }

    /// <summary>Prepares the plan of <paramref name="f"/> for <paramref name="rows"/> × <paramref name="columns"/> inputs in passes of <paramref name="chunk"/> directions, run on several threads when <paramref name="parallel"/> is true.</summary>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static MatrixGradientPlan Prepare(Func<double[,], double> f, int rows, int columns, int chunk, bool parallel) =>
        ChunkWidth.Resolve(chunk).Accept(new Factory(f, rows, columns, chunk, parallel));

    /// <summary>Whether this plan is the one <see cref="Prepare"/> would build for these arguments (same method and closure).</summary>
    public bool Serves(Func<double[,], double> f, int rows, int columns, int chunk, bool parallel) => _key.Matches(f, rows, columns, chunk, parallel);

    /// <summary>The gradient at <paramref name="x"/> (of <see cref="Rows"/> × <see cref="Columns"/>): <c>result[i, j] = d f / d x[i, j]</c>.</summary>
    public abstract double[,] Evaluate(double[,] x);

    private sealed class Factory(Func<double[,], double> f, int rows, int columns, int chunk, bool parallel) : IChunkVisitor<MatrixGradientPlan>
    {
        public MatrixGradientPlan Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
            => new MatrixGradientPlan<TChunk>(f, rows, columns, chunk, parallel);
    }
}

/// <summary>A <see cref="MatrixGradientPlan"/> at the width of <typeparamref name="TChunk"/>.</summary>
internal sealed class MatrixGradientPlan<TChunk> : MatrixGradientPlan
    where TChunk : struct, IChunk<TChunk, double>
{
    // What the plan holds when no evaluation is under way (never written).
    private static readonly double[,] Empty = new double[0, 0];

    private readonly MatrixToScalar<TChunk> _entry;
    private readonly object? _target;
    private readonly MatrixWorkspace<TChunk>[] _workspaces;
    private readonly PlanPasses _passes;

    // The arguments of the evaluation under way, read by every worker.
    private double[,] _x = Empty;
    private double[,] _gradient = Empty;

    public MatrixGradientPlan(Func<double[,], double> f, int rows, int columns, int chunk, bool parallel)
        : base(f, rows, columns, chunk, parallel)
    {
        _entry = EntryPoints.For<MatrixToScalar<TChunk>>(f.Method, memo: Passes > 1);
        _target = f.Target;
        _workspaces = new MatrixWorkspace<TChunk>[Workers];
        for (int w = 0; w < Workers; w++)
        {
            _workspaces[w] = new MatrixWorkspace<TChunk>(f.Target, rows, columns);
        }

        _passes = new PlanPasses(Workers, RunPasses);
    }

    public override double[,] Evaluate(double[,] x)
    {
        var gradient = new double[Rows, Columns];
        _x = x;
        _gradient = gradient;
        try
        {
            _passes.Run(Passes);
            return gradient;
        }
        finally
        {
            // The plan keeps neither the caller's input nor the result alive.
            _x = Empty;
            _gradient = Empty;
        }
    }

    // Passes [first, end) with the workspace of one worker; each pass writes its own gradient entries.
    private void RunPasses(int worker, int first, int end)
    {
        MatrixWorkspace<TChunk> workspace = _workspaces[worker];
        Span<double> flat = CommunityToolkit.HighPerformance.ArrayExtensions.AsSpan(_gradient);
        using PrimalMemo.Installation memo = PrimalMemo.Install(Passes > 1 ? workspace.Memo : null);
        for (int pass = first; pass < end; pass++)
        {
            int start = pass * Chunk;
            TChunk partials = MatrixToScalarCall<TChunk>.Call(_entry, _target, workspace.TargetTangent, workspace.Begin(_x, start, Chunk), workspace.Direction);
            ChunkSeeding.ExtractGradient(partials, start, flat, Chunk);
        }
    }
}
