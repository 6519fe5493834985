using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Rules;

/// <summary>
/// Element-wise arithmetic on a block of <typeparamref name="T"/> values held in a struct (a SIMD
/// vector, or its lane tangents, which are L·W contiguous values) with the runtime's vector
/// instructions: one 128- or 256-bit operation for a block of that size, else 512-bit operations
/// over it (every vector and lane tangent is 16, 32 or a multiple of 64 bytes). A lane tangent's
/// sum is the sum of its elements, so one vector add serves every lane and every direction; done
/// lane by lane through spans, the scalar stores and the wide reload of the result cost more than
/// the arithmetic. The size is a constant of each instantiation, so the JIT keeps one branch.
/// </summary>
/// <typeparam name="T">The element type (double or float).</typeparam>
internal static class Blocks<T>
    where T : unmanaged, INumber<T>
{
    /// <summary><c>a + b</c>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Add<TBlock>(TBlock a, TBlock b)
        where TBlock : unmanaged
        => Apply<TBlock, AddOp>(a, b);

    /// <summary><c>a - b</c>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Subtract<TBlock>(TBlock a, TBlock b)
        where TBlock : unmanaged
        => Apply<TBlock, SubtractOp>(a, b);

    /// <summary><c>a * b</c>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Multiply<TBlock>(TBlock a, TBlock b)
        where TBlock : unmanaged
        => Apply<TBlock, MultiplyOp>(a, b);

    /// <summary><c>a / b</c>, element by element.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Divide<TBlock>(TBlock a, TBlock b)
        where TBlock : unmanaged
        => Apply<TBlock, DivideOp>(a, b);

    /// <summary><c>-a</c>, element by element (<c>0 - a</c> would turn -0 into +0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TBlock Negate<TBlock>(TBlock a)
        where TBlock : unmanaged
        => Apply<TBlock, NegateOp>(a, a);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TBlock Apply<TBlock, TOp>(TBlock a, TBlock b)
        where TBlock : unmanaged
        where TOp : IBlockOp
    {
        if (Unsafe.SizeOf<TBlock>() == 16)
        {
            Vector128<T> r = TOp.Op(Unsafe.As<TBlock, Vector128<T>>(ref a), Unsafe.As<TBlock, Vector128<T>>(ref b));
            return Unsafe.As<Vector128<T>, TBlock>(ref r);
        }

        if (Unsafe.SizeOf<TBlock>() == 32)
        {
            Vector256<T> r = TOp.Op(Unsafe.As<TBlock, Vector256<T>>(ref a), Unsafe.As<TBlock, Vector256<T>>(ref b));
            return Unsafe.As<Vector256<T>, TBlock>(ref r);
        }

        ref Vector512<T> x = ref Unsafe.As<TBlock, Vector512<T>>(ref a);
        ref Vector512<T> y = ref Unsafe.As<TBlock, Vector512<T>>(ref b);
        for (int i = 0; i < Unsafe.SizeOf<TBlock>() / 64; i++)
        {
            Unsafe.Add(ref x, i) = TOp.Op(Unsafe.Add(ref x, i), Unsafe.Add(ref y, i));
        }

        return a;
    }

    private interface IBlockOp
    {
        static abstract Vector128<T> Op(Vector128<T> a, Vector128<T> b);

        static abstract Vector256<T> Op(Vector256<T> a, Vector256<T> b);

        static abstract Vector512<T> Op(Vector512<T> a, Vector512<T> b);
    }

    private readonly struct AddOp : IBlockOp
    {
        public static Vector128<T> Op(Vector128<T> a, Vector128<T> b) => a + b;

        public static Vector256<T> Op(Vector256<T> a, Vector256<T> b) => a + b;

        public static Vector512<T> Op(Vector512<T> a, Vector512<T> b) => a + b;
    }

    private readonly struct SubtractOp : IBlockOp
    {
        public static Vector128<T> Op(Vector128<T> a, Vector128<T> b) => a - b;

        public static Vector256<T> Op(Vector256<T> a, Vector256<T> b) => a - b;

        public static Vector512<T> Op(Vector512<T> a, Vector512<T> b) => a - b;
    }

    private readonly struct MultiplyOp : IBlockOp
    {
        public static Vector128<T> Op(Vector128<T> a, Vector128<T> b) => a * b;

        public static Vector256<T> Op(Vector256<T> a, Vector256<T> b) => a * b;

        public static Vector512<T> Op(Vector512<T> a, Vector512<T> b) => a * b;
    }

    private readonly struct DivideOp : IBlockOp
    {
        public static Vector128<T> Op(Vector128<T> a, Vector128<T> b) => a / b;

        public static Vector256<T> Op(Vector256<T> a, Vector256<T> b) => a / b;

        public static Vector512<T> Op(Vector512<T> a, Vector512<T> b) => a / b;
    }

    // The second operand is the first again and is ignored.
    private readonly struct NegateOp : IBlockOp
    {
        public static Vector128<T> Op(Vector128<T> a, Vector128<T> b) => -a;

        public static Vector256<T> Op(Vector256<T> a, Vector256<T> b) => -a;

        public static Vector512<T> Op(Vector512<T> a, Vector512<T> b) => -a;
    }
}
