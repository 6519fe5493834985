using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>Rules for the trigonometric functions of <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/> and <see cref="float"/>.</summary>
public static class TrigonometricRules
{
    /// <summary>The rule of <see cref="Math.Sin(double)"/>.</summary>
    [FRule(typeof(Math), nameof(Math.Sin), typeof(double))]
    [FRule(typeof(double), nameof(double.Sin), typeof(double))]
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Dual<TChunk> Sin<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DualMath<Dual<TChunk>, TChunk, double>.Sin(x);
}
