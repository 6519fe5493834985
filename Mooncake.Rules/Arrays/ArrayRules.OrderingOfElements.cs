using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for sorting arrays of elements other than numbers in place (<see cref="Array.Sort{T}(T[])"/>
/// of structs with numbers inside, of classes: NetTopologySuite's coordinates and graph nodes,
/// <c>List&lt;T&gt;.Sort</c>): the BCL's body works on raw references, which the rule builder cannot
/// follow. The primal is sorted by the BCL itself, and the tangent array (an array of the elements'
/// tangents) follows the permutation the sort applied. Numbers have their own rules (<see cref="ArrayRules"/>).
/// </summary>
public static partial class ArrayRules
{
    /// <summary>The rule of <see cref="Array.Sort{T}(T[])"/> for elements with tangents.</summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), GenericParameterCount = 1)]
    public static void SortElements<T, TChunk>(Dual<T[], object> array)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(array.Primal, nameof(array));
        SortElements(array.Primal, 0, array.Primal.Length, null, array.Tangent);
    }

    /// <summary>The rule of <see cref="Array.Sort{T}(T[], IComparer{T})"/> for elements with tangents.</summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), typeof(IComparer<GenericParameter.T0>), GenericParameterCount = 1)]
    public static void SortElements<T, TChunk>(Dual<T[], object> array, Dual<IComparer<T>, object> comparer)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(array.Primal, nameof(array));
        SortElements(array.Primal, 0, array.Primal.Length, comparer.Primal, array.Tangent);
    }

    /// <summary>The rule of <see cref="Array.Sort{T}(T[], int, int, IComparer{T})"/> for elements with tangents (what <c>List&lt;T&gt;.Sort</c> calls).</summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), typeof(int), typeof(int), typeof(IComparer<GenericParameter.T0>), GenericParameterCount = 1)]
    public static void SortElements<T, TChunk>(Dual<T[], object> array, int index, int length, Dual<IComparer<T>, object> comparer)
        where TChunk : struct, IChunk<TChunk, double>
        => SortElements(array.Primal, index, length, comparer.Primal, array.Tangent);

    /// <summary>The rule of <see cref="Array.Sort{T}(T[], Comparison{T})"/> for elements with tangents.</summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), typeof(Comparison<GenericParameter.T0>), GenericParameterCount = 1)]
    public static void SortElements<T, TChunk>(Dual<T[], object> array, Dual<Comparison<T>, object> comparison)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(array.Primal, nameof(array));
        ArgumentNullException.ThrowIfNull(comparison.Primal, nameof(comparison));
        SortElements(array.Primal, 0, array.Primal.Length, Comparer<T>.Create(comparison.Primal), array.Tangent);
    }

    private static void SortElements<T>(T[] array, int index, int length, IComparer<T>? comparer, object? tangent)
    {
        if (tangent is null)
        {
            Array.Sort(array, index, length, comparer);
            return;
        }

        if (tangent is not Array tangents || tangents.Length != array.Length)
        {
            throw new NotSupportedException($"Array.Sort of {typeof(T).Name}[] takes a tangent array of one tangent per element, not a {tangent.GetType().Name}.");
        }

        T[] before = (T[])array.Clone();
        Array.Sort(array, index, length, comparer);
        int[] from = Positions(before, index, length, comparer);

        // The tangents follow by a sort of their own: element j of the range goes where the
        // primal's went (its rank), and sorting distinct ranks moves them there without boxing.
        var rank = new int[array.Length];
        for (int i = 0; i < length; i++)
        {
            rank[index + from[i]] = i;
        }

        TangentSorters.GetOrAdd(tangents.GetType().GetElementType()!, static element =>
            typeof(ArrayRules).GetMethod(nameof(SortByRank), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
                .MakeGenericMethod(element).CreateDelegate<Action<int[], Array, int, int>>())(rank, tangents, index, length);
    }

    // One typed sort per tangent element type (the untyped Array.Sort boxes every element).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Action<int[], Array, int, int>> TangentSorters = new();

    private static void SortByRank<TTangent>(int[] rank, Array tangents, int index, int length) =>
        Array.Sort(rank, (TTangent[])tangents, index, length);
}
