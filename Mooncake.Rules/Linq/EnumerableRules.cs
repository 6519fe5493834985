using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules for the LINQ reductions over sequences of <see cref="double"/> and <see cref="float"/>:
/// <see cref="Enumerable.Sum(IEnumerable{double})"/>, <c>Average</c>, <c>Max</c>, <c>Min</c>, their
/// selector overloads on <c>IEnumerable&lt;double&gt;</c>, and <c>Aggregate</c>.
/// </summary>
/// <remarks>
/// <para>The source must be a <c>double[]</c> or <see cref="List{T}"/> (or their float versions)
/// at run time: its tangent is read from the array's block or the list's backing array's block
/// (see <see cref="SequenceTangents{TChunk, T}"/>). Other sources throw
/// <see cref="NotSupportedException"/> naming their type; lazy LINQ pipelines are the rule
/// builder's to differentiate, through their iterators.</para>
/// <para><c>Max</c> and <c>Min</c> take the partials of the element they return, the first of
/// equal elements, as <c>Math.Max</c>'s rule does. Selectors and aggregation functions are
/// differentiated through <see cref="DelegateRules"/>; the rule evaluates each one once per
/// element, on duals, and builds the primal from those values in the BCL's order, so the result
/// equals the plain call's bit for bit.</para>
/// </remarks>
public static partial class EnumerableRules
{
    /// <summary>The rule of <see cref="Enumerable.Sum(IEnumerable{double})"/>: the sum of the elements' chunks.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Sum), typeof(IEnumerable<double>))]
    public static Dual<TChunk> Sum<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
        => new(source.Primal.Sum(), SequenceTangents<TChunk, double>.PartialsOfSum(source, nameof(Enumerable.Sum)));

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
