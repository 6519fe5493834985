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

        // Element i came from position from[i]: move the chunks cycle by cycle, in place (no
        // buffer of chunks, so allocations do not grow with the width); a moved position is
        // marked by from[i] = i.
        for (int i = 0; i < from.Length; i++)
        {
            if (from[i] == i)
            {
                continue;
            }

            TChunk first = tangent[i];
            int j = i;
            while (from[j] != i)
            {
                int k = from[j];
                tangent[j] = tangent[k];
                from[j] = j;
                j = k;
            }

            tangent[j] = first;
            from[j] = j;
        }
    }
}
