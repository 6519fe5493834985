using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// A System.Numerics float type (<see cref="System.Numerics.Vector3"/>, <see cref="System.Numerics.Matrix4x4"/>...)
/// and its named tangent viewed field by field: the primal as a span of floats, the tangent as a
/// span of chunks in the same order, and field i as a <see cref="FloatDual{TChunk}"/>.
/// </summary>
/// <typeparam name="TPrimal">The primal type (only float fields, sequential).</typeparam>
/// <typeparam name="TTangent">Its named tangent type (one chunk per float, the same order).</typeparam>
/// <typeparam name="TChunk">The float chunk type.</typeparam>
public static class NumericsLanes<TPrimal, TTangent, TChunk>
    where TPrimal : unmanaged
    where TTangent : struct
    where TChunk : struct, IChunk<TChunk, float>
{
    /// <summary>The number of floats.</summary>
    public static int Count => Unsafe.SizeOf<TPrimal>() / sizeof(float);

    /// <summary>The floats of <paramref name="primal"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<float> Floats(ref TPrimal primal) => MemoryMarshal.CreateSpan(ref Unsafe.As<TPrimal, float>(ref primal), Count);

    /// <summary>The chunks of <paramref name="tangent"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Span<TChunk> Chunks(ref TTangent tangent) => MemoryMarshal.CreateSpan(ref Unsafe.As<TTangent, TChunk>(ref tangent), Count);

    /// <summary>The fields of <paramref name="value"/> as float duals, in declaration order.</summary>
    public static FloatDual<TChunk>[] Split(Dual<TPrimal, TTangent> value)
    {
        TPrimal p = value.Primal;
        TTangent t = value.Tangent;
        Span<float> floats = Floats(ref p);
        Span<TChunk> chunks = Chunks(ref t);
        var lanes = new FloatDual<TChunk>[floats.Length];
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = new(floats[i], chunks[i]);
        }

        return lanes;
    }

    /// <summary>
    /// The dual of <paramref name="primal"/> (what the runtime's method returned) with the partials
    /// of <paramref name="lanes"/>, the same function computed on float duals, field by field.
    /// </summary>
    public static Dual<TPrimal, TTangent> Join(TPrimal primal, ReadOnlySpan<FloatDual<TChunk>> lanes)
    {
        TTangent t = default;
        Span<TChunk> chunks = Chunks(ref t);
        for (int i = 0; i < chunks.Length; i++)
        {
            chunks[i] = lanes[i].Partials;
        }

        return new(primal, t);
    }
}
