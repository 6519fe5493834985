using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// The gradient of a <c>Func&lt;double[], double&gt;</c> for inputs of one length, prepared once
/// (rule built, workspaces and closure tangent allocated) and evaluated without allocating. An
/// instance may be used by one thread at a time; prepare one per thread to evaluate in parallel.
/// A plan prepared with <c>parallel: true</c> runs its chunk passes on up to
/// <see cref="Workers"/> threads itself, each with its own workspace; its results are those of
/// the sequential plan bit for bit.
/// </summary>
[TakesDerivatives]
public abstract class GradientPlan
{
    private readonly PlanKey _key;

    private protected GradientPlan(Func<double[], double> function, int length, int chunk, bool parallel, int workers)
    {
        _key = new PlanKey(function, length, 0, chunk, parallel);
        Length = length;
        Chunk = chunk;
        Workers = workers;
    }

    /// <summary>The length of the inputs.</summary>
    public int Length { get; }

    /// <summary>The directions each pass carries.</summary>
    public int Chunk { get; }

    /// <summary>The number of passes per gradient.</summary>
    public int Passes => ChunkSeeding.PassCount(Length, Chunk);

    /// <summary>The most threads an evaluation uses: 1 for a sequential plan; for a parallel one, the processors available, at most one per pass.</summary>
    public int Workers { get; }

    /// <summary>Returns <c>f(x)</c> and writes its gradient into <paramref name="gradient"/>.</summary>
    /// <exception cref="ArgumentNullException">An array is null.</exception>
    /// <exception cref="ArgumentException">An array's length is not <see cref="Length"/>.</exception>
    public double ValueAndGradient(double[] x, double[] gradient)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(gradient);
        RequireLength(x.Length, nameof(x));
        RequireLength(gradient.Length, nameof(gradient));
        return Evaluate(x, gradient);
    }

    private protected abstract double Evaluate(double[] x, double[] gradient);

    /// <summary>Whether this plan is the one <c>PrepareGradient(f, length, chunk, parallel)</c> would build (same method and closure).</summary>
    internal bool Serves(Func<double[], double> f, int length, int chunk, bool parallel) => _key.Matches(f, length, 0, chunk, parallel);

    private void RequireLength(int actual, string name)
    {
        if (actual != Length)
        {
            throw new ArgumentException($"The plan was prepared for {Length} inputs, but {name} has {actual} elements.", name);
        }
    }
}

/// <summary>A <see cref="GradientPlan"/> at the width of <typeparamref name="TChunk"/>.</summary>
internal sealed class GradientPlan<TChunk> : GradientPlan
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly ArrayToScalar<TChunk> _entry;
    private readonly object? _target;
    private readonly PassWorkspace<TChunk>[] _workspaces;
    private readonly PlanPasses _passes;

    // The arguments of the evaluation under way, read by every worker.
    private double[] _x = [];
    private double[] _gradient = [];
    private double _value;

    public GradientPlan(Func<double[], double> f, int length, int chunk, bool parallel)
        : base(f, length, chunk, parallel, PlanPasses.WorkersFor(ChunkSeeding.PassCount(length, chunk), parallel))
    {
        _entry = EntryPoints.For<ArrayToScalar<TChunk>>(f.Method, memo: Passes > 1);
        _target = f.Target;
        _workspaces = PassWorkspace<TChunk>.ForWorkers(Workers, f, length);
        _passes = new PlanPasses(Workers, RunPasses);
    }

    private protected override double Evaluate(double[] x, double[] gradient)
    {
        _x = x;
        _gradient = gradient;
        try
        {
            _passes.Run(Passes);
            return _value;
        }
        finally
        {
            // The plan does not keep the caller's arrays alive.
            _x = [];
            _gradient = [];
        }
    }

    // Passes [first, end) with the workspace of one worker; each pass writes its own gradient entries.
    private void RunPasses(int worker, int first, int end)
    {
        PassWorkspace<TChunk> workspace = _workspaces[worker];
        using PrimalMemo.Installation memo = PrimalMemo.Install(Passes > 1 ? workspace.Memo : null);
        for (int pass = first; pass < end; pass++)
        {
            int start = pass * Chunk;
            double value;
            TChunk partials;
            try
            {
                value = ArrayToScalarCall<TChunk>.Call(_entry, _target, workspace.TargetTangent, workspace.Begin(_x, start, Chunk), workspace.Direction, out partials);
            }
            finally
            {
                workspace.End(start, Chunk);
            }

            ChunkSeeding.ExtractGradient(partials, start, _gradient, Chunk);
            if (pass == 0)
            {
                _value = value;
            }
        }
    }
}
