using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class EnumerableRules
{
    /// <summary>
    /// The rule of <see cref="Enumerable.Range(int, int)"/>: the primal range, which has no
    /// tangent (a null one), so that <c>Enumerable.Range(0, n).Select(i =&gt; ...)</c> can be
    /// differentiated through the selector.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Range), typeof(int), typeof(int))]
    public static Dual<IEnumerable<int>, object> Range<TChunk>(int start, int count)
        where TChunk : struct, IChunk<TChunk, double>
        => new(Enumerable.Range(start, count), null!);

    /// <summary>The rule of <see cref="Enumerable.Repeat{TResult}(TResult, int)"/> at <c>double</c>: <paramref name="count"/> copies of the element and its partials.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Repeat), typeof(GenericParameter.T0), typeof(int), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> Repeat<TChunk>(Dual<TChunk> element, int count)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var result = new SequenceBuilder<TChunk>(count);
        for (int i = 0; i < count; i++)
        {
            result.Set(i, element);
        }

        return result.Result();
    }
}
