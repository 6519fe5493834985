namespace Mooncake.Perf.Tangents;

/// <summary>
/// The operations the tangent workloads use, for one dual type. <see cref="Mooncake.Tangents.Dual{TChunk}"/>
/// and the baseline dual share no interface that has the mixed-<see cref="double"/> operators, so
/// each workload is written once against this witness and the JIT specialises it per
/// (witness, dual) pair; every member forwards to the dual's own operation and inlines.
/// </summary>
/// <remarks>
/// Operations are in destination-passing form, operands by reference and the result written to
/// <c>r</c>, which may be one of the operands. This is what lets the baseline dual build each
/// result in place instead of copying it (see <see cref="Baseline.BaselineDual{TPartials}"/>);
/// for the SIMD dual the references disappear once inlined and it stays in registers.
/// </remarks>
/// <typeparam name="TDual">The dual type.</typeparam>
public interface IDualOps<TDual>
    where TDual : struct
{
    /// <summary>The number of lanes of <typeparamref name="TDual"/>.</summary>
    static abstract int Width { get; }

    /// <summary>The dual 0 with zero partials.</summary>
    static abstract TDual Zero { get; }

    /// <summary>The primal value of <paramref name="x"/>.</summary>
    static abstract double Value(in TDual x);

    /// <summary>Partial <paramref name="lane"/> of <paramref name="x"/> (not on a hot path).</summary>
    static abstract double Lane(in TDual x, int lane);

    /// <summary><c>r</c> = <paramref name="value"/> with the <see cref="Width"/> partials stored from <paramref name="lanes"/> on (one chunk of a chunk-major block).</summary>
    static abstract void Load(double value, ref readonly double lanes, out TDual r);

    /// <summary><c>r = x + y</c>.</summary>
    static abstract void Add(in TDual x, in TDual y, out TDual r);

    /// <summary><c>r = x + c</c>.</summary>
    static abstract void Add(in TDual x, double c, out TDual r);

    /// <summary><c>r = x * y</c>.</summary>
    static abstract void Multiply(in TDual x, in TDual y, out TDual r);

    /// <summary><c>r = x * c</c>.</summary>
    static abstract void Multiply(in TDual x, double c, out TDual r);

    /// <summary><c>r = x / y</c>.</summary>
    static abstract void Divide(in TDual x, in TDual y, out TDual r);

    /// <summary><c>r = e^x</c>.</summary>
    static abstract void Exp(in TDual x, out TDual r);

    /// <summary><c>r = ln x</c>.</summary>
    static abstract void Log(in TDual x, out TDual r);

    /// <summary><c>r = sin x</c>.</summary>
    static abstract void Sin(in TDual x, out TDual r);

    /// <summary><c>r = cos x</c>.</summary>
    static abstract void Cos(in TDual x, out TDual r);
}
