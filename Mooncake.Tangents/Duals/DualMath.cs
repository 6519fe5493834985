using System.Numerics;
using System.Runtime.CompilerServices;

namespace Mooncake.Tangents;

/// <summary>
/// The derivative formulas of every scalar operation, written once for any dual type: each
/// method computes the primal value exactly as the plain operation does and the partials by the
/// chain rule in all lanes. <see cref="Dual{TChunk}"/>, <see cref="FloatDual{TChunk}"/> and the
/// hand-written rules all call these.
/// </summary>
/// <remarks>
/// <para>Singular points follow one policy ("strong zero"): where a lane's input tangent is zero,
/// its output tangent is zero even when the local derivative is infinite or NaN, so
/// <c>Sqrt(0)</c> in a direction that does not move the argument has derivative 0, not NaN.
/// Lanes whose tangent is non-zero get the IEEE result (infinite or NaN).</para>
/// <para>Kinks take a documented one-sided derivative: <c>Abs</c> at ±0 takes the right
/// derivative (+1); <c>Max</c>, <c>Min</c> and their magnitude, number and native variants take the
/// partials of the argument they return, the first one on ties; <c>Clamp</c> and <c>ClampNative</c>
/// take the partials of the value while it is inside the closed interval [min, max]; <c>Hypot</c> at the origin
/// takes the zero subgradient (what <c>Sqrt(x * x + y * y)</c> gives under strong zero).</para>
/// <para>Points where no one-sided choice is natural give the IEEE value in lanes that move:
/// <c>Atan2</c> and <c>Atan2Pi</c> at the origin give NaN partials, and <c>Pow(0, y)</c> with
/// a moving exponent at <c>y ≤ 0</c> gives an infinite exponent partial (the limit 0 is used
/// only for <c>y &gt; 0</c>, where <c>0^y</c> is constant).</para>
/// <para>Rounding functions (Floor, Ceiling, Round, Truncate) have zero derivative.</para>
/// <para>The casts between the double and float duals are in <see cref="DualConversion"/>.</para>
/// </remarks>
/// <typeparam name="TDual">The dual type.</typeparam>
/// <typeparam name="TChunk">Its chunk type.</typeparam>
/// <typeparam name="T">Its primal type.</typeparam>
public static partial class DualMath<TDual, TChunk, T>
    where TDual : struct, IDual<TDual, TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>
    /// The chain rule for a function of one argument: the dual with <paramref name="value"/> and
    /// partials <c>x.Partials * derivative</c>, under the strong-zero policy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Chain(TDual x, T value, T derivative) =>
        TDual.Create(value, T.IsFinite(derivative)
            ? TChunk.Scale(x.Partials, derivative)
            : TChunk.ScaleStrongZero(x.Partials, derivative));

    /// <summary>
    /// The chain rule for a function of two arguments: partials
    /// <c>x.Partials * dx + y.Partials * dy</c>, each term under the strong-zero policy.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Chain(TDual x, TDual y, T value, T dx, T dy) =>
        TDual.Create(value, T.IsFinite(dx) && T.IsFinite(dy)
            ? TChunk.Combine(x.Partials, dx, y.Partials, dy)
            : TChunk.Add(TChunk.ScaleStrongZero(x.Partials, dx), TChunk.ScaleStrongZero(y.Partials, dy)));

    /// <summary>
    /// The chain rule for a derivative that is the ratio <paramref name="m"/> / <paramref name="d"/>
    /// and was computed as <paramref name="derivative"/>: where that is finite, as
    /// <see cref="Chain(TDual, T, T)"/>; where it overflowed, each lane is scaled by the ratio
    /// (<see cref="ChunkLanes.ScaleRatio{TChunk, T}"/>), so a tangent that is representable is not
    /// lost to an infinite intermediate (<c>1 / y</c> at <c>y = 1e-269</c>, whose derivative
    /// <c>-1 / y²</c> overflows while <c>y' / y²</c> need not).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Chain(TDual x, T value, T derivative, T m, T d) =>
        TDual.Create(value, T.IsFinite(derivative)
            ? TChunk.Scale(x.Partials, derivative)
            : ChunkLanes.ScaleRatio<TChunk, T>(x.Partials, m, d));

    /// <summary>
    /// As <see cref="Chain(TDual, TDual, T, T, T)"/> for local derivatives that are ratios,
    /// <c>dx = mx / nx</c> and <c>dy = my / ny</c>: where either overflowed, the term whose
    /// derivative overflowed is scaled by its ratio lane by lane, the other as
    /// <see cref="Chain(TDual, TDual, T, T, T)"/> scales it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Chain(TDual x, TDual y, T value, T dx, T dy, T mx, T nx, T my, T ny) =>
        TDual.Create(value, T.IsFinite(dx) && T.IsFinite(dy)
            ? TChunk.Combine(x.Partials, dx, y.Partials, dy)
            : TChunk.Add(
                T.IsFinite(dx) ? TChunk.ScaleStrongZero(x.Partials, dx) : ChunkLanes.ScaleRatio<TChunk, T>(x.Partials, mx, nx),
                T.IsFinite(dy) ? TChunk.ScaleStrongZero(y.Partials, dy) : ChunkLanes.ScaleRatio<TChunk, T>(y.Partials, my, ny)));

    /// <summary>A dual with zero partials: the derivative of a locally constant function.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TDual Constant(T value) => TDual.Create(value, TChunk.Zero);
}
