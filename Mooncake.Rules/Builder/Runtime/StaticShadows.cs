using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The tangents of static fields that receive values carrying derivatives
/// (<see cref="StaticShadowing"/>), kept beside the primal fields for one pass on one thread: a
/// store writes the primal field as the primal does and the tangent here; a read in the same pass
/// finds it; a pass starts with none, since what an earlier call left in a static field is a
/// constant to this one. The primal's static state is the primal's alone. Public (but hidden)
/// because the persisted-assembly debug path calls it like ordinary code.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StaticShadows
{
    private static readonly ConcurrentDictionary<FieldInfo, int> Ids = new();
    private static readonly List<FieldInfo> Fields = [];

    /// <summary>The tangent stored for field <paramref name="id"/> in this pass (default: zero, or null for a reference tangent).</summary>
    public static T? Read<T>(int id) => PassScope.CurrentShadows() is { } shadows ? shadows.Get<T>(id) : default;

    /// <summary>Stores the tangent of field <paramref name="id"/> for the rest of this pass.</summary>
    /// <exception cref="InvalidOperationException">No pass is open on this thread (a derived rule called outside the <c>Forward</c> API).</exception>
    public static void Write<T>(T tangent, int id)
    {
        ShadowStore shadows = PassScope.CurrentShadows(create: true)
            ?? throw new InvalidOperationException($"The derived rule writes a derivative into the static field {Field(id).DeclaringType?.Name}.{Field(id).Name} outside a pass: call it through the Forward API, which opens one.");
        shadows.Set(id, tangent);
    }

    /// <summary>The id emitted rules pass for <paramref name="field"/>.</summary>
    internal static int IdOf(FieldInfo field) => Ids.GetOrAdd(field, f =>
    {
        lock (Fields)
        {
            Fields.Add(f);
            return Fields.Count - 1;
        }
    });

    private static FieldInfo Field(int id)
    {
        lock (Fields)
        {
            return Fields[id];
        }
    }
}

/// <summary>The shadow tangents of one pass, by field id; locked while a parallel loop shares the pass.</summary>
internal sealed class ShadowStore
{
    private object?[] _slots = new object?[8];

    public bool IsEmpty { get; private set; } = true;

    public T? Get<T>(int id)
    {
        object? slot = id < _slots.Length ? _slots[id] : null;
        return slot is Box<T> box ? box.Value : default;
    }

    public void Set<T>(int id, T value)
    {
        if (id >= _slots.Length)
        {
            Array.Resize(ref _slots, Math.Max(id + 1, _slots.Length * 2));
        }

        if (_slots[id] is Box<T> box)
        {
            box.Value = value;
        }
        else
        {
            _slots[id] = new Box<T> { Value = value };
        }

        IsEmpty = false;
    }

    public void Clear()
    {
        Array.Clear(_slots);
        IsEmpty = true;
    }

    private sealed class Box<T>
    {
        public T? Value;
    }
}
