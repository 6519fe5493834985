using BenchmarkDotNet.Attributes;
using Mooncake.Perf.Baseline;
using Mooncake.Perf.Tangents;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Builder;

/// <summary>
/// <see cref="SinCosExpSum"/> over <see cref="BuilderInputs.Length"/> inputs, its value and
/// <see cref="Directions"/> directional derivatives in one pass: by the derived rule through
/// a prepared <see cref="PushforwardPlan"/> (the directions transposed into its block each call), by the
/// hand-written dual code on both chunk variants and by the baseline, each seeding its duals from
/// the same direction arrays.
/// </summary>
/// <typeparam name="TChunk">The chunk <see cref="ChunkWidth.Resolve(int)"/> picks for 8 lanes (the one the plan runs on).</typeparam>
/// <typeparam name="TVector256Chunk">The Vector256 chunk of 8 lanes.</typeparam>
public class SinCosExpSumBenchmark<TChunk, TVector256Chunk> : BuilderBenchmark, IPassInputs
    where TChunk : struct, IChunk<TChunk, double>
    where TVector256Chunk : struct, IChunk<TVector256Chunk, double>
{
    /// <summary>The directions carried in the pass.</summary>
    public const int Directions = 8;

    private static readonly Func<double[], double> Function = SinCosExpSum.Plain;

    private double[] _x = [];
    private double[][] _directions = [];
    private double[] _result = [];
    private Dual<TChunk>[] _duals = [];
    private Dual<TVector256Chunk>[] _vector256Duals = [];
    private BaselineDual<Partials8>[] _baselineDuals = [];
    private PushforwardPlan? _plan;
    private ArrayRule<TChunk>? _rule;
    private ArrayTangent<TChunk, double>? _block;

    /// <inheritdoc/>
    public override string Workload => "sin·cos·exp sum";

    /// <inheritdoc/>
    public override int Width => Directions;

    /// <inheritdoc/>
    public override Type Chunk => typeof(TChunk);

    /// <inheritdoc/>
    public override Type? Vector256Chunk => typeof(TVector256Chunk);

    /// <inheritdoc/>
    public double[] Input => _x;

    /// <inheritdoc/>
    public double[][] DirectionVectors => _directions;

    /// <inheritdoc/>
    public override IReadOnlyList<(string Method, Func<double> Run)> Methods() =>
    [
        (Implementation.Primal, Primal),
        (Implementation.Derived, Derived),
        (Implementation.DerivedRuleOnly, DerivedRuleOnly),
        (Implementation.HandWritten, HandWritten),
        (Implementation.HandWrittenVector256, HandWrittenVector256),
        (Implementation.ForwardDiffBaseline, ForwardDiffBaseline),
        (Implementation.ScalarWork, ScalarWork),
    ];

    /// <inheritdoc/>
    protected override void Prepare()
    {
        if (ChunkWidth.Resolve(Directions).DoubleChunk != typeof(TChunk))
        {
            throw new InvalidOperationException($"Pushforward carries {Directions} directions on {ChunkWidth.Resolve(Directions).DoubleChunk.Name}, not {typeof(TChunk).Name}.");
        }

        _x = BuilderInputs.Uniform(BuilderInputs.Length);
        _directions = [.. Enumerable.Range(1, Directions).Select(k => BuilderInputs.Uniform(BuilderInputs.Length, k))];
        _result = new double[Directions];
        _duals = new Dual<TChunk>[BuilderInputs.Length];
        _vector256Duals = new Dual<TVector256Chunk>[BuilderInputs.Length];
        _baselineDuals = new BaselineDual<Partials8>[BuilderInputs.Length];
        _plan = Forward.PreparePushforward(Function, BuilderInputs.Length, Directions); // builds the rule
        _rule = DerivedRuleGradient<TChunk>.SplitRule(Function);
        _block = new ArrayTangent<TChunk, double>(BuilderInputs.Length);
    }

    /// <summary>The plain function.</summary>
    [Benchmark(Baseline = true)]
    public double Primal() => SinCosExpSum.Plain(_x);

    /// <summary>The rules' scalar work without tangents (diagnostic: the floor under every dual implementation).</summary>
    [Benchmark]
    public double ScalarWork() => SinCosExpSum.ScalarWork(_x);

    /// <summary>The derived rule through the prepared <see cref="PushforwardPlan"/>.</summary>
    [Benchmark]
    public double Derived() => _plan!.ValueAndPushforward(_x, _directions, _result);

    /// <summary>The derived rule called directly on a block allocated once, seeded lane by lane (diagnostic: the plan's seeding and dispatch are the difference).</summary>
    [Benchmark]
    public double DerivedRuleOnly()
    {
        for (int k = 0; k < Directions; k++)
        {
            _block!.SetLane(k, _directions[k]);
        }

        double value = _rule!(_x, _block!, out TChunk partials);
        for (int k = 0; k < Directions; k++)
        {
            _result[k] = partials[k];
        }

        return value;
    }

    /// <summary>The generic-math function on <see cref="Dual{TChunk}"/>.</summary>
    [Benchmark]
    public double HandWritten() => HandWrittenPass(_duals);

    /// <summary>The generic-math function on the Vector256 chunk.</summary>
    [Benchmark]
    public double HandWrittenVector256() => HandWrittenPass(_vector256Duals);

    /// <summary>The baseline dual.</summary>
    [Benchmark]
    public double ForwardDiffBaseline()
    {
        DirectionSeeding.Seed<BaselineDualOps<Partials8>, BaselineDual<Partials8>>(_x, _directions, _baselineDuals);
        SinCosExpSum.Baseline(_baselineDuals, out BaselineDual<Partials8> y);
        DirectionSeeding.Extract<BaselineDualOps<Partials8>, BaselineDual<Partials8>>(in y, _result);
        return y.Value;
    }

    private double HandWrittenPass<TPassChunk>(Dual<TPassChunk>[] duals)
        where TPassChunk : struct, IChunk<TPassChunk, double>
    {
        DirectionSeeding.Seed<ChunkDualOps<TPassChunk>, Dual<TPassChunk>>(_x, _directions, duals);
        Dual<TPassChunk> y = SinCosExpSum.Generic(duals);
        DirectionSeeding.Extract<ChunkDualOps<TPassChunk>, Dual<TPassChunk>>(in y, _result);
        return y.Value;
    }

    /// <inheritdoc/>
    protected override void ClearOutputs() => Array.Fill(_result, double.NaN);

    /// <inheritdoc/>
    protected override double[] Outputs(double value) => [value, .. _result];
}
