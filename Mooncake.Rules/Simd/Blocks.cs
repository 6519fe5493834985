using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Rules;

/// <summary>
/// Element-wise arithmetic on a block of <typeparamref name="T"/> values held in a struct (a SIMD
/// vector, or its lane tangents, which are L·W contiguous values), done with the widest vector
/// instructions that divide the block's size. A lane tangent's sum is the sum of its elements, so
/// one vector add serves every lane and every direction; done lane by lane through spans, the
/// scalar stores and the wide reload of the result cost more than the arithmetic (a
/// <c>Vector&lt;double&gt;</c> sum at width 1 took 20 ns).
/// </summary>
/// <typeparam name="T">The element type (double or float).</typeparam>
internal static class Blocks<T>
    where T : unmanaged, INumber<T>
{
    /// <summary><c>a + b</c>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Add<TBlock>(TBlock a, TBlock b)
        where TBlock : unmanaged
    {
        ref T x = ref Unsafe.As<TBlock, T>(ref a);
        ref T y = ref Unsafe.As<TBlock, T>(ref b);
        int count = Unsafe.SizeOf<TBlock>() / Unsafe.SizeOf<T>(), step = Step<TBlock>();
        for (int i = 0; i < count; i += step)
        {
            Store(ref x, i, Load(ref x, i, step) + Load(ref y, i, step), step);
        }

        return a;
    }

    /// <summary><c>a - b</c>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Subtract<TBlock>(TBlock a, TBlock b)
        where TBlock : unmanaged
    {
        ref T x = ref Unsafe.As<TBlock, T>(ref a);
        ref T y = ref Unsafe.As<TBlock, T>(ref b);
        int count = Unsafe.SizeOf<TBlock>() / Unsafe.SizeOf<T>(), step = Step<TBlock>();
        for (int i = 0; i < count; i += step)
        {
            Store(ref x, i, Load(ref x, i, step) - Load(ref y, i, step), step);
        }

        return a;
    }

    /// <summary><c>a * b</c>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Multiply<TBlock>(TBlock a, TBlock b)
        where TBlock : unmanaged
    {
        ref T x = ref Unsafe.As<TBlock, T>(ref a);
        ref T y = ref Unsafe.As<TBlock, T>(ref b);
        int count = Unsafe.SizeOf<TBlock>() / Unsafe.SizeOf<T>(), step = Step<TBlock>();
        for (int i = 0; i < count; i += step)
        {
            Store(ref x, i, Load(ref x, i, step) * Load(ref y, i, step), step);
        }

        return a;
    }

    /// <summary><c>a / b</c>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Divide<TBlock>(TBlock a, TBlock b)
        where TBlock : unmanaged
    {
        ref T x = ref Unsafe.As<TBlock, T>(ref a);
        ref T y = ref Unsafe.As<TBlock, T>(ref b);
        int count = Unsafe.SizeOf<TBlock>() / Unsafe.SizeOf<T>(), step = Step<TBlock>();
        for (int i = 0; i < count; i += step)
        {
            Store(ref x, i, Load(ref x, i, step) / Load(ref y, i, step), step);
        }

        return a;
    }

    /// <summary><c>-a</c>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Negate<TBlock>(TBlock a)
        where TBlock : unmanaged
    {
        ref T x = ref Unsafe.As<TBlock, T>(ref a);
        int count = Unsafe.SizeOf<TBlock>() / Unsafe.SizeOf<T>(), step = Step<TBlock>();
        for (int i = 0; i < count; i += step)
        {
            Store(ref x, i, -Load(ref x, i, step), step);
        }

        return a;
    }

    // Elements per instruction: 64, 32 or 16 bytes, the widest that divides the block (every
    // vector and lane tangent is a multiple of 16 bytes).
    private static int Step<TBlock>()
        where TBlock : unmanaged
        => (Unsafe.SizeOf<TBlock>() % 64 == 0 ? 64 : Unsafe.SizeOf<TBlock>() % 32 == 0 ? 32 : 16) / Unsafe.SizeOf<T>();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<T> Load(ref T source, int index, int step) => (step * Unsafe.SizeOf<T>()) switch
    {
        64 => Vector512.LoadUnsafe(ref source, (nuint)index),
        32 => Vector256.ToVector512Unsafe(Vector256.LoadUnsafe(ref source, (nuint)index)),
        _ => Vector256.ToVector512Unsafe(Vector128.ToVector256Unsafe(Vector128.LoadUnsafe(ref source, (nuint)index))),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Store(ref T destination, int index, Vector512<T> value, int step)
    {
        switch (step * Unsafe.SizeOf<T>())
        {
            case 64:
                value.StoreUnsafe(ref destination, (nuint)index);
                break;
            case 32:
                value.GetLower().StoreUnsafe(ref destination, (nuint)index);
                break;
            default:
                value.GetLower().GetLower().StoreUnsafe(ref destination, (nuint)index);
                break;
        }
    }
}
