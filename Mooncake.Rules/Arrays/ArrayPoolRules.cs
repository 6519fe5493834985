using System.Buffers;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for <see cref="ArrayPool{T}"/> of <c>double</c> and <c>float</c> (scratch buffers in HPC
/// and library code, <c>ArrayPool&lt;double&gt;.Shared.Rent(n)</c>): a rented array gets a zero
/// tangent of its own length, since what a pool hands out is leftover data that carries no
/// derivative, and returning it leaves the tangent behind. Any pool, since the rule calls the
/// receiver's own <c>Rent</c> and <c>Return</c>.
/// </summary>
public static class ArrayPoolRules
{
    /// <summary>The rule of <see cref="ArrayPool{T}.Rent(int)"/> for <c>double</c>.</summary>
    [FRule(typeof(ArrayPool<double>), nameof(ArrayPool<double>.Rent), typeof(int), ReadOnly = [0])]
    public static Dual<double[], ArrayTangent<TChunk, double>> Rent<TChunk>(Dual<ArrayPool<double>, object> pool, int minimumLength)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double[] array = pool.Primal.Rent(minimumLength);
        return new(array, new ArrayTangent<TChunk, double>(array.Length));
    }

    /// <summary>The rule of <see cref="ArrayPool{T}.Return(T[], bool)"/> for <c>double</c>.</summary>
    [FRule(typeof(ArrayPool<double>), nameof(ArrayPool<double>.Return), typeof(double[]), typeof(bool), ReadOnly = [0])]
    public static void Return<TChunk>(Dual<ArrayPool<double>, object> pool, Dual<double[], ArrayTangent<TChunk, double>> array, bool clearArray)
        where TChunk : struct, IChunk<TChunk, double>
        => pool.Primal.Return(array.Primal, clearArray);

    /// <summary>The rule of <see cref="ArrayPool{T}.Rent(int)"/> for <c>float</c>.</summary>
    [FRule(typeof(ArrayPool<float>), nameof(ArrayPool<float>.Rent), typeof(int), ReadOnly = [0])]
    public static Dual<float[], ArrayTangent<TChunk, float>> RentFloats<TChunk>(Dual<ArrayPool<float>, object> pool, int minimumLength)
        where TChunk : struct, IChunk<TChunk, float>
    {
        float[] array = pool.Primal.Rent(minimumLength);
        return new(array, new ArrayTangent<TChunk, float>(array.Length));
    }

    /// <summary>The rule of <see cref="ArrayPool{T}.Return(T[], bool)"/> for <c>float</c>.</summary>
    [FRule(typeof(ArrayPool<float>), nameof(ArrayPool<float>.Return), typeof(float[]), typeof(bool), ReadOnly = [0])]
    public static void ReturnFloats<TChunk>(Dual<ArrayPool<float>, object> pool, Dual<float[], ArrayTangent<TChunk, float>> array, bool clearArray)
        where TChunk : struct, IChunk<TChunk, float>
        => pool.Primal.Return(array.Primal, clearArray);
}
