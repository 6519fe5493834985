using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class ArrayRules
{
    /// <summary>
    /// The rule of <see cref="Array.ConstrainedCopy"/>: as <see cref="Array.Copy(Array, int, Array, int, int)"/>,
    /// the lanes of the copied elements are copied too. The primal runs first and either copies
    /// every element or throws, so a failed call leaves every tangent untouched.
    /// </summary>
    [FRule(typeof(Array), nameof(Array.ConstrainedCopy), typeof(Array), typeof(int), typeof(Array), typeof(int), typeof(int), ReadOnly = [0])]
    public static void ConstrainedCopy<TChunk, TFloatChunk>(Dual<Array, object> sourceArray, int sourceIndex, Dual<Array, object> destinationArray, int destinationIndex, int length)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        Array.ConstrainedCopy(sourceArray.Primal, sourceIndex, destinationArray.Primal, destinationIndex, length);
        ArrayTangents<TChunk, TFloatChunk>.Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
    }

    /// <summary>
    /// The rule of <see cref="Buffer.BlockCopy"/>, which copies bytes between arrays of primitives
    /// (MathNet's <c>ArrayExtensions.Copy</c>, under its matrix solves, inverses and vector
    /// scaling): where the bytes are whole elements of one floating-point type, the lanes of those
    /// elements are copied too (overlapping ranges of one array included, as a memmove).
    /// </summary>
    /// <remarks>
    /// Bytes copied from an array without derivatives (integers, bytes) leave zero tangents on the
    /// destination elements they touch. Bytes that reinterpret values carrying derivatives (a
    /// <c>double[]</c> into a <c>float[]</c> or a <c>long[]</c>, or offsets that split an element)
    /// have no derivative: that is refused with <see cref="NotSupportedException"/>, unless the
    /// tangents of those source elements are zero.
    /// </remarks>
    [FRule(typeof(Buffer), nameof(Buffer.BlockCopy), typeof(Array), typeof(int), typeof(Array), typeof(int), typeof(int), ReadOnly = [0])]
    public static void BlockCopy<TChunk, TFloatChunk>(Dual<Array, object> src, int srcOffset, Dual<Array, object> dst, int dstOffset, int count)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        Buffer.BlockCopy(src.Primal, srcOffset, dst.Primal, dstOffset, count);
        ArrayTangents<TChunk, TFloatChunk>.BlockCopy(src, srcOffset, dst, dstOffset, count);
    }
}
