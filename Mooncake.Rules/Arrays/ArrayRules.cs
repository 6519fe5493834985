using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for the <see cref="Array"/> operations numerical code uses on its arrays:
/// <see cref="Array.Copy(Array, Array, int)"/>, <see cref="Array.Clone"/>,
/// <see cref="Array.Fill{T}(T[], T)"/> on <c>double[]</c> and <see cref="Array.Clear(Array)"/>.
/// </summary>
/// <remarks>
/// Parameters typed <see cref="Array"/> have the dual <c>Dual&lt;Array, object&gt;</c>, whose
/// tangent is the tangent of the run-time array: a chunk-major block for <c>double[]</c>,
/// <c>double[,]</c>, <c>float[]</c> and <c>float[,]</c> (flat, row-major indices, as
/// <see cref="Array.Copy(Array, int, Array, int, int)"/> uses), an array of element tangents for
/// other arrays (jagged arrays, structs, objects), and no tangent (<see cref="NoTangent"/> or
/// null) for arrays of integers and the like. The primal runs first, so its argument checks
/// and exceptions are the BCL's, and a failed call leaves every tangent untouched.
/// </remarks>
public static partial class ArrayRules
{
    /// <summary>The rule of <see cref="Array.Copy(Array, Array, int)"/>: the lanes of the copied elements are copied too.</summary>
    [FRule(typeof(Array), nameof(Array.Copy), typeof(Array), typeof(Array), typeof(int), ReadOnly = [0])]
    public static void Copy<TChunk, TFloatChunk>(Dual<Array, object> sourceArray, Dual<Array, object> destinationArray, int length)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        Array.Copy(sourceArray.Primal, destinationArray.Primal, length);
        ArrayTangents<TChunk, TFloatChunk>.Copy(sourceArray, 0, destinationArray, 0, length);
    }

    /// <summary>
    /// The rule of <see cref="Array.Copy(Array, int, Array, int, int)"/>: the lanes of the copied
    /// elements are copied too, overlapping ranges of one array included (as a memmove).
    /// </summary>
    [FRule(typeof(Array), nameof(Array.Copy), typeof(Array), typeof(int), typeof(Array), typeof(int), typeof(int), ReadOnly = [0])]
    public static void Copy<TChunk, TFloatChunk>(Dual<Array, object> sourceArray, int sourceIndex, Dual<Array, object> destinationArray, int destinationIndex, int length)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        Array.Copy(sourceArray.Primal, sourceIndex, destinationArray.Primal, destinationIndex, length);
        ArrayTangents<TChunk, TFloatChunk>.Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
    }

    /// <summary>
    /// The rule of <see cref="Array.Clone"/> (what <c>x.Clone()</c> on any array calls): a copy of
    /// the tangent goes with the copy of the array. Like the primal's, the copy is shallow: an
    /// array of arrays shares its rows' tangents, as the clone shares the rows.
    /// </summary>
    [FRule(typeof(Array), nameof(Array.Clone), ReadOnly = [0])]
    public static Dual<object, object> Clone<TChunk, TFloatChunk>(Dual<Array, object> array)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        object clone = array.Primal.Clone();
        return new(clone, ArrayTangents<TChunk, TFloatChunk>.Clone(array)!); // a null tangent (zero) stays null
    }

    /// <summary>The rule of <see cref="Array.Fill{T}(T[], T)"/> on <c>double[]</c>: every element's chunk becomes the value's partials.</summary>
    [FRule(typeof(Array), nameof(Array.Fill), typeof(GenericParameter.T0[]), typeof(GenericParameter.T0), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Fill<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> array, Dual<TChunk> value)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Array.Fill(array.Primal, value.Value);
        FillChunks(array, value.Partials, 0, array.Primal.Length);
    }

    /// <summary>The rule of <see cref="Array.Fill{T}(T[], T, int, int)"/> on <c>double[]</c>.</summary>
    [FRule(typeof(Array), nameof(Array.Fill), typeof(GenericParameter.T0[]), typeof(GenericParameter.T0), typeof(int), typeof(int), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Fill<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> array, Dual<TChunk> value, int startIndex, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Array.Fill(array.Primal, value.Value, startIndex, count);
        FillChunks(array, value.Partials, startIndex, count);
    }

    /// <summary>The rule of <see cref="Array.Clear(Array)"/>: the tangent is cleared with the array.</summary>
    [FRule(typeof(Array), nameof(Array.Clear), typeof(Array))]
    public static void Clear<TChunk, TFloatChunk>(Dual<Array, object> array)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        Array.Clear(array.Primal);
        ArrayTangents<TChunk, TFloatChunk>.Clear(array, 0, array.Primal.Length);
    }

    /// <summary>The rule of <see cref="Array.Clear(Array, int, int)"/>: the lanes of the cleared elements are cleared.</summary>
    [FRule(typeof(Array), nameof(Array.Clear), typeof(Array), typeof(int), typeof(int))]
    public static void Clear<TChunk, TFloatChunk>(Dual<Array, object> array, int index, int length)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        Array.Clear(array.Primal, index, length);
        ArrayTangents<TChunk, TFloatChunk>.Clear(array, index, length);
    }

    private static void FillChunks<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> array, TChunk partials, int start, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ref double lanes = ref LinearAlgebraRules.Lanes(array.Tangent, array.Primal.Length);
        for (int i = start; i < start + count; i++)
        {
            ChunkKernels.Store(partials, ref lanes, i);
        }
    }
}
