using System.ComponentModel;
using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Helpers that derived rules call. Public (but hidden) so that the persisted-assembly debug
/// path, which checks access like ordinary code, behaves like the <c>DynamicMethod</c> path.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class EmitHelpers
{
    /// <summary>
    /// The zero tangent of <paramref name="primal"/> at <c>ChunkWidth.All[width]</c>: for values read
    /// from static fields or returned without derivatives, which are constants to a derived rule;
    /// the same tangent object throughout a pass (<see cref="PassScope"/>).
    /// </summary>
    public static object? ZeroTangent(object? primal, int width) =>
        primal is null ? null : PassScope.ZeroOf(primal, width);

    /// <summary>The tangent in a dynamic slot, with null (zero) replaced by the zero tangent of <paramref name="primal"/>: for casts to a concrete tangent type.</summary>
    public static object? ConcreteTangent(object? tangent, object? primal, int width) =>
        tangent ?? ZeroTangent(primal, width);

    /// <summary>A new object of <typeparamref name="T"/> whose constructor has not run: the primal a derived constructor initialises.</summary>
    public static T Uninitialized<T>()
        where T : class
        => (T)RuntimeHelpers.GetUninitializedObject(typeof(T));

    /// <summary>The tangent inside a dynamic (object-typed) tangent slot, or zero if the slot is null.</summary>
    public static T Unbox<T>(object? tangent)
        where T : struct
        => tangent is null ? default : (T)tangent;

    /// <summary>A reference to the chunk of element <paramref name="index"/> of an array tangent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref TChunk ChunkRef<TChunk, T>(BlockTangent<TChunk, T> block, int index)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        => ref Unsafe.As<T, TChunk>(ref block.ChunkStart(index));

    /// <summary>
    /// A reference to the chunk of element 0 of <paramref name="array"/>'s tangent (null for a null
    /// array): the base from which a derived rule addresses element i's chunk as
    /// <c>Unsafe.Add(ref base, i)</c> after the primal access has checked i against the array. Kept
    /// in a local per array variable, so a loop does not reload the block out of the tangent object
    /// for each element. Since the accesses are unchecked, the block must hold exactly the array's
    /// chunks; this is checked here, once per assignment of the variable.
    /// </summary>
    /// <exception cref="InvalidOperationException">The array has no tangent, or a tangent of another length.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref TChunk ChunkBase<TChunk, T>(T[]? array, BlockTangent<TChunk, T>? block)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        if (array is null)
        {
            return ref Unsafe.NullRef<TChunk>();
        }

        if (block is null || block.Block.Length != array.Length * (long)TChunk.Width)
        {
            ThrowMismatchedTangent(array.Length, block?.Count);
        }

        return ref Unsafe.As<T, TChunk>(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(block.Block));
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowMismatchedTangent(int length, int? count) => throw new InvalidOperationException(
        $"An array of {length} elements reached a derived rule with {(count is { } c ? $"a tangent of {c} elements" : "no tangent")}: element tangents would be read out of bounds.");

    /// <summary>The tangent block of an array as a span of chunks (element i's chunk at index i): the tangent of the array's span.</summary>
    public static Span<TChunk> TangentSpan<TChunk, T>(BlockTangent<TChunk, T> block)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        => System.Runtime.InteropServices.MemoryMarshal.Cast<T, TChunk>(block.AsSpan());

    /// <summary>The tangent of <c>array.AsSpan(start)</c>.</summary>
    public static Span<TChunk> TangentSpanFrom<TChunk, T>(BlockTangent<TChunk, T> block, int start)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        => TangentSpan(block)[start..];

    /// <summary>The tangent of <c>array.AsSpan(start, length)</c>.</summary>
    public static Span<TChunk> TangentSpanSlice<TChunk, T>(BlockTangent<TChunk, T> block, int start, int length)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        => TangentSpan(block).Slice(start, length);

    /// <summary>The tangent buffer of a <c>stackalloc</c>ed span of <paramref name="length"/> elements (on the heap; zero).</summary>
    public static Span<TChunk> StackTangent<TChunk>(int length)
        where TChunk : struct
        => new TChunk[length];

    /// <summary>A new array tangent holding the chunks of a span tangent: the tangent of <c>span.ToArray()</c>.</summary>
    public static ArrayTangent<TChunk, T> ArrayTangentOf<TChunk, T>(ReadOnlySpan<TChunk> chunks)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
    {
        var tangent = new ArrayTangent<TChunk, T>(chunks.Length);
        System.Runtime.InteropServices.MemoryMarshal.Cast<TChunk, T>(chunks).CopyTo(tangent.AsSpan());
        return tangent;
    }

    /// <summary>A reference to the chunk of element (<paramref name="row"/>, <paramref name="column"/>) of a matrix tangent; the primal access has checked the bounds.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ref TChunk ChunkRef<TChunk, T>(MatrixTangent<TChunk, T> matrix, int row, int column)
        where TChunk : struct, IChunk<TChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        => ref Unsafe.As<T, TChunk>(ref matrix.ChunkStart((row * matrix.Columns) + column));
}
