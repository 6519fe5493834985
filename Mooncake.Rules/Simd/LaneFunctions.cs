using System.Numerics;
using Mooncake.Tangents;

namespace Mooncake.Rules;

// The scalar rules a SIMD operation applies to each of its lanes, as static members of structs so
// that the lane loop is specialised per function (and inlined) by the JIT.

/// <summary>A rule of one scalar dual, applied lane by lane.</summary>
internal interface ILaneFunction<TScalar>
{
    static abstract TScalar Apply(TScalar x);
}

/// <summary>A rule of two scalar duals, applied lane by lane.</summary>
internal interface ILaneFunction2<TScalar>
{
    static abstract TScalar Apply(TScalar x, TScalar y);
}

/// <summary>A rule of three scalar duals, applied lane by lane.</summary>
internal interface ILaneFunction3<TScalar>
{
    static abstract TScalar Apply(TScalar x, TScalar y, TScalar z);
}

internal readonly struct SqrtLane<TScalar, TChunk, T> : ILaneFunction<TScalar>
    where TScalar : struct, IDual<TScalar, TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static TScalar Apply(TScalar x) => DualMath<TScalar, TChunk, T>.Sqrt(x);
}

internal readonly struct AbsLane<TScalar, TChunk, T> : ILaneFunction<TScalar>
    where TScalar : struct, IDual<TScalar, TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static TScalar Apply(TScalar x) => DualMath<TScalar, TChunk, T>.Abs(x);
}

internal readonly struct DivideLane<TScalar, TChunk, T> : ILaneFunction2<TScalar>
    where TScalar : struct, IDual<TScalar, TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static TScalar Apply(TScalar x, TScalar y) => DualMath<TScalar, TChunk, T>.Divide(x, y);
}

internal readonly struct MinLane<TScalar, TChunk, T> : ILaneFunction2<TScalar>
    where TScalar : struct, IDual<TScalar, TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static TScalar Apply(TScalar x, TScalar y) => DualMath<TScalar, TChunk, T>.Min(x, y);
}

internal readonly struct MaxLane<TScalar, TChunk, T> : ILaneFunction2<TScalar>
    where TScalar : struct, IDual<TScalar, TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static TScalar Apply(TScalar x, TScalar y) => DualMath<TScalar, TChunk, T>.Max(x, y);
}

internal readonly struct FusedMultiplyAddLane<TScalar, TChunk, T> : ILaneFunction3<TScalar>
    where TScalar : struct, IDual<TScalar, TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    public static TScalar Apply(TScalar x, TScalar y, TScalar z) => DualMath<TScalar, TChunk, T>.FusedMultiplyAdd(x, y, z);
}
