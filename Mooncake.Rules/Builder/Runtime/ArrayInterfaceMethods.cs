using System.Collections;
using System.ComponentModel;

namespace Mooncake.Rules.Builder;

/// <summary>
/// What the generic collection interfaces do on an array (see <see cref="ArrayInterfaces"/>),
/// written as plain C# over the array so that the rule builder differentiates them like user
/// code: element reads and writes carry their chunks, and the enumerator holds the array (and,
/// in a derived rule, its tangent). Public (but hidden) for the persisted debug path.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ArrayInterfaceMethods
{
    private const string FixedSize = "Collection was of a fixed size.";

    /// <summary><c>IEnumerable&lt;T&gt;.GetEnumerator</c>.</summary>
    public static IEnumerator<T> GetEnumerator<T>(T[] array) => new ArrayEnumerator<T>(array);

    /// <summary><c>IList&lt;T&gt;</c> and <c>IReadOnlyList&lt;T&gt;</c> indexer.</summary>
    public static T get_Item<T>(T[] array, int index) => array[index];

    /// <summary><c>IList&lt;T&gt;</c> indexer.</summary>
    public static void set_Item<T>(T[] array, int index, T value) => array[index] = value;

    /// <summary><c>ICollection&lt;T&gt;.Count</c> and <c>IReadOnlyCollection&lt;T&gt;.Count</c>.</summary>
    public static int get_Count<T>(T[] array) => array.Length;

    /// <summary><c>ICollection&lt;T&gt;.IsReadOnly</c>: arrays are writable.</summary>
    public static bool get_IsReadOnly<T>(T[] array) => false;

    /// <summary><c>ICollection&lt;T&gt;.Contains</c>.</summary>
    public static bool Contains<T>(T[] array, T item) => Array.IndexOf(array, item) >= 0;

    /// <summary><c>IList&lt;T&gt;.IndexOf</c>.</summary>
    public static int IndexOf<T>(T[] array, T item) => Array.IndexOf(array, item);

    /// <summary><c>ICollection&lt;T&gt;.CopyTo</c>.</summary>
    public static void CopyTo<T>(T[] array, T[] destination, int index) => Array.Copy(array, 0, destination, index, array.Length);

    /// <summary><c>ICollection&lt;T&gt;.Add</c>: an array has a fixed size.</summary>
    public static void Add<T>(T[] array, T item) => throw new NotSupportedException(FixedSize);

    /// <summary><c>ICollection&lt;T&gt;.Clear</c>: an array has a fixed size.</summary>
    public static void Clear<T>(T[] array) => throw new NotSupportedException(FixedSize);

    /// <summary><c>ICollection&lt;T&gt;.Remove</c>: an array has a fixed size.</summary>
    public static bool Remove<T>(T[] array, T item) => throw new NotSupportedException(FixedSize);

    /// <summary><c>IList&lt;T&gt;.Insert</c>: an array has a fixed size.</summary>
    public static void Insert<T>(T[] array, int index, T item) => throw new NotSupportedException(FixedSize);

    /// <summary><c>IList&lt;T&gt;.RemoveAt</c>: an array has a fixed size.</summary>
    public static void RemoveAt<T>(T[] array, int index) => throw new NotSupportedException(FixedSize);
}

/// <summary>The enumerator of <see cref="ArrayInterfaceMethods.GetEnumerator{T}"/>: the elements in order.</summary>
/// <typeparam name="T">The element type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArrayEnumerator<T>(T[] array) : IEnumerator<T>
{
    private readonly T[] _array = array;
    private int _index = -1;

    /// <inheritdoc/>
    public T Current => _array[_index];

    object? IEnumerator.Current => Current;

    /// <inheritdoc/>
    public bool MoveNext() => ++_index < _array.Length;

    /// <inheritdoc/>
    public void Reset() => _index = -1;

    /// <inheritdoc/>
    public void Dispose()
    {
        // Nothing to release: the enumerator only reads the array.
    }
}
