namespace Mooncake.Perf.Tangents;

/// <summary>
/// The operations the tangent workloads use, for one dual type. <see cref="Mooncake.Tangents.Dual{TChunk}"/>
/// and the baseline dual share no interface that has the mixed-<see cref="double"/> operators, so
/// each workload is written once against this witness and the JIT specialises it per
/// (witness, dual) pair; every member forwards to the dual's own operator or function and inlines.
/// Duals are passed by reference (<c>in</c>): the baseline's are up to 136 bytes, and for the
/// SIMD dual the reference disappears once inlined.
/// </summary>
/// <typeparam name="TDual">The dual type.</typeparam>
public interface IDualOps<TDual>
    where TDual : struct
{
    /// <summary>The number of lanes of <typeparamref name="TDual"/>.</summary>
    static abstract int Width { get; }

    /// <summary>The dual 0 with zero partials.</summary>
    static abstract TDual Zero { get; }

    /// <summary>A dual with <paramref name="value"/> and the <see cref="Width"/> partials stored from <paramref name="lanes"/> on (one chunk of a chunk-major block).</summary>
    static abstract TDual Load(double value, ref readonly double lanes);

    /// <summary>The primal value of <paramref name="x"/>.</summary>
    static abstract double Value(in TDual x);

    /// <summary>Partial <paramref name="lane"/> of <paramref name="x"/> (not on a hot path).</summary>
    static abstract double Lane(in TDual x, int lane);

    /// <summary><c>x + y</c>.</summary>
    static abstract TDual Add(in TDual x, in TDual y);

    /// <summary><c>x + c</c>.</summary>
    static abstract TDual Add(in TDual x, double c);

    /// <summary><c>x * y</c>.</summary>
    static abstract TDual Multiply(in TDual x, in TDual y);

    /// <summary><c>x * c</c>.</summary>
    static abstract TDual Multiply(in TDual x, double c);

    /// <summary><c>x / y</c>.</summary>
    static abstract TDual Divide(in TDual x, in TDual y);

    /// <summary><c>e^x</c>.</summary>
    static abstract TDual Exp(in TDual x);

    /// <summary><c>ln x</c>.</summary>
    static abstract TDual Log(in TDual x);

    /// <summary><c>sin x</c>.</summary>
    static abstract TDual Sin(in TDual x);

    /// <summary><c>cos x</c>.</summary>
    static abstract TDual Cos(in TDual x);
}
