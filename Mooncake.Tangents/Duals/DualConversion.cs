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
        TFloatChunk source = x.Partials;
        Unsafe.SkipInit(out TChunk target);
        ref float from = ref Unsafe.As<TFloatChunk, float>(ref source);
        ref double to = ref Unsafe.As<TChunk, double>(ref target);
        for (int i = 0; i < TChunk.Width; i++)
        {
            Unsafe.Add(ref to, i) = Unsafe.Add(ref from, i);
        }

        return new(x.Value, target);
    }

    /// <summary><c>(float)x</c>: the value and every lane rounded to the nearest float.</summary>
    /// <exception cref="ArgumentException">The two chunk types have different widths.</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static FloatDual<TFloatChunk> ToSingle<TChunk, TFloatChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        CheckWidths<TFloatChunk, TChunk>();
        TChunk source = x.Partials;
        Unsafe.SkipInit(out TFloatChunk target);
        ref double from = ref Unsafe.As<TChunk, double>(ref source);
        ref float to = ref Unsafe.As<TFloatChunk, float>(ref target);
        for (int i = 0; i < TChunk.Width; i++)
        {
            Unsafe.Add(ref to, i) = (float)Unsafe.Add(ref from, i);
        }

        return new((float)x.Value, target);
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
