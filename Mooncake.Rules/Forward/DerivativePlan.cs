using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The derivative of a <c>Func&lt;double, double&gt;</c>, prepared once (rule built, closure
/// tangent allocated) and evaluated without allocating. An instance may be used by one thread
/// at a time; prepare one per thread to evaluate in parallel.
/// </summary>
public sealed class DerivativePlan
{
    private readonly ScalarToScalar<Chunk1> _entry;
    private readonly object? _target;
    private readonly object? _targetTangent;

    internal DerivativePlan(Func<double, double> f)
    {
        _entry = EntryPoints.For<ScalarToScalar<Chunk1>>(f.Method);
        _target = f.Target;
        _targetTangent = EntryPoints.ZeroTangentOfTarget(f.Target, ChunkWidth.Resolve(1));
    }

    /// <summary>Returns <c>f(x)</c> and sets <paramref name="derivative"/> to <c>f'(x)</c>.</summary>
    public double ValueAndDerivative(double x, out double derivative)
    {
        double value = _entry(_target, _targetTangent, x, Chunk1.OneHot(0, 1.0), out Chunk1 d);
        derivative = d[0];
        return value;
    }
}
