using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The values and local derivatives of a pass's expensive scalar functions (sine, exponential,
/// logarithm...), in the order the pass computed them, kept for the next pass over the same input.
/// </summary>
/// <remarks>
/// <para>
/// A gradient of n inputs at width w runs n / w passes that repeat the same primal computation
/// with other seeds, so every pass recomputes the same <c>Math.Cos(2πx[i])</c>: for Ackley at
/// width 8 that call was most of the derived rule's time. With a memo installed (the entry points
/// that run several passes install one per worker), the k-th memoised call of a pass looks at the
/// k-th entry: if it holds the same function at the same argument (bit for bit), it returns the
/// stored value and derivative; otherwise it computes them and overwrites the entry.
/// </para>
/// <para>
/// An entry is reused only for the same function of the same argument bits, so a pass that takes
/// another path, or a function whose arguments change between passes, still gets exactly what the
/// rule computes: only the time differs. Results are bit-identical with and without the memo.
/// The memo grows up to <see cref="MaxEntries"/> entries; calls beyond that are computed every pass.
/// </para>
/// Public (but hidden) because the persisted-assembly debug path calls it like ordinary code.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class PrimalMemo
{
    /// <summary>The most entries a memo holds (32 bytes each).</summary>
    public const int MaxEntries = 1 << 19;

    [ThreadStatic]
    private static PrimalMemo? t_current;

    [ThreadStatic]
    private static bool t_suppressed;

    private Entry[] _entries = new Entry[64];
    private int _next;

    // How many memos are installed on all threads. A derived rule reads it before the thread-static
    // slot, so that where no multi-pass evaluation runs (a DerivativePlan's points, a pushforward)
    // its entry costs one plain static read. A thread that installed a memo has raised it itself,
    // so it always sees its own memo.
    private static int s_installed;

    /// <summary>The memo installed on this thread (null outside multi-pass evaluations).</summary>
    public static PrimalMemo? Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => s_installed == 0 ? null : t_current;
    }

    /// <summary>
    /// Installs <paramref name="memo"/> on this thread until the returned installation is disposed
    /// (which puts back the memo it replaced). Install null where a single pass runs, so that it
    /// neither pays for recording nor moves an enclosing evaluation's memo.
    /// </summary>
    internal static Installation Install(PrimalMemo? memo)
    {
        memo = t_suppressed ? null : memo;
        var installation = new Installation(t_current, memo is not null);
        if (memo is not null)
        {
            Interlocked.Increment(ref s_installed);
        }

        t_current = memo;
        return installation;
    }

    /// <summary>Whether evaluations that start on this thread run without a memo (for tests and measurements that compare both).</summary>
    internal static bool SuppressedOnThisThread
    {
        get => t_suppressed;
        set => t_suppressed = value;
    }

    /// <summary>Starts a pass: its first memoised call looks at the first entry.</summary>
    internal void Rewind() => _next = 0;

    /// <summary>How many memoised calls the current pass has made.</summary>
    internal int Position => _next;

    /// <summary>The value and local derivative of <typeparamref name="TFunction"/> at <paramref name="x"/>, from the entry of this call if it matches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal (double Value, double Derivative) Recall<TFunction>(double x)
        where TFunction : struct, IMemoisedFunction
    {
        int index = _next++;
        Entry[] entries = _entries;
        if ((uint)index < (uint)entries.Length)
        {
            ref Entry entry = ref entries[index];
            long bits = BitConverter.DoubleToInt64Bits(x);
            if (entry.Bits == bits && entry.Function == TFunction.Id)
            {
                return (entry.Value, entry.Derivative);
            }

            (double value, double derivative) = MemoisedRules.Local<TFunction>(x);
            entry = new Entry(bits, TFunction.Id, value, derivative);
            return (value, derivative);
        }

        return RecallBeyond<TFunction>(index, x);
    }

    // Past the end: grow (doubling, up to MaxEntries) and record, or just compute.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private (double Value, double Derivative) RecallBeyond<TFunction>(int index, double x)
        where TFunction : struct, IMemoisedFunction
    {
        (double value, double derivative) = MemoisedRules.Local<TFunction>(x);

        // Unsigned: a pass of more than 2^31 memoised calls wraps the counter negative.
        if ((uint)index < MaxEntries)
        {
            Array.Resize(ref _entries, Math.Min(MaxEntries, Math.Max(2 * _entries.Length, index + 1)));
            _entries[index] = new Entry(BitConverter.DoubleToInt64Bits(x), TFunction.Id, value, derivative);
        }

        return (value, derivative);
    }

    /// <summary>An installed memo; disposing it restores the one it replaced.</summary>
    internal readonly struct Installation(PrimalMemo? previous, bool counted) : IDisposable
    {
        public void Dispose()
        {
            t_current = previous;
            if (counted)
            {
                Interlocked.Decrement(ref s_installed);
            }
        }
    }

    private readonly record struct Entry(long Bits, int Function, double Value, double Derivative);
}
