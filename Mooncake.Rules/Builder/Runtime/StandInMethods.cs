using System.ComponentModel;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Plain C# for BCL methods whose own IL reaches storage the rule builder cannot follow for
/// elements other than numbers (see <see cref="StandIns"/>): LINQ's <c>ToArray</c> and
/// <c>ToList</c> fill their results through <c>SegmentedArrayBuilder</c> (a ref struct of spans
/// and an inline buffer) and <c>CollectionsMarshal.AsSpan</c>; <c>TryGetSpan</c> views a list's or
/// an array's storage as a span; <c>Array.Resize</c> copies through a raw reference. Each returns what the BCL method returns, element for element, so
/// the rule builder differentiates it like user code: the elements' tangents travel with them.
/// Public (but hidden) for the persisted debug path.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class StandInMethods
{
    /// <summary><see cref="Enumerable.ToList{TSource}(IEnumerable{TSource})"/>: the elements in order, added one by one.</summary>
    public static List<T> ToList<T>(IEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var list = new List<T>();
        foreach (T item in source)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary><see cref="Enumerable.ToArray{TSource}(IEnumerable{TSource})"/>: the elements in order.</summary>
    public static T[] ToArray<T>(IEnumerable<T> source)
    {
        List<T> list = ToList(source);
        var array = new T[list.Count];
        for (int i = 0; i < array.Length; i++)
        {
            array[i] = list[i];
        }

        return array;
    }

    /// <summary><see cref="Array.Resize{T}(ref T[], int)"/>: a new array holding the first elements (the BCL copies them through a raw reference).</summary>
    public static void Resize<T>(ref T[]? array, int newSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(newSize);
        T[]? old = array;
        if (old is null)
        {
            array = new T[newSize];
            return;
        }

        if (old.Length != newSize)
        {
            var resized = new T[newSize];
            int count = Math.Min(newSize, old.Length);
            for (int i = 0; i < count; i++)
            {
                resized[i] = old[i];
            }

            array = resized;
        }
    }

    /// <summary><see cref="Array.Reverse{T}(T[], int, int)"/>: the range's elements swapped end for end (the BCL swaps through raw references).</summary>
    public static void Reverse<T>(T[] array, int index, int length)
    {
        ArgumentNullException.ThrowIfNull(array);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (array.Length - index < length)
        {
            throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        for (int i = index, j = index + length - 1; i < j; i++, j--)
        {
            (array[i], array[j]) = (array[j], array[i]);
        }
    }

    /// <summary><see cref="Array.Reverse{T}(T[])"/>.</summary>
    public static void Reverse<T>(T[] array)
    {
        ArgumentNullException.ThrowIfNull(array);
        Reverse(array, 0, array.Length);
    }

    /// <summary><see cref="Volatile.Write{T}(ref T, T)"/>: the store, after a full fence (at least the release the BCL's gives).</summary>
    public static void VolatileWrite<T>(ref T location, T value)
        where T : class?
    {
        Interlocked.MemoryBarrier();
        location = value;
    }

    /// <summary><see cref="Volatile.Read{T}(ref readonly T)"/>: the load, then a full fence (at least the acquire the BCL's gives).</summary>
    public static T VolatileRead<T>(ref readonly T location)
        where T : class?
    {
        T value = location;
        Interlocked.MemoryBarrier();
        return value;
    }

    /// <summary>
    /// <see cref="Interlocked.CompareExchange{T}(ref T, T, T)"/> on references (lazy publication:
    /// <c>Lazy&lt;T&gt;</c>, caches): the comparison and the store under one lock, which makes the
    /// exchange atomic among derived code; primal code exchanging the same location on another
    /// thread at the same moment is not excluded.
    /// </summary>
    public static T CompareExchange<T>(ref T location, T value, T comparand)
        where T : class?
    {
        lock (ExchangeLock)
        {
            T original = location;
            if (ReferenceEquals(original, comparand))
            {
                location = value;
            }

            return original;
        }
    }

    /// <summary><see cref="Interlocked.Exchange{T}(ref T, T)"/> on references, under the lock of <see cref="CompareExchange{T}"/>.</summary>
    public static T Exchange<T>(ref T location, T value)
        where T : class?
    {
        lock (ExchangeLock)
        {
            T original = location;
            location = value;
            return original;
        }
    }

    private static readonly object ExchangeLock = new();

    /// <summary>
    /// LINQ's internal <c>TryGetSpan</c>, which lets an operator read an array's or a list's
    /// storage directly: never a span here, so the operator takes its enumerator path, which
    /// visits the same elements in the same order.
    /// </summary>
    public static bool TryGetSpan<T>(IEnumerable<T> source, out ReadOnlySpan<T> span)
    {
        ArgumentNullException.ThrowIfNull(source);
        span = default;
        return false;
    }
}
