using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The tangents of the <c>TensorPrimitives</c> conversions between <c>double</c> and <c>float</c>
/// spans: a cast's derivative is 1, so each lane converts as the value does (<see cref="DualConversion"/>).
/// Written before the primal converts, since a conversion to the same type may be in place.
/// </summary>
internal static class TensorConversions
{
    /// <summary>The tangent of a <c>double</c> to <c>float</c> conversion: every lane rounded to float.</summary>
    public static void Narrow<TChunk, TFloatChunk>(ReadOnlyDualSpan<double, TChunk> source, DualSpan<float, TFloatChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        if (Targets(source.Length, source.Tangent.IsEmpty, destination) is { IsEmpty: false } dz)
        {
            for (int i = 0; i < dz.Length; i++)
            {
                dz[i] = DualConversion.ToSingle<TChunk, TFloatChunk>(new(source.Primal[i], source.Tangent[i])).Partials;
            }
        }
    }

    /// <summary>The tangent of a <c>float</c> to <c>double</c> conversion: every lane widened exactly.</summary>
    public static void Widen<TFloatChunk, TChunk>(ReadOnlyDualSpan<float, TFloatChunk> source, DualSpan<double, TChunk> destination)
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
        where TChunk : struct, IChunk<TChunk, double>
    {
        if (Targets(source.Length, source.Tangent.IsEmpty, destination) is { IsEmpty: false } dz)
        {
            for (int i = 0; i < dz.Length; i++)
            {
                dz[i] = DualConversion.ToDouble<TFloatChunk, TChunk>(new(source.Primal[i], source.Tangent[i])).Partials;
            }
        }
    }

    /// <summary>The tangent of a conversion to the same type: a copy (overlap handled as the copy of the values).</summary>
    public static void Copy<T, TChunk>(ReadOnlyDualSpan<T, TChunk> source, DualSpan<T, TChunk> destination)
        where TChunk : struct
    {
        if (Targets(source.Length, source.Tangent.IsEmpty, destination) is { IsEmpty: false } dz)
        {
            source.Tangent.CopyTo(dz);
        }
    }

    // The destination tangent to write (empty when there is nothing to write), after the
    // primal's length check; a constant source leaves zeros behind.
    private static Span<TTo> Targets<T, TTo>(int length, bool constant, DualSpan<T, TTo> destination)
        where TTo : struct
    {
        TensorShapes.Destination(destination.Primal, length);
        if (constant)
        {
            destination.Tangent[..Math.Min(length, destination.Tangent.Length)].Clear();
            return default;
        }

        return destination.RequireTangent(nameof(destination))[..length];
    }
}
