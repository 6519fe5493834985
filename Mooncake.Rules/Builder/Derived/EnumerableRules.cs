using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for LINQ over sequences of <see cref="double"/> (and, for the reductions,
/// <see cref="float"/>): the reductions <see cref="Enumerable.Sum(IEnumerable{double})"/>,
/// <c>Average</c>, <c>Max</c>, <c>Min</c> (also with a selector) and <c>Aggregate</c>; the
/// sequence operators <c>Select</c>, <c>Where</c>, <c>Zip</c>, <c>Skip</c>, <c>Take</c>,
/// <c>SkipLast</c>, <c>TakeLast</c>, <c>Concat</c>, <c>Reverse</c>, <c>Repeat</c> and
/// <c>Range</c>; the element picks <c>First</c>, <c>Last</c> and <c>ElementAt</c>;
/// <c>ToArray</c>; and the queries <c>Count</c>, <c>Any</c>, <c>All</c> and <c>Contains</c>,
/// which have no derivative and run on the primal.
/// </summary>
/// <remarks>
/// <para><b>Sources.</b> A source that carries a tangent must be a <c>double[]</c> or
/// <see cref="List{T}"/> (or their float versions) at run time: its tangent is read from the
/// array's block or the list's backing array's block (see <see cref="SequenceTangents{TChunk, T}"/>).
/// The sequences these rules return are arrays, so pipelines compose. A source without a tangent
/// (constants built outside the differentiated code) may be any sequence. Any other source
/// throws <see cref="NotSupportedException"/> naming its type.</para>
/// <para><b>Eager sequences.</b> LINQ's sequence operators are lazy; their rules are not: a
/// rule runs its selector or predicate once per element, in order, when it is called, and returns
/// the elements the sequence would yield, as an array with an array tangent. For selectors and
/// predicates without side effects, on sources not changed between building the query and
/// enumerating it, the values are the primal's bit for bit; a function that relies on deferred
/// execution (changing the source after <c>Select</c>, counting selector calls) sees the
/// difference.</para>
/// <para><c>Max</c> and <c>Min</c> take the partials of the element they return, the first of
/// equal elements, as <c>Math.Max</c>'s rule does. Selectors and aggregation functions are
/// differentiated through <see cref="DelegateRules"/>, so derivatives flow through the values
/// they captured too; the rule evaluates each one once per element, on duals, and builds the
/// primal from those values in the BCL's order, so the result equals the plain call's bit for
/// bit. Predicates return bools, which have no derivative, and run on the primal elements.</para>
/// </remarks>
public static partial class EnumerableRules
{
    /// <summary>
    /// The rule of <see cref="Enumerable.Sum(IEnumerable{double})"/>: the sum of the elements'
    /// chunks, computed in the loop that sums the values as the BCL does.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Sum), typeof(IEnumerable<double>))]
    public static Dual<TChunk> Sum<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TChunk partials = SequenceTangents<TChunk, double>.ValueAndPartialsOfSum(source, nameof(Enumerable.Sum), out double sum);
        return new(sum, partials);
    }

    /// <summary>The rule of <see cref="Enumerable.Average(IEnumerable{double})"/>: the sum of the chunks over the count.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Average), typeof(IEnumerable<double>))]
    public static Dual<TChunk> Average<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
        => new(source.Primal.Average(), SequenceTangents<TChunk, double>.PartialsOfAverage(source, nameof(Enumerable.Average)));

    /// <summary>The rule of <see cref="Enumerable.Max(IEnumerable{double})"/>: the partials of the element returned (the first of equal ones).</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Max), typeof(IEnumerable<double>))]
    public static Dual<TChunk> Max<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double value = source.Primal.Max();
        return new(value, SequenceTangents<TChunk, double>.PartialsOfMax(source, value));
    }

    /// <summary>The rule of <see cref="Enumerable.Min(IEnumerable{double})"/>: the partials of the element returned (the first of equal ones).</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Min), typeof(IEnumerable<double>))]
    public static Dual<TChunk> Min<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
    {
        double value = source.Primal.Min();
        return new(value, SequenceTangents<TChunk, double>.PartialsOfMin(source, value));
    }

    /// <summary>The rule of <see cref="Enumerable.Sum(IEnumerable{float})"/>: the sum of the elements' float chunks.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Sum), typeof(IEnumerable<float>))]
    public static FloatDual<TChunk> Sum<TChunk>(Dual<IEnumerable<float>, object> source)
        where TChunk : struct, IChunk<TChunk, float>
        => new(source.Primal.Sum(), SequenceTangents<TChunk, float>.PartialsOfSum(source, nameof(Enumerable.Sum)));

    /// <summary>The rule of <see cref="Enumerable.Average(IEnumerable{float})"/>.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Average), typeof(IEnumerable<float>))]
    public static FloatDual<TChunk> Average<TChunk>(Dual<IEnumerable<float>, object> source)
        where TChunk : struct, IChunk<TChunk, float>
        => new(source.Primal.Average(), SequenceTangents<TChunk, float>.PartialsOfAverage(source, nameof(Enumerable.Average)));

    /// <summary>The rule of <see cref="Enumerable.Max(IEnumerable{float})"/>.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Max), typeof(IEnumerable<float>))]
    public static FloatDual<TChunk> Max<TChunk>(Dual<IEnumerable<float>, object> source)
        where TChunk : struct, IChunk<TChunk, float>
    {
        float value = source.Primal.Max();
        return new(value, SequenceTangents<TChunk, float>.PartialsOfMax(source, value));
    }

    /// <summary>The rule of <see cref="Enumerable.Min(IEnumerable{float})"/>.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Min), typeof(IEnumerable<float>))]
    public static FloatDual<TChunk> Min<TChunk>(Dual<IEnumerable<float>, object> source)
        where TChunk : struct, IChunk<TChunk, float>
    {
        float value = source.Primal.Min();
        return new(value, SequenceTangents<TChunk, float>.PartialsOfMin(source, value));
    }
}
