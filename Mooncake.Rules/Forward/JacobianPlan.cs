using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// The Jacobian of a <c>Func&lt;double[], double[]&gt;</c> for inputs of one length, prepared once
/// (rule built, workspaces, closure tangents and parallel workers allocated), so that an
/// evaluation allocates only the Jacobian it returns and what the function's passes allocate
/// themselves (the array each returns and that array's tangent). One thread at a time:
/// <see cref="Forward.Jacobian(Func{double[], double[]}, double[], int, bool)"/> keeps one per
/// thread (<see cref="LastPlan{TPlan}"/>).
/// </summary>
[TakesDerivatives]
internal abstract class JacobianPlan
{
    private readonly PlanKey _key;

    private protected JacobianPlan(Func<double[], double[]> function, int length, int chunk, bool parallel)
    {
        _key = new PlanKey(function, length, 0, chunk, parallel);
        Function = function;
        Length = length;
        Chunk = chunk;
        Passes = ChunkSeeding.PassCount(length, chunk);

        // The workers share the passes after the first.
        Workers = PlanPasses.WorkersFor(Passes - 1, parallel);
    }

    /// <summary>The function the plan differentiates.</summary>
    protected Func<double[], double[]> Function { get; }

    /// <summary>The length of the inputs.</summary>
    public int Length { get; }

    /// <summary>The directions each pass carries.</summary>
    public int Chunk { get; }

    /// <summary>The number of passes per Jacobian.</summary>
    public int Passes { get; }

    /// <summary>The most threads an evaluation uses: 1 for a sequential plan; for a parallel one, the processors available, at most one per pass after the first.</summary>
    public int Workers { get; }

    /// <summary>
    /// Prepares the plan of <paramref name="f"/> for inputs of <paramref name="length"/> elements
    /// in passes of <paramref name="chunk"/> directions, run on several threads when
    /// <paramref name="parallel"/> is true (all but the first pass, which alone learns the
    /// output's length).
    /// </summary>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static JacobianPlan Prepare(Func<double[], double[]> f, int length, int chunk, bool parallel) =>
        ChunkWidth.Resolve(chunk).Accept(new Factory(f, length, chunk, parallel));

    /// <summary>Whether this plan is the one <see cref="Prepare"/> would build for these arguments (same method and closure).</summary>
    public bool Serves(Func<double[], double[]> f, int length, int chunk, bool parallel) => _key.Matches(f, length, 0, chunk, parallel);

    /// <summary>The Jacobian at <paramref name="x"/> (of <see cref="Length"/> elements): one row per element of the function's result, one column per input.</summary>
    /// <exception cref="ArgumentException">The function returns arrays of different lengths in different passes.</exception>
    /// <exception cref="InvalidOperationException">The function returns null.</exception>
    public abstract double[,] Evaluate(double[] x);

    private sealed class Factory(Func<double[], double[]> f, int length, int chunk, bool parallel) : IChunkVisitor<JacobianPlan>
    {
        public JacobianPlan Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
            => new JacobianPlan<TChunk>(f, length, chunk, parallel);
    }
}

/// <summary>A <see cref="JacobianPlan"/> at the width of <typeparamref name="TChunk"/>.</summary>
internal sealed class JacobianPlan<TChunk> : JacobianPlan
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly ArrayToArray<TChunk> _entry;
    private readonly object? _target;
    private readonly PassWorkspace<TChunk>[] _workspaces;
    private readonly PlanPasses _laterPasses;

    // The evaluation under way: its input, and the Jacobian its first pass allocated, read by every worker.
    private double[] _x = [];
    private double[,]? _jacobian;

    public JacobianPlan(Func<double[], double[]> f, int length, int chunk, bool parallel)
        : base(f, length, chunk, parallel)
    {
        _entry = EntryPoints.For<ArrayToArray<TChunk>>(f.Method, memo: Passes > 1);
        _target = f.Target;
        _workspaces = PassWorkspace<TChunk>.ForWorkers(Workers, f, length);
        _laterPasses = new PlanPasses(Workers, RunLaterPasses);
    }

    public override double[,] Evaluate(double[] x)
    {
        _x = x;
        try
        {
            using PrimalMemo.Installation memo = PrimalMemo.Install(Passes > 1 ? _workspaces[0].Memo : null);
            RunPass(_workspaces[0], 0);
            if (Passes > 1)
            {
                _laterPasses.Run(Passes - 1);
            }

            return _jacobian!;
        }
        finally
        {
            // The plan keeps neither the caller's input nor the result alive.
            _x = [];
            _jacobian = null;
        }
    }

    // Passes 1 + [first, end) with the workspace of one worker; each writes its own columns.
    private void RunLaterPasses(int worker, int first, int end)
    {
        PassWorkspace<TChunk> workspace = _workspaces[worker];
        using PrimalMemo.Installation memo = PrimalMemo.Install(workspace.Memo);
        for (int pass = first + 1; pass < end + 1; pass++)
        {
            RunPass(workspace, pass);
        }
    }

    // One pass; the first allocates the Jacobian once the output's length is known.
    private void RunPass(PassWorkspace<TChunk> workspace, int pass)
    {
        int start = pass * Chunk;
        try
        {
            double[] y = ArrayToArrayCall<TChunk>.Call(_entry, _target, workspace.TargetTangent, workspace.Begin(_x, start, Chunk), workspace.Direction, out ArrayTangent<TChunk, double> dy)
                ?? throw new InvalidOperationException($"The function {Function.Method.DeclaringType}.{Function.Method.Name} returned null: a Jacobian needs an array.");
            double[,] jacobian = _jacobian ??= new double[y.Length, Length];
            if (y.Length != jacobian.GetLength(0))
            {
                // Named after Forward.Jacobian's parameter, the function.
                throw new ArgumentException($"The function returned {jacobian.GetLength(0)} values in one pass and {y.Length} in another.", "f");
            }

            // Before the pass ends: the result's tangent may be the seed block itself (f returns x).
            dy.ExtractColumns(start, Math.Min(Chunk, Length - start), jacobian);
        }
        finally
        {
            workspace.End(start, Chunk);
        }
    }
}
