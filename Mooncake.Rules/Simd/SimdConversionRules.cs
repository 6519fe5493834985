using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The rules of the conversions between SIMD vectors of <see cref="float"/> and of
/// <see cref="double"/> (<c>WidenLower</c>, <c>WidenUpper</c>, <c>Widen</c>, <c>Narrow</c> of
/// <see cref="System.Numerics.Vector"/> and the intrinsic vector classes), written once over the
/// vector types and registered by <see cref="SimdRuleTable"/>. A conversion is the identity on the
/// reals: each lane's value and each lane's partials convert as the cast does
/// (<see cref="DualConversion"/>: exactly when widening, rounded to the nearest float when narrowing).
/// Type parameters: the double vector, the float vector (twice its lanes), their lane tangents,
/// the double chunk and the float chunk.
/// </summary>
public static class SimdConversionRules<TWide, TNarrow, TWideLanes, TNarrowLanes, TChunk, TFloatChunk>
    where TWide : unmanaged
    where TNarrow : unmanaged
    where TWideLanes : struct
    where TNarrowLanes : struct
    where TChunk : struct, IChunk<TChunk, double>
    where TFloatChunk : struct, IChunk<TFloatChunk, float>
{
    /// <summary>The lower half of the float lanes, widened.</summary>
    public static Dual<TWide, TWideLanes> WidenLower(Dual<TNarrow, TNarrowLanes> source)
        => Widen(source, 0);

    /// <summary>The upper half of the float lanes, widened.</summary>
    public static Dual<TWide, TWideLanes> WidenUpper(Dual<TNarrow, TNarrowLanes> source)
        => Widen(source, LaneTangents.Count<TWideLanes, TChunk>());

    /// <summary>Both halves widened, as the tuple (lower, upper) of the intrinsic classes' <c>Widen</c>.</summary>
    public static Dual<ValueTuple<TWide, TWide>, TupleTangent<TWideLanes, TWideLanes>> WidenBoth(Dual<TNarrow, TNarrowLanes> source)
    {
        Dual<TWide, TWideLanes> lower = WidenLower(source);
        Dual<TWide, TWideLanes> upper = WidenUpper(source);
        return new((lower.Primal, upper.Primal), new(lower.Tangent, upper.Tangent));
    }

    /// <summary><c>Vector.Widen(source, out low, out high)</c>.</summary>
    /// <exception cref="NotSupportedException">An output is written where no tangent is stored.</exception>
    public static void WidenInto(Dual<TNarrow, TNarrowLanes> source, DualRef<TWide, TWideLanes> low, DualRef<TWide, TWideLanes> high)
    {
        if (!low.HasTangent || !high.HasTangent)
        {
            throw new NotSupportedException("Vector.Widen writes vectors carrying derivatives where no tangent is stored.");
        }

        Dual<TWide, TWideLanes> lower = WidenLower(source);
        Dual<TWide, TWideLanes> upper = WidenUpper(source);
        (low.Primal, low.Tangent) = (lower.Primal, lower.Tangent);
        (high.Primal, high.Tangent) = (upper.Primal, upper.Tangent);
    }

    /// <summary>The lanes of <paramref name="low"/> then of <paramref name="high"/>, each rounded to the nearest float.</summary>
    public static Dual<TNarrow, TNarrowLanes> Narrow(Dual<TWide, TWideLanes> low, Dual<TWide, TWideLanes> high)
    {
        TNarrow primal = default;
        TNarrowLanes tangent = default;
        Span<float> values = MemoryMarshal.CreateSpan(ref Unsafe.As<TNarrow, float>(ref primal), LaneTangents.Count<TNarrowLanes, TFloatChunk>());
        Span<TFloatChunk> chunks = LaneTangents.Of<TNarrowLanes, TFloatChunk>(ref tangent);
        int half = LaneTangents.Count<TWideLanes, TChunk>();
        foreach ((Dual<TWide, TWideLanes> part, int start) in new[] { (low, 0), (high, half) })
        {
            TWide p = part.Primal;
            TWideLanes t = part.Tangent;
            Span<double> wide = MemoryMarshal.CreateSpan(ref Unsafe.As<TWide, double>(ref p), half);
            Span<TChunk> wideChunks = LaneTangents.Of<TWideLanes, TChunk>(ref t);
            for (int l = 0; l < half; l++)
            {
                FloatDual<TFloatChunk> lane = DualConversion.ToSingle<TChunk, TFloatChunk>(new Dual<TChunk>(wide[l], wideChunks[l]));
                values[start + l] = lane.Value;
                chunks[start + l] = lane.Partials;
            }
        }

        return new(primal, tangent);
    }

    private static Dual<TWide, TWideLanes> Widen(Dual<TNarrow, TNarrowLanes> source, int start)
    {
        TNarrow p = source.Primal;
        TNarrowLanes t = source.Tangent;
        Span<float> narrow = MemoryMarshal.CreateSpan(ref Unsafe.As<TNarrow, float>(ref p), LaneTangents.Count<TNarrowLanes, TFloatChunk>());
        Span<TFloatChunk> narrowChunks = LaneTangents.Of<TNarrowLanes, TFloatChunk>(ref t);
        TWide primal = default;
        TWideLanes tangent = default;
        Span<double> values = MemoryMarshal.CreateSpan(ref Unsafe.As<TWide, double>(ref primal), LaneTangents.Count<TWideLanes, TChunk>());
        Span<TChunk> chunks = LaneTangents.Of<TWideLanes, TChunk>(ref tangent);
        for (int l = 0; l < values.Length; l++)
        {
            Dual<TChunk> lane = DualConversion.ToDouble<TFloatChunk, TChunk>(new FloatDual<TFloatChunk>(narrow[start + l], narrowChunks[start + l]));
            values[l] = lane.Value;
            chunks[l] = lane.Partials;
        }

        return new(primal, tangent);
    }
}
