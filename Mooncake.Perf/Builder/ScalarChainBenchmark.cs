using BenchmarkDotNet.Attributes;
using Mooncake.Perf.Baseline;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Builder;

/// <summary>
/// <see cref="ScalarChain"/> and its derivative at each of <see cref="Points"/> points, one
/// direction per point: by the derived rule through a prepared <see cref="DerivativePlan"/> (all
/// points in one call, or one call per point), by
/// the hand-written dual code on <see cref="Dual{TChunk}"/> of <see cref="Chunk1"/> and by the
/// baseline at width 1, beside the plain function at the same points.
/// </summary>
public class ScalarChainBenchmark : BuilderBenchmark
{
    /// <summary>The number of points.</summary>
    public const int Points = 1000;

    private double[] _t = [];
    private double[] _values = [];
    private double[] _derivatives = [];
    private DerivativePlan? _plan;

    /// <inheritdoc/>
    public override string Workload => "scalar chain";

    /// <inheritdoc/>
    public override int Width => 1;

    /// <inheritdoc/>
    public override Type Chunk => typeof(Chunk1);

    /// <summary>The points (after setup).</summary>
    public double[] Inputs => _t;

    /// <inheritdoc/>
    public override IReadOnlyList<(string Method, Func<double> Run)> Methods() =>
    [
        (Implementation.Primal, Primal),
        (Implementation.Derived, Derived),
        (Implementation.HandWritten, HandWritten),
        (Implementation.ForwardDiffBaseline, ForwardDiffBaseline),
    ];

    /// <inheritdoc/>
    protected override void Prepare()
    {
        _t = BuilderInputs.Uniform(Points);
        _values = new double[Points];
        _derivatives = new double[Points];
        _plan = Forward.PrepareDerivative(ScalarChain.Plain);
    }

    /// <summary>The plain function at every point.</summary>
    [Benchmark(Baseline = true)]
    public double Primal()
    {
        double[] t = _t, values = _values;
        for (int j = 0; j < t.Length; j++)
        {
            values[j] = ScalarChain.Plain(t[j]);
        }

        return values[^1];
    }

    /// <summary>The derived rule through the prepared plan, all points in one call (<see cref="DerivativePlan.ValuesAndDerivatives"/>).</summary>
    [Benchmark]
    public double Derived()
    {
        _plan!.ValuesAndDerivatives(_t, _values, _derivatives);
        return _values[^1];
    }

    /// <summary>The derived rule through the prepared plan, one call per point (<see cref="DerivativePlan.ValueAndDerivative"/>).</summary>
    [Benchmark]
    public double DerivedPerPoint()
    {
        DerivativePlan plan = _plan!;
        double[] t = _t, values = _values, derivatives = _derivatives;
        for (int j = 0; j < t.Length; j++)
        {
            values[j] = plan.ValueAndDerivative(t[j], out derivatives[j]);
        }

        return values[^1];
    }

    /// <summary>The generic-math function on <see cref="Dual{TChunk}"/> of <see cref="Chunk1"/>.</summary>
    [Benchmark]
    public double HandWritten()
    {
        double[] t = _t, values = _values, derivatives = _derivatives;
        for (int j = 0; j < t.Length; j++)
        {
            Dual<Chunk1> y = ScalarChain.Generic(Dual<Chunk1>.Seed(t[j], 0));
            values[j] = y.Value;
            derivatives[j] = y[0];
        }

        return values[^1];
    }

    /// <summary>The baseline dual at width 1.</summary>
    [Benchmark]
    public double ForwardDiffBaseline()
    {
        double[] t = _t, values = _values, derivatives = _derivatives;
        double one = 1.0;
        for (int j = 0; j < t.Length; j++)
        {
            BaselineDual<Partials1>.Load(t[j], in one, out BaselineDual<Partials1> x);
            ScalarChain.Baseline(in x, out BaselineDual<Partials1> y);
            values[j] = y.Value;
            derivatives[j] = y[0];
        }

        return values[^1];
    }

    /// <inheritdoc/>
    protected override void ClearOutputs()
    {
        Array.Fill(_values, double.NaN);
        Array.Fill(_derivatives, double.NaN);
    }

    /// <inheritdoc/>
    protected override double[] Outputs(double value) => [.. _values, .. _derivatives];
}
