using BenchmarkDotNet.Attributes;
using Mooncake.Perf.Baseline;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Builder;

/// <summary>
/// The full gradient of a <see cref="BuilderInputs.Length"/>-input workload at one width, by the
/// derived rule through a prepared <see cref="GradientPlan"/>, by the hand-written dual code and
/// by the ForwardDiff-style baseline, beside the primal function, in one class so they run back
/// to back. Every method returns the function's value; the gradient goes to one shared array.
/// </summary>
/// <typeparam name="TWorkload">The function.</typeparam>
/// <typeparam name="TChunk">The chunk <see cref="ChunkWidth.Resolve(int)"/> picks for the width on this machine (the plan's own).</typeparam>
/// <typeparam name="TPartials">The baseline's partials buffer of the same width.</typeparam>
public class GradientBenchmark<TWorkload, TChunk, TPartials> : BuilderBenchmark
    where TWorkload : IGradientWorkload
    where TChunk : struct, IChunk<TChunk, double>
    where TPartials : struct, IPartials<TPartials>
{
    private GradientPlan? _plan;
    private DerivedRuleGradient<TChunk>? _rule;
    private DualGradient<TWorkload, TChunk>? _hand;
    private BaselineGradient<TWorkload, TPartials>? _baseline;

    /// <inheritdoc/>
    public override string Workload => TWorkload.Name;

    /// <inheritdoc/>
    public override int Width => TChunk.Width;

    /// <inheritdoc/>
    public override Type Chunk => typeof(TChunk);

    /// <summary>The user's function as a delegate, as handed to <see cref="Forward"/>.</summary>
    protected static Func<double[], double> Function { get; } = TWorkload.Plain;

    /// <summary>The inputs.</summary>
    protected double[] X { get; private set; } = [];

    /// <summary>Where every gradient is written.</summary>
    protected double[] Gradient { get; private set; } = [];

    /// <inheritdoc/>
    public override IReadOnlyList<(string Method, Func<double> Run)> Methods() => [.. Implementations()];

    /// <inheritdoc/>
    protected override void Prepare()
    {
        X = BuilderInputs.Uniform(BuilderInputs.Length);
        Gradient = new double[BuilderInputs.Length];
        _plan = Forward.PrepareGradient(Function, BuilderInputs.Length, TChunk.Width);
        Type planChunk = _plan.GetType().GetGenericArguments()[0];
        if (planChunk != typeof(TChunk))
        {
            throw new InvalidOperationException($"The plan at width {TChunk.Width} runs on {planChunk.Name}, not {typeof(TChunk).Name}: list the benchmark with the chunk ChunkWidth.Resolve picks.");
        }

        _rule = new DerivedRuleGradient<TChunk>(Function, BuilderInputs.Length);
        _hand = new DualGradient<TWorkload, TChunk>(BuilderInputs.Length);
        _baseline = new BaselineGradient<TWorkload, TPartials>(BuilderInputs.Length);
        SetupVariants();
    }

    /// <summary>The plain function.</summary>
    [Benchmark(Baseline = true)]
    public double Primal() => TWorkload.Plain(X);

    /// <summary>The derived rule through the prepared plan.</summary>
    [Benchmark]
    public double Derived() => _plan!.ValueAndGradient(X, Gradient);

    /// <summary>The derived rule called directly (diagnostic).</summary>
    [Benchmark]
    public double DerivedRuleOnly() => _rule!.ValueAndGradient(X, Gradient);

    /// <summary>The generic-math function on <see cref="Dual{TChunk}"/>.</summary>
    [Benchmark]
    public double HandWritten() => _hand!.ValueAndGradient(X, Gradient);

    /// <summary>The baseline dual.</summary>
    [Benchmark]
    public double ForwardDiffBaseline() => _baseline!.ValueAndGradient(X, Gradient);

    /// <summary>The rules' scalar work of every pass of a gradient, without tangents (diagnostic: the floor under every dual implementation).</summary>
    [Benchmark]
    public double ScalarWork()
    {
        double value = 0.0;
        for (int start = 0; start < X.Length; start += TChunk.Width)
        {
            value = TWorkload.ScalarWork(X);
        }

        return value;
    }

    /// <summary>Builds what the variants of a derived class need.</summary>
    protected virtual void SetupVariants()
    {
    }

    /// <summary>Every benchmark method by name, the primal first.</summary>
    protected virtual IEnumerable<(string Method, Func<double> Run)> Implementations() =>
    [
        (Implementation.Primal, Primal),
        (Implementation.Derived, Derived),
        (Implementation.DerivedRuleOnly, DerivedRuleOnly),
        (Implementation.HandWritten, HandWritten),
        (Implementation.ForwardDiffBaseline, ForwardDiffBaseline),
        (Implementation.ScalarWork, ScalarWork),
    ];

    /// <inheritdoc/>
    protected override void ClearOutputs() => Array.Fill(Gradient, double.NaN);

    /// <inheritdoc/>
    protected override double[] Outputs(double value) => [value, .. Gradient];
}
