using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for the <see cref="RuntimeHelpers"/> calls the C# compiler emits for array syntax:
/// array initializers (<c>new double[] { 1, 2 }</c>) and ranges (<c>x[1..^1]</c>).
/// </summary>
public static partial class ArrayRules
{
    /// <summary>
    /// The rule of <see cref="RuntimeHelpers.InitializeArray(Array, RuntimeFieldHandle)"/>: the
    /// array receives constants from the assembly's data, so every lane of its elements is zero.
    /// (The primal is a JIT intrinsic; its IL is not what runs.)
    /// </summary>
    [FRule(typeof(RuntimeHelpers), nameof(RuntimeHelpers.InitializeArray), typeof(Array), typeof(RuntimeFieldHandle))]
    public static void InitializeArray<TChunk, TFloatChunk>(Dual<Array, object> array, RuntimeFieldHandle fldHandle)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        RuntimeHelpers.InitializeArray(array.Primal, fldHandle);
        ArrayTangents<TChunk, TFloatChunk>.Clear(array, 0, array.Primal.Length);
    }

    /// <summary>
    /// The rule of <see cref="RuntimeHelpers.GetSubArray{T}(T[], Range)"/> on <c>double[]</c>
    /// (what <c>x[a..b]</c> compiles to): a new array whose tangent is the same rows of the
    /// source's chunk block. The BCL's body copies with <c>Buffer.Memmove</c> over raw references,
    /// which the rule builder cannot follow.
    /// </summary>
    [FRule(typeof(RuntimeHelpers), nameof(RuntimeHelpers.GetSubArray), typeof(GenericParameter.T0[]), typeof(Range), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<double[], ArrayTangent<TChunk, double>> GetSubArray<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> array, Range range)
        where TChunk : struct, IChunk<TChunk, double>
        => SubArray<TChunk, double>(array.Primal, array.Tangent, range);

    /// <summary>The rule of <see cref="RuntimeHelpers.GetSubArray{T}(T[], Range)"/> on <c>float[]</c>.</summary>
    [FRule(typeof(RuntimeHelpers), nameof(RuntimeHelpers.GetSubArray), typeof(GenericParameter.T0[]), typeof(Range), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static Dual<float[], ArrayTangent<TChunk, float>> GetSubArrayOfFloat<TChunk>(Dual<float[], ArrayTangent<TChunk, float>> array, Range range)
        where TChunk : struct, IChunk<TChunk, float>
        => SubArray<TChunk, float>(array.Primal, array.Tangent, range);

    private static Dual<T[], ArrayTangent<TChunk, T>> SubArray<TChunk, T>(T[] array, ArrayTangent<TChunk, T> tangent, Range range)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        T[] slice = RuntimeHelpers.GetSubArray(array, range);
        (int offset, int length) = range.GetOffsetAndLength(array.Length);
        var sliceTangent = new ArrayTangent<TChunk, T>(length);
        tangent.AsSpan().Slice(offset * TChunk.Width, length * TChunk.Width).CopyTo(sliceTangent.AsSpan());
        return new(slice, sliceTangent);
    }
}
