namespace Mooncake.Tangents;

/// <summary>
/// The state of one tangent-interface call over an object graph.
/// </summary>
/// <remarks>
/// <para>The memo maps each object visited (primal or tangent, by reference) to its result, so
/// the result mirrors the input's aliasing (an object reached twice maps to one result) and
/// cycles terminate.</para>
/// <para>The work stack keeps the walk iterative: a class or array result is created and
/// memoised at once, but its fields or elements are filled later by <see cref="Drain"/>. Linked
/// structures therefore cost heap, not stack: a list of a million nodes would otherwise overflow
/// the thread's stack, which ends the process. Only struct nesting recurses, and that depth is
/// bounded by the type definitions.</para>
/// </remarks>
internal sealed class TangentContext
{
    private Dictionary<object, object?>? _memo;
    private Stack<Action>? _pending;

    /// <summary>The sum of the dot-product contributions of deferred work.</summary>
    public double DeferredDot { get; set; }

    /// <summary>Looks up what <paramref name="key"/> mapped to earlier in this call.</summary>
    public bool TryGet(object key, out object? value)
    {
        value = null;
        return _memo is not null && _memo.TryGetValue(key, out value);
    }

    /// <summary>Records that <paramref name="key"/> maps to <paramref name="value"/>.</summary>
    public void Set(object key, object? value) => (_memo ??= new(ReferenceEqualityComparer.Instance))[key] = value;

    /// <summary>Marks <paramref name="key"/> visited; false if it already was.</summary>
    public bool Visit(object key)
    {
        _memo ??= new(ReferenceEqualityComparer.Instance);
        return _memo.TryAdd(key, key);
    }

    /// <summary>Schedules <paramref name="work"/> to run before the call returns.</summary>
    public void Defer(Action work) => (_pending ??= new()).Push(work);

    /// <summary>Runs the scheduled work, including work it schedules, until none is left.</summary>
    public void Drain()
    {
        while (_pending is { Count: > 0 })
        {
            _pending.Pop()();
        }
    }
}
