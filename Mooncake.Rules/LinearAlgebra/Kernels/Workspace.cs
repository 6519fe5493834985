using System.Buffers;
using System.Runtime.InteropServices;

namespace Mooncake.Rules;

/// <summary>
/// Scratch doubles for a rule, rented from <see cref="ArrayPool{T}.Shared"/> and returned when
/// disposed (<c>using var w = new Workspace(n);</c>), so that a rule's workspace, however many
/// lanes it spans, allocates nothing once the pool is warm. Its contents start undefined.
/// </summary>
internal readonly ref struct Workspace
{
    private readonly double[] _array;

    /// <summary>Rents at least <paramref name="length"/> doubles.</summary>
    public Workspace(int length)
    {
        _array = ArrayPool<double>.Shared.Rent(length);
        Length = length;
    }

    /// <summary>The number of doubles asked for.</summary>
    public int Length { get; }

    /// <summary>The first <see cref="Length"/> doubles.</summary>
    public Span<double> Span => _array.AsSpan(0, Length);

    /// <summary>The first double, for kernels.</summary>
    public ref double Start => ref MemoryMarshal.GetArrayDataReference(_array);

    /// <summary>Returns the array to the pool.</summary>
    public void Dispose() => ArrayPool<double>.Shared.Return(_array);
}
