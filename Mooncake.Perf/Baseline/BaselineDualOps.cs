using System.Runtime.CompilerServices;
using Mooncake.Perf.Tangents;

namespace Mooncake.Perf.Baseline;

/// <summary>The workload operations on the scalar-loop baseline <see cref="BaselineDual{TPartials}"/>.</summary>
/// <typeparam name="TPartials">The partials buffer; it fixes the width.</typeparam>
public readonly struct BaselineDualOps<TPartials> : IDualOps<BaselineDual<TPartials>>
    where TPartials : struct, IPartials<TPartials>
{
    /// <inheritdoc/>
    public static int Width => TPartials.Width;

    /// <inheritdoc/>
    public static BaselineDual<TPartials> Zero => BaselineDual<TPartials>.Constant(0.0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Load(double value, ref readonly double lanes) => BaselineDual<TPartials>.Load(value, in lanes);

    /// <inheritdoc/>
    public static double Value(in BaselineDual<TPartials> x) => x.Value;

    /// <inheritdoc/>
    public static double Lane(in BaselineDual<TPartials> x, int lane) => x[lane];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Add(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y) => x + y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Add(in BaselineDual<TPartials> x, double c) => x + c;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Multiply(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y) => x * y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Multiply(in BaselineDual<TPartials> x, double c) => x * c;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Divide(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y) => x / y;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Exp(in BaselineDual<TPartials> x) => BaselineDual<TPartials>.Exp(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Log(in BaselineDual<TPartials> x) => BaselineDual<TPartials>.Log(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Sin(in BaselineDual<TPartials> x) => BaselineDual<TPartials>.Sin(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaselineDual<TPartials> Cos(in BaselineDual<TPartials> x) => BaselineDual<TPartials>.Cos(x);
}
