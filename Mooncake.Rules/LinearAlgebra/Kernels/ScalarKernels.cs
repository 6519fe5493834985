using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Mooncake.Rules;

/// <summary>
/// The vector loops of the primal kernels of <see cref="LinearAlgebra"/>: dot products, sums and
/// row updates over contiguous runs of doubles, four lanes of <see cref="Vector256{T}"/> at a time
/// with explicit fused multiply-adds.
/// </summary>
/// <remarks>
/// The loops use <see cref="Vector256{T}"/> whether or not the hardware accelerates it, so a sum
/// is added up in the same order, and rounds the same way, on every machine.
/// </remarks>
internal static class ScalarKernels
{
    /// <summary><c>Σ x[j] y[j]</c> over <paramref name="count"/> values: eight partial sums in two vectors, then the tail.</summary>
    public static double Dot(ref double x, ref double y, int count)
    {
        var s0 = Vector256<double>.Zero;
        var s1 = Vector256<double>.Zero;
        nint j = 0;
        for (; j <= count - 8; j += 8)
        {
            s0 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x, (nuint)j), Vector256.LoadUnsafe(ref y, (nuint)j), s0);
            s1 = Vector256.FusedMultiplyAdd(Vector256.LoadUnsafe(ref x, (nuint)(j + 4)), Vector256.LoadUnsafe(ref y, (nuint)(j + 4)), s1);
        }

        double sum = Vector256.Sum(s0 + s1);
        for (; j < count; j++)
        {
            sum = Math.FusedMultiplyAdd(Unsafe.Add(ref x, j), Unsafe.Add(ref y, j), sum);
        }

        return sum;
    }

    /// <summary><c>Σ x[j]</c> over <paramref name="count"/> values, in the order of <see cref="Dot"/>.</summary>
    public static double Sum(ref double x, int count)
    {
        var s0 = Vector256<double>.Zero;
        var s1 = Vector256<double>.Zero;
        nint j = 0;
        for (; j <= count - 8; j += 8)
        {
            s0 += Vector256.LoadUnsafe(ref x, (nuint)j);
            s1 += Vector256.LoadUnsafe(ref x, (nuint)(j + 4));
        }

        double sum = Vector256.Sum(s0 + s1);
        for (; j < count; j++)
        {
            sum += Unsafe.Add(ref x, j);
        }

        return sum;
    }

    /// <summary><c>y[j] += a x[j]</c> (fused) over <paramref name="count"/> values.</summary>
    public static void Axpy(ref double y, double a, ref double x, int count)
    {
        var va = Vector256.Create(a);
        nint j = 0;
        for (; j <= count - 4; j += 4)
        {
            Vector256.FusedMultiplyAdd(va, Vector256.LoadUnsafe(ref x, (nuint)j), Vector256.LoadUnsafe(ref y, (nuint)j)).StoreUnsafe(ref y, (nuint)j);
        }

        for (; j < count; j++)
        {
            Unsafe.Add(ref y, j) = Math.FusedMultiplyAdd(a, Unsafe.Add(ref x, j), Unsafe.Add(ref y, j));
        }
    }

    /// <summary><c>y[j] *= a</c> over <paramref name="count"/> values.</summary>
    public static void Scale(ref double y, double a, int count)
    {
        var va = Vector256.Create(a);
        nint j = 0;
        for (; j <= count - 4; j += 4)
        {
            (Vector256.LoadUnsafe(ref y, (nuint)j) * va).StoreUnsafe(ref y, (nuint)j);
        }

        for (; j < count; j++)
        {
            Unsafe.Add(ref y, j) *= a;
        }
    }

    /// <summary><c>y[j] /= d</c> over <paramref name="count"/> values (a true division, not a multiplication by the reciprocal).</summary>
    public static void Divide(ref double y, double d, int count)
    {
        var vd = Vector256.Create(d);
        nint j = 0;
        for (; j <= count - 4; j += 4)
        {
            (Vector256.LoadUnsafe(ref y, (nuint)j) / vd).StoreUnsafe(ref y, (nuint)j);
        }

        for (; j < count; j++)
        {
            Unsafe.Add(ref y, j) /= d;
        }
    }
}
