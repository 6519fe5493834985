using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// The derivative of a <c>Func&lt;double, double&gt;</c>, prepared once (rule built, closure
/// tangent allocated) and evaluated without allocating, at one point or at many. An instance may
/// be used by one thread at a time; prepare one per thread to evaluate in parallel.
/// </summary>
/// <remarks>
/// Both evaluations go through one emitted loop that calls the derived rule directly for each
/// point, each point its own pass (state a pass leaves in static data carries no tangent into the
/// next point). <see cref="ValuesAndDerivatives"/> pays the delegate call into that loop once per
/// batch instead of once per point, which matters for a cheap function.
/// </remarks>
[TakesDerivatives]
public sealed class DerivativePlan
{
    private readonly ScalarToScalarPoints _points;
    private readonly object? _target;
    private readonly object? _targetTangent;

    internal DerivativePlan(Func<double, double> f)
    {
        _points = PointEntries.For(f.Method);
        _target = f.Target;
        _targetTangent = EntryPoints.ZeroTangentOfTarget(f.Target, ChunkWidth.Resolve(1));
    }

    /// <summary>Returns <c>f(x)</c> and sets <paramref name="derivative"/> to <c>f'(x)</c>.</summary>
    public double ValueAndDerivative(double x, out double derivative)
    {
        Unsafe.SkipInit(out derivative);
        Unsafe.SkipInit(out double value);
        _points(_target, _targetTangent, ref x, ref value, ref derivative, 1);
        return value;
    }

    /// <summary>
    /// Sets <c>values[i] = f(x[i])</c> and <c>derivatives[i] = f'(x[i])</c> for every point: the
    /// same numbers, bit for bit, as <see cref="ValueAndDerivative"/> at each point in turn.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> or <paramref name="derivatives"/> does not have the length of <paramref name="x"/>.</exception>
    /// <remarks>
    /// If <c>f</c> throws at a point, the exception propagates and the outputs of the earlier
    /// points are already written. <paramref name="x"/> may be the same span as
    /// <paramref name="values"/> or <paramref name="derivatives"/> (point i is read before its
    /// results are written); other overlaps give unspecified results.
    /// </remarks>
    public void ValuesAndDerivatives(ReadOnlySpan<double> x, Span<double> values, Span<double> derivatives)
    {
        if (values.Length != x.Length)
        {
            throw new ArgumentException($"There are {x.Length} points but room for {values.Length} values: the spans must have the same length.", nameof(values));
        }

        if (derivatives.Length != x.Length)
        {
            throw new ArgumentException($"There are {x.Length} points but room for {derivatives.Length} derivatives: the spans must have the same length.", nameof(derivatives));
        }

        if (x.IsEmpty)
        {
            return;
        }

        _points(
            _target,
            _targetTangent,
            ref MemoryMarshal.GetReference(x),
            ref MemoryMarshal.GetReference(values),
            ref MemoryMarshal.GetReference(derivatives),
            x.Length);
    }
}
