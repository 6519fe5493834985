using System.Runtime.ExceptionServices;

namespace Mooncake.Rules;

/// <summary>
/// Runs the chunk passes of one gradient or Jacobian on several threads: worker 0 on the
/// calling thread, the others on the thread pool. Passes are split into contiguous ranges, one
/// per worker, and each worker uses its own workspace (the body is handed its index), so the
/// results are those of the sequential run bit for bit. The work items, the range table and
/// the completion event are allocated once, so a run allocates nothing. One run at a time.
/// </summary>
internal sealed class ParallelPasses
{
    private readonly Worker[] _workers;
    private readonly ManualResetEventSlim _done = new(false);
    private readonly Action<int, int, int> _body;
    private int _pending;
    private ExceptionDispatchInfo? _failure;

    /// <param name="workers">The most threads a run uses (including the caller's).</param>
    /// <param name="body">Runs passes [start, end) with workspace <c>worker</c>: <c>body(worker, start, end)</c>.</param>
    public ParallelPasses(int workers, Action<int, int, int> body)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        _body = body;
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
        if (workers > 1)
        {
            _pending = workers - 1;
            _done.Reset();
            for (int w = 1; w < workers; w++)
            {
                _workers[w].Assign(Start(w, passes, workers), Start(w + 1, passes, workers));
                ThreadPool.UnsafeQueueUserWorkItem(_workers[w], preferLocal: false);
            }
        }

        try
        {
            _body(0, 0, Start(1, passes, workers));
        }
        catch (Exception e)
        {
            Record(e);
        }

        if (workers > 1)
        {
            _done.Wait();
        }

        _failure?.Throw();
    }

    private static int Start(int worker, int passes, int workers) => (int)((long)worker * passes / workers);

    private void Record(Exception e) => Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);

    private sealed class Worker(ParallelPasses owner, int index) : IThreadPoolWorkItem
    {
        private int _start;
        private int _end;

        public void Assign(int start, int end)
        {
            _start = start;
            _end = end;
        }

        public void Execute()
        {
            try
            {
                owner._body(index, _start, _end);
            }
            catch (Exception e)
            {
                owner.Record(e);
            }
            finally
            {
                if (Interlocked.Decrement(ref owner._pending) == 0)
                {
                    owner._done.Set();
                }
            }
        }
    }
}
