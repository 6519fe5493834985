using BenchmarkDotNet.Attributes;
using Mooncake.Perf.Baseline;
using Mooncake.Tangents;

namespace Mooncake.Perf.Builder;

/// <summary>
/// <see cref="GradientBenchmark{TWorkload, TChunk, TPartials}"/> at a width with two chunk
/// variants (8 and 16 lanes on AVX-512 hardware): the plan runs on the Vector512 chunk that
/// <see cref="ChunkWidth.Resolve(int)"/> picks, and the hand-written dual code and the derived
/// rule also run on the Vector256 chunk of the same width.
/// </summary>
/// <typeparam name="TWorkload">The function.</typeparam>
/// <typeparam name="TChunk">The chunk the plan runs on.</typeparam>
/// <typeparam name="TVector256Chunk">The Vector256 chunk of the same width.</typeparam>
/// <typeparam name="TPartials">The baseline's partials buffer of the same width.</typeparam>
public class WideGradientBenchmark<TWorkload, TChunk, TVector256Chunk, TPartials> : GradientBenchmark<TWorkload, TChunk, TPartials>
    where TWorkload : IGradientWorkload
    where TChunk : struct, IChunk<TChunk, double>
    where TVector256Chunk : struct, IChunk<TVector256Chunk, double>
    where TPartials : struct, IPartials<TPartials>
{
    private DerivedRuleGradient<TVector256Chunk>? _rule;
    private DualGradient<TWorkload, TVector256Chunk>? _hand;

    /// <inheritdoc/>
    public override Type? Vector256Chunk => typeof(TVector256Chunk);

    /// <summary>The derived rule called directly on the Vector256 chunk (diagnostic).</summary>
    [Benchmark]
    public double DerivedRuleVector256() => _rule!.ValueAndGradient(X, Gradient);

    /// <summary>The generic-math function on the Vector256 chunk.</summary>
    [Benchmark]
    public double HandWrittenVector256() => _hand!.ValueAndGradient(X, Gradient);

    /// <inheritdoc/>
    protected override void SetupVariants()
    {
        _rule = new DerivedRuleGradient<TVector256Chunk>(Function, BuilderInputs.Length);
        _hand = new DualGradient<TWorkload, TVector256Chunk>(BuilderInputs.Length);
    }

    /// <inheritdoc/>
    protected override IEnumerable<(string Method, Func<double> Run)> Implementations() =>
        [.. base.Implementations(), (Implementation.DerivedRuleVector256, DerivedRuleVector256), (Implementation.HandWrittenVector256, HandWrittenVector256)];
}
