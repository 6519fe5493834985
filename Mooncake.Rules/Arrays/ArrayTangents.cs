using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Copying, cloning and clearing the tangent of an array whose static type is <see cref="Array"/>,
/// by the kind of tangent it has at run time (see <see cref="ArrayRules"/>). Indices are flat
/// element indices, as the primal operations use; they have been checked by the primal.
/// </summary>
internal static class ArrayTangents<TChunk, TFloatChunk>
    where TChunk : struct, IChunk<TChunk, double>
    where TFloatChunk : struct, IChunk<TFloatChunk, float>
{
    public static void Copy(Dual<Array, object> source, int sourceIndex, Dual<Array, object> destination, int destinationIndex, int length)
    {
        switch (source.Tangent, destination.Tangent)
        {
            case (BlockTangent<TChunk, double> from, BlockTangent<TChunk, double> to):
                Lanes(from, sourceIndex, length).CopyTo(Lanes(to, destinationIndex, length));
                break;
            case (BlockTangent<TFloatChunk, float> from, BlockTangent<TFloatChunk, float> to):
                Lanes(from, sourceIndex, length).CopyTo(Lanes(to, destinationIndex, length));
                break;
            case (BlockTangent<TFloatChunk, float> from, BlockTangent<TChunk, double> to):
                // float[] into double[]: Array.Copy widens each value, and each lane with it.
                Span<float> narrow = Lanes(from, sourceIndex, length);
                Span<double> wide = Lanes(to, destinationIndex, length);
                for (int i = 0; i < narrow.Length; i++)
                {
                    wide[i] = narrow[i];
                }

                break;
            case (null or NoTangent, _):
                // Integers widened into a floating-point array carry no derivative.
                Clear(destination, destinationIndex, length);
                break;
            case (Array from, Array to):
                Array.Copy(from, sourceIndex, to, destinationIndex, length);
                break;
            case (_, null or NoTangent):
                break;
            default:
                throw Unsupported("Array.Copy", source.Primal, destination.Primal);
        }
    }

    // Buffer.BlockCopy's tangent, after the primal has checked the arrays (primitive elements)
    // and the byte ranges: whole elements of one floating-point type copy their lanes.
    public static void BlockCopy(Dual<Array, object> source, int sourceOffset, Dual<Array, object> destination, int destinationOffset, int count)
    {
        int size = ElementSize(destination.Tangent);
        if (size == 0)
        {
            // The destination holds no derivatives (integers, bytes): nothing to copy.
            return;
        }

        if (source.Tangent is null or NoTangent)
        {
            // Bytes of constants: the destination elements they touch become constants.
            int first = destinationOffset / size, end = (destinationOffset + count + size - 1) / size;
            Clear(destination, first, end - first);
            return;
        }

        if (SameBlock(source.Tangent, destination.Tangent) && sourceOffset % size == 0 && destinationOffset % size == 0 && count % size == 0)
        {
            Copy(source, sourceOffset / size, destination, destinationOffset / size, count / size);
            return;
        }

        if (IsZero(source.Tangent, sourceOffset, count))
        {
            int first = destinationOffset / size, end = (destinationOffset + count + size - 1) / size;
            Clear(destination, first, end - first);
            return;
        }

        throw new NotSupportedException(
            $"Buffer.BlockCopy of {count} bytes from {source.Primal.GetType()} at byte {sourceOffset} to {destination.Primal.GetType()} at byte {destinationOffset} "
            + "reinterprets values that carry derivatives (it splits elements or changes their type), which has no derivative; copy whole elements between arrays of one floating-point type.");
    }

    // Whether every lane of the source elements that the byte range touches is zero.
    private static bool IsZero(object? tangent, int offset, int count)
    {
        int size = ElementSize(tangent);
        if (size == 0)
        {
            return true;
        }

        int first = offset / size, end = (offset + count + size - 1) / size;
        return tangent switch
        {
            BlockTangent<TChunk, double> block => !Lanes(block, first, end - first).ContainsAnyExcept(0.0),
            BlockTangent<TFloatChunk, float> block => !Lanes(block, first, end - first).ContainsAnyExcept(0f),
            _ => false,
        };
    }

    // Bytes per element of an array tangent that is a chunk-major block of doubles or floats; 0 for none.
    private static int ElementSize(object? tangent) => tangent switch
    {
        BlockTangent<TChunk, double> => sizeof(double),
        BlockTangent<TFloatChunk, float> => sizeof(float),
        _ => 0,
    };

    private static bool SameBlock(object? source, object? destination) =>
        (source, destination) is (BlockTangent<TChunk, double>, BlockTangent<TChunk, double>) or (BlockTangent<TFloatChunk, float>, BlockTangent<TFloatChunk, float>);

    public static object? Clone(Dual<Array, object> array) => array.Tangent switch
    {
        ArrayTangent<TChunk, double> t => t.Clone(),
        MatrixTangent<TChunk, double> t => t.Clone(),
        ArrayTangent<TFloatChunk, float> t => t.Clone(),
        MatrixTangent<TFloatChunk, float> t => t.Clone(),
        Array t => t.Clone(),
        null or NoTangent => array.Tangent,
        _ => throw Unsupported("Array.Clone", array.Primal, null),
    };

    public static void Clear(Dual<Array, object> array, int index, int length)
    {
        switch (array.Tangent)
        {
            case BlockTangent<TChunk, double> block:
                Lanes(block, index, length).Clear();
                break;
            case BlockTangent<TFloatChunk, float> block:
                Lanes(block, index, length).Clear();
                break;
            case Array elements:
                Array.Clear(elements, index, length);
                break;
            case null or NoTangent:
                break;
            default:
                throw Unsupported("Array.Clear", array.Primal, null);
        }
    }

    private static Span<T> Lanes<TBlockChunk, T>(BlockTangent<TBlockChunk, T> block, int index, int length)
        where TBlockChunk : struct, IChunk<TBlockChunk, T>
        where T : unmanaged, System.Numerics.IFloatingPointIeee754<T>
        => block.AsSpan().Slice(index * TBlockChunk.Width, length * TBlockChunk.Width);

    private static NotSupportedException Unsupported(string operation, Array? first, Array? second) =>
        new($"The rule of {operation} does not support {first?.GetType().ToString() ?? "null"}{(second is null ? "" : $" and {second.GetType()}")} with these tangents: "
            + "it handles arrays of double and float (one or two dimensions), arrays of other element types with element tangents, and arrays without derivatives.");
}
