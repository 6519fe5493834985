using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Unmanaged pointers to numbers in derived rules (<c>fixed (double* p = x)</c>, <c>stackalloc</c>
/// into a <c>double*</c>, pointer parameters of unsafe kernels). The tangent of a <c>double*</c> is a
/// managed reference to the chunk of the element it points at (<c>ref TChunk</c>), in the array's
/// tangent block or in a tangent buffer of a <c>stackalloc</c>: element i of the pointer is chunk i
/// of the reference, so pointer arithmetic moves the reference by the same number of elements
/// (IL adds byte offsets: the reference moves by offset / sizeof(T) chunks). A managed reference
/// needs no pinning and keeps its buffer alive.
/// </summary>
internal static class PointerShapes
{
    /// <summary>Whether <paramref name="type"/> is <c>double*</c> or <c>float*</c>.</summary>
    public static bool IsNumberPointer(Type type) =>
        type.IsPointer && type.GetElementType() is { } element && (element == typeof(double) || element == typeof(float));

    /// <summary>The tangent type of a number pointer: a reference to the element's chunk.</summary>
    public static Type TangentOf(Type pointer, ChunkWidth width) =>
        (pointer.GetElementType() == typeof(double) ? width.DoubleChunk : width.FloatChunk).MakeByRefType();
}
