using System.ComponentModel;
using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// One pass of a derived rule on one thread: while a pass runs, the zero tangent a derived rule
/// materialises for an object that reached it without one (an array read from a static field, an
/// object returned by a call without active arguments) is the same object at every read, so an
/// active value written into that object is there when it is read back. Each pass starts with
/// none: static data is constant at the start of every pass.
/// </summary>
/// <remarks>
/// Without the scope each read materialised a fresh zero tangent, and
/// <c>Buffer[0] = x[0] * x[1]; return Buffer[0];</c> over a static <c>Buffer</c> lost its derivative.
/// The <c>Forward</c> entry points open a scope around each call of a derived rule; outside one
/// (a rule called directly), reads get fresh zeros as before. Public (but hidden) because the
/// persisted-assembly debug path calls it like ordinary code.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PassScope
{
    [ThreadStatic]
    private static int t_depth;

    // One memo per width: the zeros of a pass share their objects' tangents (TangentMemo), so a
    // static array and a static object holding it get one tangent for the array.
    [ThreadStatic]
    private static TangentMemo?[]? t_zeros;

    [ThreadStatic]
    private static bool t_used;

    // Set while the memos are shared with the workers of a parallel loop (Share/Join): every use
    // of them takes this lock, since TangentMemo is not safe for concurrent use.
    [ThreadStatic]
    private static object? t_gate;

    // The shadow tangents of static fields written in this pass (StaticShadows).
    [ThreadStatic]
    private static ShadowStore? t_shadows;

    /// <summary>Opens a scope (scopes nest; the outermost one owns the tangents).</summary>
    public static void Enter() => t_depth++;

    /// <summary>Closes a scope; closing the outermost forgets its tangents.</summary>
    public static void Exit()
    {
        if (--t_depth == 0)
        {
            if (t_used)
            {
                foreach (TangentMemo? memo in t_zeros!)
                {
                    memo?.Clear();
                }

                t_used = false;
            }

            if (t_shadows is { IsEmpty: false } shadows)
            {
                shadows.Clear();
            }
        }
    }

    /// <summary>The zero tangent of <paramref name="primal"/> at <c>ChunkWidth.All[width]</c>, the same object throughout the current pass.</summary>
    internal static object ZeroOf(object primal, int width)
    {
        if (t_depth == 0 || primal.GetType().IsValueType)
        {
            return Fresh(primal, width);
        }

        TangentMemo?[] memos = t_zeros ??= new TangentMemo?[ChunkWidth.All.Count];
        t_used = true;
        if (t_gate is { } gate)
        {
            lock (gate)
            {
                return TangentSpace.Of(primal.GetType(), ChunkWidth.All[width]).Zero(primal, memos[width] ??= new TangentMemo())!;
            }
        }

        return TangentSpace.Of(primal.GetType(), ChunkWidth.All[width]).Zero(primal, memos[width] ??= new TangentMemo())!;
    }

    /// <summary>This pass's shadow tangents of static fields; null outside a pass (or, without <paramref name="create"/>, before any was written).</summary>
    internal static ShadowStore? CurrentShadows(bool create = false) =>
        t_depth == 0 ? null : create ? t_shadows ??= new ShadowStore() : t_shadows;

    /// <summary>
    /// Makes this thread's pass shareable with the workers of a parallel loop that runs derived
    /// code (<c>Parallel.For</c>): the workers <see cref="Join"/> it, so an object materialised with
    /// a zero tangent on one thread has that tangent on every thread, as the primal object is one
    /// object for all of them. Dispose the result when the loop has finished.
    /// </summary>
    internal static Shared Share()
    {
        var shared = new Shared(t_depth > 0 ? (t_zeros ??= new TangentMemo?[ChunkWidth.All.Count]) : null, t_depth > 0 ? (t_shadows ??= new ShadowStore()) : null, t_gate ?? new object(), t_gate);
        t_gate = shared.Gate;
        return shared;
    }

    /// <summary>
    /// Joins <paramref name="shared"/> on this thread, a worker of the loop (or the calling thread
    /// itself, where nothing changes), until <see cref="Leave"/>: what it returns restores the
    /// worker's own state. A parallel loop joins once per task, in its local initialiser.
    /// </summary>
    internal static Worker Join(Shared shared)
    {
        if (shared.Memos is null || ReferenceEquals(t_zeros, shared.Memos))
        {
            return Worker.Unchanged;
        }

        var worker = new Worker(t_depth, t_zeros, t_used, t_gate, t_shadows);
        (t_depth, t_zeros, t_used, t_gate, t_shadows) = (t_depth + 1, shared.Memos, false, shared.Gate, shared.Shadows);
        return worker;
    }

    /// <summary>Ends a <see cref="Join"/> on the thread that joined.</summary>
    internal static void Leave(Worker worker)
    {
        if (!ReferenceEquals(worker, Worker.Unchanged))
        {
            (t_depth, t_zeros, t_used, t_gate, t_shadows) = (worker.Depth, worker.Zeros, worker.Used, worker.Gate, worker.Shadows);
        }
    }

    /// <summary>A worker's own pass state, kept while it works in a shared pass.</summary>
    internal sealed record Worker(int Depth, TangentMemo?[]? Zeros, bool Used, object? Gate, ShadowStore? Shadows)
    {
        /// <summary>For the calling thread, or where there was no pass to share: nothing to restore.</summary>
        public static Worker Unchanged { get; } = new(0, null, false, null, null);
    }

    /// <summary>A pass shared with a parallel loop's workers; disposing it ends the sharing.</summary>
    internal sealed class Shared(TangentMemo?[]? memos, ShadowStore? shadows, object gate, object? previousGate) : IDisposable
    {
        public TangentMemo?[]? Memos { get; } = memos;

        public ShadowStore? Shadows { get; } = shadows;

        public object Gate { get; } = gate;

        public void Dispose()
        {
            t_gate = previousGate;
            if (Memos is not null)
            {
                t_used = true;
            }
        }
    }

    private static object Fresh(object primal, int width) => TangentSpace.Of(primal.GetType(), ChunkWidth.All[width]).Zero(primal)!;
}
