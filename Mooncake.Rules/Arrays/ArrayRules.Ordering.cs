using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for reordering <c>double[]</c> and <c>float[]</c> in place: <see cref="Array.Reverse{T}(T[])"/>
/// and <see cref="Array.Sort{T}(T[])"/>. Each element's lanes move with it. (The BCL's bodies
/// work on raw references and vectors, which the rule builder cannot follow.)
/// </summary>
public static partial class ArrayRules
{
    /// <summary>The rule of <see cref="Array.Reverse{T}(T[])"/> on <c>double[]</c>.</summary>
    [FRule(typeof(Array), nameof(Array.Reverse), typeof(GenericParameter.T0[]), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Reverse<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> array)
        where TChunk : struct, IChunk<TChunk, double>
        => Reverse<TChunk, double>(array.Primal, array.Tangent);

    /// <summary>The rule of <see cref="Array.Reverse{T}(T[])"/> on <c>float[]</c>.</summary>
    [FRule(typeof(Array), nameof(Array.Reverse), typeof(GenericParameter.T0[]), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void ReverseOfFloat<TChunk>(Dual<float[], ArrayTangent<TChunk, float>> array)
        where TChunk : struct, IChunk<TChunk, float>
        => Reverse<TChunk, float>(array.Primal, array.Tangent);

    /// <summary>The rule of <see cref="Array.Sort{T}(T[])"/> on <c>double[]</c>: the lanes follow the sorting permutation.</summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Sort<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> array)
        where TChunk : struct, IChunk<TChunk, double>
        => Sort<TChunk, double>(array.Primal, array.Tangent);

    /// <summary>The rule of <see cref="Array.Sort{T}(T[])"/> on <c>float[]</c>.</summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void SortOfFloat<TChunk>(Dual<float[], ArrayTangent<TChunk, float>> array)
        where TChunk : struct, IChunk<TChunk, float>
        => Sort<TChunk, float>(array.Primal, array.Tangent);

    /// <summary>
    /// The rule of <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[])"/> on <c>double[]</c> keys
    /// and items (MathNet's interpolation sorts its samples so): the lanes of both follow the
    /// permutation the keys are sorted by.
    /// </summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), typeof(GenericParameter.T1[]), GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static void SortKeysAndItems<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> keys, Dual<double[], ArrayTangent<TChunk, double>> items)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(keys.Primal, nameof(keys));
        SortKeysAndItems(keys, items, 0, keys.Primal.Length, null);
    }

    /// <summary>The rule of <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int)"/> on <c>double[]</c> keys and items.</summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), typeof(GenericParameter.T1[]), typeof(int), typeof(int), GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static void SortKeysAndItems<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> keys, Dual<double[], ArrayTangent<TChunk, double>> items, int index, int length)
        where TChunk : struct, IChunk<TChunk, double>
        => SortKeysAndItems(keys, items, index, length, null);

    /// <summary>The rule of <see cref="Array.Sort{TKey, TValue}(TKey[], TValue[], int, int, IComparer{TKey})"/> on <c>double[]</c> keys and items.</summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), typeof(GenericParameter.T1[]), typeof(int), typeof(int), typeof(IComparer<GenericParameter.T0>),
        GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static void SortKeysAndItems<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> keys, Dual<double[], ArrayTangent<TChunk, double>> items, int index, int length, Dual<IComparer<double>, object> comparer)
        where TChunk : struct, IChunk<TChunk, double>
        => SortKeysAndItems(keys, items, index, length, comparer.Primal);

    /// <summary>The rule of <see cref="Array.Sort{T}(T[], int, int, IComparer{T})"/> on <c>double[]</c>.</summary>
    [FRule(typeof(Array), nameof(Array.Sort), typeof(GenericParameter.T0[]), typeof(int), typeof(int), typeof(IComparer<GenericParameter.T0>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void SortRange<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> keys, int index, int length, Dual<IComparer<double>, object> comparer)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[] before = (double[])keys.Primal.Clone();
        Array.Sort(keys.Primal, index, length, comparer.Primal);
        Permute(Positions(before, index, length, comparer.Primal), keys.Tangent, index);
    }

    private static void SortKeysAndItems<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> keys, Dual<double[], ArrayTangent<TChunk, double>> items, int index, int length, IComparer<double>? comparer)
        where TChunk : struct, IChunk<TChunk, double>
    {
        // The primal's checks and result first: keys and items sorted as the BCL sorts them.
        ArgumentNullException.ThrowIfNull(keys.Primal, nameof(keys));
        double[] before = (double[])keys.Primal.Clone();
        Array.Sort(keys.Primal, items.Primal, index, length, comparer);

        // The same keys sorted with their positions give the permutation (comparisons see only keys).
        Permute(Positions(before, index, length, comparer), keys.Tangent, index);
        if (items.Primal is not null)
        {
            Permute(Positions(before, index, length, comparer), items.Tangent, index);
        }
    }

    // Sorts a copy of keys[index..index+length) with its positions; the positions in sorted order.
    // Where each element of the sorted range came from: the BCL's sort of a copy of the keys, with
    // their positions as items (comparisons see only the keys, so the permutation is the primal's).
    private static int[] Positions<T>(T[] keys, int index, int length, IComparer<T>? comparer)
    {
        T[] copy = keys.AsSpan(index, length).ToArray();
        int[] from = new int[length];
        for (int i = 0; i < from.Length; i++)
        {
            from[i] = i;
        }

        Array.Sort(copy, from, comparer);
        return from;
    }

    private static void Reverse<TChunk, T>(T[] array, ArrayTangent<TChunk, T> tangent)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        Array.Reverse(array);
        for (int i = 0, j = array.Length - 1; i < j; i++, j--)
        {
            (tangent[i], tangent[j]) = (tangent[j], tangent[i]);
        }
    }

    private static void Sort<TChunk, T>(T[] array, ArrayTangent<TChunk, T> tangent)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        // Sorting the keys with their original positions gives the permutation (the same
        // algorithm as Array.Sort(array), so the primal ends up exactly as the primal call leaves it).
        int[] from = new int[array.Length];
        for (int i = 0; i < from.Length; i++)
        {
            from[i] = i;
        }

        Array.Sort(array, from);
        Permute(from, tangent, 0);
    }

    // Element index + i came from position index + from[i]: moves the chunks cycle by cycle, in
    // place (no buffer of chunks, so allocations do not grow with the width); a moved position is
    // marked by from[i] = i, so from is used up.
    private static void Permute<TChunk, T>(int[] from, ArrayTangent<TChunk, T> tangent, int index)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        for (int i = 0; i < from.Length; i++)
        {
            if (from[i] == i)
            {
                continue;
            }

            TChunk first = tangent[index + i];
            int j = i;
            while (from[j] != i)
            {
                int k = from[j];
                tangent[index + j] = tangent[index + k];
                from[j] = j;
                j = k;
            }

            tangent[index + j] = first;
            from[j] = j;
        }
    }
}
