using System.Runtime.CompilerServices;
using Mooncake.Perf.Tangents;

namespace Mooncake.Perf.Baseline;

/// <summary>The workload operations on the scalar-loop baseline <see cref="BaselineDual{TPartials}"/>, through its destination-passing operations.</summary>
/// <typeparam name="TPartials">The partials buffer; it fixes the width.</typeparam>
public readonly struct BaselineDualOps<TPartials> : IDualOps<BaselineDual<TPartials>>
    where TPartials : struct, IPartials<TPartials>
{
    /// <inheritdoc/>
    public static int Width => TPartials.Width;

    /// <inheritdoc/>
    public static BaselineDual<TPartials> Zero => BaselineDual<TPartials>.Constant(0.0);

    /// <inheritdoc/>
    public static double Value(in BaselineDual<TPartials> x) => x.Value;

    /// <inheritdoc/>
    public static double Lane(in BaselineDual<TPartials> x, int lane) => x[lane];

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Load(double value, ref readonly double lanes, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Load(value, in lanes, out r);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Add(in x, in y, out r);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(in BaselineDual<TPartials> x, double c, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Add(in x, c, out r);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Multiply(in x, in y, out r);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Multiply(in BaselineDual<TPartials> x, double c, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Multiply(in x, c, out r);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Divide(in BaselineDual<TPartials> x, in BaselineDual<TPartials> y, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Divide(in x, in y, out r);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exp(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Exp(in x, out r);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Log(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Log(in x, out r);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Sin(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Sin(in x, out r);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Cos(in BaselineDual<TPartials> x, out BaselineDual<TPartials> r) => BaselineDual<TPartials>.Cos(in x, out r);
}
