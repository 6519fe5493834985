using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

/// <summary>
/// The casts between the double and the float dual of one width, <c>(double)f</c> and
/// <c>(float)d</c>. A cast is the identity on the reals, so its derivative is 1: the value converts
/// exactly as the primal cast does, and each lane of the partials converts the same way (exactly
/// when widening; rounded to the nearest float when narrowing, as the value is).
/// </summary>
/// <remarks>The derivative formulas of everything else live in <see cref="DualMath{TDual, TChunk, T}"/>; these two cross the lane types, which that class's single primal type cannot.</remarks>
public static class DualConversion
{
    /// <summary><c>(double)x</c>: the value and every lane widened exactly.</summary>
    /// <exception cref="ArgumentException">The two chunk types have different widths.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> ToDouble<TFloatChunk, TChunk>(FloatDual<TFloatChunk> x)
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
        where TChunk : struct, IChunk<TChunk, double>
    {
        CheckWidths<TFloatChunk, TChunk>();
        return new(x.Value, ConvertLanes<TFloatChunk, float, TChunk, double>(x.Partials));
    }

    /// <summary><c>(float)x</c>: the value and every lane rounded to the nearest float.</summary>
    /// <exception cref="ArgumentException">The two chunk types have different widths.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TFloatChunk> ToSingle<TChunk, TFloatChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        CheckWidths<TFloatChunk, TChunk>();
        return new((float)x.Value, ConvertLanes<TChunk, double, TFloatChunk, float>(x.Partials));
    }

    // Lane i of the result is lane i of the source converted as a cast converts (CreateTruncating
    // between float and double is the cast: exact one way, round-to-nearest the other).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TTo ConvertLanes<TFrom, TFromLane, TTo, TToLane>(TFrom source)
        where TFrom : struct, IChunk<TFrom, TFromLane>
        where TFromLane : unmanaged, IFloatingPointIeee754<TFromLane>
        where TTo : struct, IChunk<TTo, TToLane>
        where TToLane : unmanaged, IFloatingPointIeee754<TToLane>
    {
        Unsafe.SkipInit(out TTo target);
        ref TFromLane from = ref Unsafe.As<TFrom, TFromLane>(ref source);
        ref TToLane to = ref Unsafe.As<TTo, TToLane>(ref target);
        for (int i = 0; i < TTo.Width; i++)
        {
            Unsafe.Add(ref to, i) = TToLane.CreateTruncating(Unsafe.Add(ref from, i));
        }

        return target;
    }

    // Both widths are constants to the JIT, so the check costs nothing in a specialised body.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckWidths<TFloatChunk, TChunk>()
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
        where TChunk : struct, IChunk<TChunk, double>
    {
        if (TFloatChunk.Width != TChunk.Width)
        {
            ThrowWidthMismatch(typeof(TFloatChunk), typeof(TChunk));
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowWidthMismatch(Type floatChunk, Type doubleChunk) =>
        throw new ArgumentException($"{floatChunk.Name} and {doubleChunk.Name} carry different numbers of lanes, so a dual cannot convert between them.");
}
