using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Tangents;

// The tangent of a SIMD vector of L lanes (Vector<T>, Vector128/256/512<T> of double or float) is
// L chunks, lane-major: chunk l holds lane l's derivatives in every direction. A load of lanes
// i..i+L-1 of an array then copies chunks i..i+L-1 of the array's chunk-major tangent block as one
// contiguous run, a store copies them back, and an operation on the vector is the same chunk
// operation on each lane, itself vectorised across the directions. One type per lane count serves
// every vector type of that many lanes (Vector256<double> and Vector128<float> both have 4).

/// <summary>The tangent of a SIMD vector of 2 lanes (<c>Vector128&lt;double&gt;</c>): lane l's chunk is element l.</summary>
/// <typeparam name="TChunk">The chunk type of one lane.</typeparam>
[InlineArray(2)]
public struct LaneTangents2<TChunk>
    where TChunk : struct
{
    private TChunk _lane0;
}

/// <summary>The tangent of a SIMD vector of 4 lanes (<c>Vector256&lt;double&gt;</c>, <c>Vector128&lt;float&gt;</c>, <c>Vector&lt;double&gt;</c> at 256 bits): lane l's chunk is element l.</summary>
/// <typeparam name="TChunk">The chunk type of one lane.</typeparam>
[InlineArray(4)]
public struct LaneTangents4<TChunk>
    where TChunk : struct
{
    private TChunk _lane0;
}

/// <summary>The tangent of a SIMD vector of 8 lanes (<c>Vector512&lt;double&gt;</c>, <c>Vector256&lt;float&gt;</c>): lane l's chunk is element l.</summary>
/// <typeparam name="TChunk">The chunk type of one lane.</typeparam>
[InlineArray(8)]
public struct LaneTangents8<TChunk>
    where TChunk : struct
{
    private TChunk _lane0;
}

/// <summary>The tangent of a SIMD vector of 16 lanes (<c>Vector512&lt;float&gt;</c>): lane l's chunk is element l.</summary>
/// <typeparam name="TChunk">The chunk type of one lane.</typeparam>
[InlineArray(16)]
public struct LaneTangents16<TChunk>
    where TChunk : struct
{
    private TChunk _lane0;
}

/// <summary>Views of the lane tangents (<see cref="LaneTangents4{TChunk}"/> and the other lane counts) as spans of chunks.</summary>
public static class LaneTangents
{
    /// <summary>The number of lanes of <typeparamref name="TLanes"/> (folded to a constant by the JIT).</summary>
    /// <typeparam name="TLanes">A lane tangent type.</typeparam>
    /// <typeparam name="TChunk">Its chunk type.</typeparam>
    public static int Count<TLanes, TChunk>()
        where TLanes : struct
        where TChunk : struct
        => Unsafe.SizeOf<TLanes>() / Unsafe.SizeOf<TChunk>();

    /// <summary>The chunks of <paramref name="lanes"/>, lane 0 first, writable in place.</summary>
    /// <typeparam name="TLanes">A lane tangent type.</typeparam>
    /// <typeparam name="TChunk">Its chunk type.</typeparam>
    public static Span<TChunk> Of<TLanes, TChunk>(ref TLanes lanes)
        where TLanes : struct
        where TChunk : struct
        => MemoryMarshal.CreateSpan(ref Unsafe.As<TLanes, TChunk>(ref lanes), Count<TLanes, TChunk>());

    /// <summary>The lane tangent type for <paramref name="lanes"/> lanes of <paramref name="chunk"/>, or null where no such type exists.</summary>
    public static Type? TypeFor(int lanes, Type chunk)
    {
        ArgumentNullException.ThrowIfNull(chunk);
        Type? definition = lanes switch
        {
            2 => typeof(LaneTangents2<>),
            4 => typeof(LaneTangents4<>),
            8 => typeof(LaneTangents8<>),
            16 => typeof(LaneTangents16<>),
            _ => null,
        };
        return definition?.MakeGenericType(chunk);
    }

    /// <summary>Whether <paramref name="type"/> is one of the lane tangent types.</summary>
    public static bool Is(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(LaneTangents2<>) || d == typeof(LaneTangents4<>) || d == typeof(LaneTangents8<>) || d == typeof(LaneTangents16<>));
    }
}
