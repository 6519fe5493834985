using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// The chunk passes of a prepared plan, run on the calling thread alone or, for a parallel plan
/// with more than one worker, by a <see cref="ParallelPasses"/> whose workers linger between
/// evaluations. Either way the body is handed a worker index and a range of passes, so a plan
/// writes one method for both.
/// </summary>
internal sealed class PlanPasses
{
    // A plan is evaluated again and again (an optimiser's loop, a high-level call reusing the
    // thread's last plan): its workers stay awake this long between evaluations, so the next one
    // does not wait for a parked thread to wake.
    private static readonly TimeSpan WorkerLinger = TimeSpan.FromMilliseconds(1);

    private readonly Action<int, int, int> _body;
    private readonly ParallelPasses? _parallel;

    /// <param name="workers">The most threads a run uses (see <see cref="WorkersFor"/>).</param>
    /// <param name="body">Runs passes [start, end) with workspace <c>worker</c>: <c>body(worker, start, end)</c>.</param>
    public PlanPasses(int workers, Action<int, int, int> body)
    {
        _body = body;
        _parallel = workers > 1 ? new ParallelPasses(workers, body, WorkerLinger) : null;
    }

    /// <summary>The workers a plan running <paramref name="passes"/> passes uses: 1 unless <paramref name="parallel"/>, otherwise one per processor, at most one per pass (and at least one).</summary>
    public static int WorkersFor(int passes, bool parallel) => parallel ? Math.Max(1, Math.Min(ParallelPasses.DefaultWorkers, passes)) : 1;

    /// <summary>Runs <paramref name="passes"/> passes and returns when all are done; a pass's exception reaches the caller.</summary>
    public void Run(int passes)
    {
        if (_parallel is null)
        {
            _body(0, 0, passes);
        }
        else
        {
            _parallel.Run(passes);
        }
    }
}
