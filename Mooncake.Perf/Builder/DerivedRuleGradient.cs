using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Perf.Builder;

/// <summary>A derived rule of a <c>Func&lt;double[], double&gt;</c> in the builder's split convention.</summary>
/// <typeparam name="TChunk">The chunk type of the rule's width.</typeparam>
public delegate double ArrayRule<TChunk>(double[] x, ArrayTangent<TChunk, double> dx, out TChunk dy)
    where TChunk : struct, IChunk<TChunk, double>;

/// <summary>
/// A diagnostic: the derived rule of a static function called directly (no
/// <see cref="Mooncake.GradientPlan"/>), its direction block reseeded in O(Width) per pass
/// and the input not copied. Beside the plan it shows what the plan adds around the rule; beside
/// the hand-written dual code, what the rule's body costs.
/// </summary>
/// <typeparam name="TChunk">The chunk type; its width is the number of directions per pass.</typeparam>
public sealed class DerivedRuleGradient<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    private readonly ArrayRule<TChunk> _rule;
    private readonly ArrayTangent<TChunk, double> _direction;

    /// <summary>The derived rule of the static function <paramref name="f"/> at the width of <typeparamref name="TChunk"/>.</summary>
    public DerivedRuleGradient(Func<double[], double> f, int length)
    {
        _rule = SplitRule(f);
        _direction = new ArrayTangent<TChunk, double>(length);
    }

    /// <summary>The derived rule of the static function <paramref name="f"/> at the width of <typeparamref name="TChunk"/>, as a delegate.</summary>
    public static ArrayRule<TChunk> SplitRule(Func<double[], double> f) =>
        DerivedRules.GetSplitRule(f.Method, ChunkWidth.Of<TChunk>()).CreateDelegate<ArrayRule<TChunk>>();

    /// <summary>Returns <c>f(x)</c> and writes its gradient into <paramref name="gradient"/>; <c>f</c> must not write <paramref name="x"/>.</summary>
    public double ValueAndGradient(double[] x, double[] gradient)
    {
        double value = 0.0;
        for (int start = 0; start < x.Length; start += TChunk.Width)
        {
            _direction.SeedIdentity(start);
            value = _rule(x, _direction, out TChunk partials);
            _direction.ClearIdentity(start);
            ChunkSeeding.ExtractGradient(partials, start, gradient.AsSpan());
        }

        return value;
    }
}
