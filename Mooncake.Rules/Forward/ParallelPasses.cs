using System.Runtime.ExceptionServices;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// Runs the chunk passes of one gradient or Jacobian on several threads: worker 0 on the
/// calling thread, the others on the thread pool. Workers claim blocks of consecutive passes
/// from a shared counter until none are left, so a worker that starts late (a pool thread
/// waking up, a core busy with other work) takes fewer; each uses its own workspace (the body is
/// handed its index) and each pass writes its own outputs, so the results are those of the
/// sequential run bit for bit. The work items and the completion event are allocated once, so a
/// run allocates nothing. One run at a time.
/// </summary>
/// <remarks>
/// Waking a parked pool thread can take longer than a whole gradient on a virtual machine whose
/// idle processors are halted. So a worker that ran a pass lingers for a moment, spinning, and
/// the next run hands it the work directly: repeated evaluations of one plan (an optimiser's
/// loop) keep their workers awake. After the linger the thread returns to the pool.
/// </remarks>
internal sealed class ParallelPasses
{
    private readonly Worker[] _workers;
    private readonly ManualResetEventSlim _done = new(false);
    private readonly Action<int, int, int> _body;
    private const int Idle = 0, Running = 1, Lingering = 2, Queued = 3;

    private readonly long _lingerTicks;
    private int _pending;
    private int _next;
    private int _passes;
    private int _block;
    private ExceptionDispatchInfo? _failure;

    /// <param name="workers">The most threads a run uses (including the caller's).</param>
    /// <param name="body">Runs passes [start, end) with workspace <c>worker</c>: <c>body(worker, start, end)</c>.</param>
    /// <param name="linger">How long a worker waits, spinning, for the next run (zero for a one-off run).</param>
    public ParallelPasses(int workers, Action<int, int, int> body, TimeSpan linger)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        _body = body;
        _lingerTicks = (long)(linger.TotalSeconds * System.Diagnostics.Stopwatch.Frequency);
        _workers = [.. Enumerable.Range(0, workers).Select(i => new Worker(this, i))];
    }

    /// <summary>The most threads a run uses.</summary>
    public int Workers => _workers.Length;

    /// <summary>The default worker count: one per processor the process may use.</summary>
    public static int DefaultWorkers => Environment.ProcessorCount;

    /// <summary>Runs <paramref name="passes"/> passes and returns when all are done; rethrows the first failure.</summary>
    public void Run(int passes)
    {
        int workers = Math.Min(_workers.Length, passes);
        _failure = null;
        _passes = passes;
        _next = 0;

        // Blocks of about a 32nd of a worker's share: small enough to even out a late start and to
        // leave little to wait for at the end (the last block a worker claims), large enough that
        // claiming (one interlocked add) costs nothing next to the passes.
        _block = Math.Max(1, passes / (32 * workers));
        if (workers > 1)
        {
            _pending = workers - 1;
            _done.Reset();
            for (int w = 1; w < workers; w++)
            {
                _workers[w].Start();
            }
        }

        RunBlocks(0);
        if (workers > 1)
        {
            // A worker still waiting for a pool thread has no pass left to run: take its start
            // back rather than wait for it to wake (on this virtual machine a parked thread can
            // take longer to wake than the whole gradient), and wait only for the running ones.
            for (int w = 1; w < workers; w++)
            {
                if (_workers[w].Withdraw() && Interlocked.Decrement(ref _pending) == 0)
                {
                    _done.Set();
                }
            }

            _done.Wait();
        }

        _failure?.Throw();
    }

    // The caller has run out of blocks; the others are finishing their last ones, which takes
    // about a pass. Spinning for them (up to the linger) keeps this thread's processor awake:
    // blocking on the event, the wake-up cost tens of microseconds on this virtual machine, more
    // than the passes' imbalance (Rosenbrock's 128 passes on 2 cores: 1.57x with a blocking
    // wait, since the caller blocked for every run).
    private void AwaitWorkers()
    {
        long end = System.Diagnostics.Stopwatch.GetTimestamp() + _lingerTicks;
        var spin = default(SpinWait);
        while (Volatile.Read(ref _pending) != 0)
        {
            if (System.Diagnostics.Stopwatch.GetTimestamp() >= end)
            {
                _done.Wait();
                return;
            }

            spin.SpinOnce(sleep1Threshold: -1);
        }
    }

    // Claims and runs blocks of passes until none are left, or until a worker has failed.
    private void RunBlocks(int worker)
    {
        try
        {
            while (_failure is null)
            {
                int start = Interlocked.Add(ref _next, _block) - _block;
                if (start >= _passes)
                {
                    return;
                }

                _body(worker, start, Math.Min(start + _block, _passes));
            }
        }
        catch (Exception e)
        {
            Record(e);
        }
    }

    private void Record(Exception e) => Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);

    private sealed class Worker(ParallelPasses owner, int index) : IThreadPoolWorkItem
    {
        private int _state;

        // Hands the run to the worker: directly if it is lingering, otherwise through the pool.
        // Each change is one compare-and-swap from the state it saw: a start that failed to hand
        // the run to a lingering worker and then wrote Queued unconditionally could overwrite the
        // Lingering of a withdrawn start's pool thread waking meanwhile, which then took the run as
        // handed over while the new pool thread ran it too: two threads on one workspace, the
        // count of pending workers decremented twice (seen once in ParallelPassesSchedulingTests).
        public void Start()
        {
            while (true)
            {
                int state = Volatile.Read(ref _state);
                if (state == Lingering)
                {
                    if (Interlocked.CompareExchange(ref _state, Running, Lingering) == Lingering)
                    {
                        return;
                    }
                }
                else if (Interlocked.CompareExchange(ref _state, Queued, state) == state)
                {
                    ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
                    return;
                }
            }
        }

        // Takes back a start whose pool thread has not begun (true): the thread, when it runs,
        // finds the worker idle and returns at once.
        public bool Withdraw() => Interlocked.CompareExchange(ref _state, Idle, Queued) == Queued;

        public void Execute()
        {
            int state = Interlocked.CompareExchange(ref _state, Running, Queued);
            if (state != Queued)
            {
                // The start was withdrawn: no run for this thread, but it is awake now, so it
                // lingers for the next run, which then needs no pool thread to wake. (Any other
                // state: another thread holds the worker.)
                if (state != Idle || Interlocked.CompareExchange(ref _state, Lingering, Idle) != Idle || !AwaitNextRun())
                {
                    return;
                }
            }

            do
            {
                owner.RunBlocks(index);

                // Lingering before the run counts as done, so that the next run finds it so.
                Volatile.Write(ref _state, Lingering);
                if (Interlocked.Decrement(ref owner._pending) == 0)
                {
                    owner._done.Set();
                }
            }
            while (AwaitNextRun());
        }

        // Spins until the next run is handed over (true) or the linger is over (false: back to the pool).
        private bool AwaitNextRun()
        {
            long end = System.Diagnostics.Stopwatch.GetTimestamp() + owner._lingerTicks;
            var spin = default(SpinWait);
            while (System.Diagnostics.Stopwatch.GetTimestamp() < end)
            {
                if (Volatile.Read(ref _state) == Running)
                {
                    return true;
                }

                spin.SpinOnce(sleep1Threshold: -1);
            }

            return Interlocked.CompareExchange(ref _state, Idle, Lingering) != Lingering;
        }
    }
}
