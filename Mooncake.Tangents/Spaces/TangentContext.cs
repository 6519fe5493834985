namespace Mooncake.Tangents;

/// <summary>
/// The memory of one tangent-interface call over an object graph: which objects (primal or
/// tangent, by reference) have been visited and what they mapped to. It makes the result mirror
/// the aliasing of the input (an object reached twice maps to one result) and makes cycles
/// terminate.
/// </summary>
internal sealed class TangentContext
{
    private Dictionary<object, object?>? _memo;

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
}
