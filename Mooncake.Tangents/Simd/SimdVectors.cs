using System.Numerics;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// Recognises the SIMD vector types (<see cref="Vector{T}"/>, <see cref="Vector64{T}"/>,
/// <see cref="Vector128{T}"/>, <see cref="Vector256{T}"/>, <see cref="Vector512{T}"/>) and their
/// lane counts.
/// </summary>
public static class SimdVectors
{
    /// <summary>
    /// Whether <paramref name="type"/> is a SIMD vector type; if so, its element type and number of
    /// lanes (<c>Vector&lt;T&gt;.Count</c> is fixed for the process: 256 bits unless the runtime is
    /// told to prefer 512).
    /// </summary>
    public static bool IsVector(Type type, out Type element, out int lanes)
    {
        ArgumentNullException.ThrowIfNull(type);
        element = typeof(void);
        lanes = 0;
        if (!type.IsGenericType || type.ContainsGenericParameters)
        {
            return false;
        }

        Type d = type.GetGenericTypeDefinition();
        int bytes = d == typeof(Vector<>) ? Vector<byte>.Count
            : d == typeof(Vector64<>) ? 8
            : d == typeof(Vector128<>) ? 16
            : d == typeof(Vector256<>) ? 32
            : d == typeof(Vector512<>) ? 64
            : 0;
        if (bytes == 0)
        {
            return false;
        }

        element = type.GetGenericArguments()[0];
        int size = element == typeof(double) || element == typeof(long) || element == typeof(ulong) || element == typeof(nint) || element == typeof(nuint) ? 8
            : element == typeof(float) || element == typeof(int) || element == typeof(uint) ? 4
            : element == typeof(short) || element == typeof(ushort) ? 2
            : 1;
        lanes = bytes / size;
        return true;
    }

    /// <summary>Whether <paramref name="type"/> is a SIMD vector of <see cref="double"/> or <see cref="float"/>, the vectors that carry derivatives.</summary>
    public static bool IsFloatingVector(Type type, out Type element, out int lanes) =>
        IsVector(type, out element, out lanes) && (element == typeof(double) || element == typeof(float));
}
