using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class EnumerableRules
{
    /// <summary>
    /// The rule of <see cref="Enumerable.Sum{TSource}(IEnumerable{TSource}, Func{TSource, double})"/>
    /// at <c>TSource = double</c>: <c>Σ f(x[i])</c> with the selector's dual, added from zero in
    /// order as the BCL does.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Sum), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, double>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Sum<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, double>, object> selector)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Sum));
        if (KnownSelectorSums<TChunk>.For(selector.Primal) is { } known)
        {
            (double total, TChunk totalPartials) = known(elements, fromFirst: false);
            return new(total, totalPartials);
        }

        UnaryRule<TChunk> dual = DelegateRules.InPass<TChunk>(selector);
        double sum = 0.0;
        TChunk partials = TChunk.Zero;
        for (int i = 0; i < elements.Length; i++)
        {
            Dual<TChunk> y = dual.Invoke(elements[i]);
            sum += y.Value;
            partials = TChunk.Add(partials, y.Partials);
        }

        return new(sum, partials);
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.Average{TSource}(IEnumerable{TSource}, Func{TSource, double})"/>
    /// at <c>TSource = double</c>: the BCL's sum (starting from the first value) over the count.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Average), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, double>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Average<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, double>, object> selector)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Average));
        SelectorSum<TChunk>? known = KnownSelectorSums<TChunk>.For(selector.Primal);
        UnaryRule<TChunk> dual = known is null ? DelegateRules.InPass<TChunk>(selector) : default;
        if (elements.Length == 0)
        {
            return new(source.Primal.Average(selector.Primal)); // throws the BCL's "no elements"
        }

        double sum;
        TChunk partials;
        if (known is not null)
        {
            (sum, partials) = known(elements, fromFirst: true);
        }
        else
        {
            Dual<TChunk> first = dual.Invoke(elements[0]);
            (sum, partials) = (first.Value, first.Partials);
            for (int i = 1; i < elements.Length; i++)
            {
                Dual<TChunk> y = dual.Invoke(elements[i]);
                sum += y.Value;
                partials = TChunk.Add(partials, y.Partials);
            }
        }

        return new(sum / elements.Length, TChunk.Scale(partials, 1.0 / elements.Length));
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.Max{TSource}(IEnumerable{TSource}, Func{TSource, double})"/>
    /// at <c>TSource = double</c>: the BCL's scan (leading NaNs skipped, then the first of the
    /// largest values) on duals, returning the selected dual.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Max), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, double>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Max<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, double>, object> selector)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Max));
        UnaryRule<TChunk> dual = DelegateRules.InPass<TChunk>(selector);
        if (elements.Length == 0)
        {
            return new(source.Primal.Max(selector.Primal)); // throws the BCL's "no elements"
        }

        Dual<TChunk> value = dual.Invoke(elements[0]);
        int i = 1;
        for (; double.IsNaN(value.Value) && i < elements.Length; i++)
        {
            value = dual.Invoke(elements[i]);
        }

        for (; i < elements.Length; i++)
        {
            Dual<TChunk> y = dual.Invoke(elements[i]);
            value = y.Value > value.Value ? y : value;
        }

        return value;
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.Min{TSource}(IEnumerable{TSource}, Func{TSource, double})"/>
    /// at <c>TSource = double</c>: the BCL's scan (the first NaN returned at once, else the first
    /// of the smallest values) on duals, returning the selected dual.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Min), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, double>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Min<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, double>, object> selector)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Min));
        UnaryRule<TChunk> dual = DelegateRules.InPass<TChunk>(selector);
        if (elements.Length == 0)
        {
            return new(source.Primal.Min(selector.Primal)); // throws the BCL's "no elements"
        }

        Dual<TChunk> value = dual.Invoke(elements[0]);
        for (int i = 1; i < elements.Length && !double.IsNaN(value.Value); i++)
        {
            Dual<TChunk> y = dual.Invoke(elements[i]);
            value = y.Value < value.Value || double.IsNaN(y.Value) ? y : value;
        }

        return value;
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.Aggregate{TSource}(IEnumerable{TSource}, Func{TSource, TSource, TSource})"/>
    /// at <c>TSource = double</c>: the fold from the first element, with the function's dual.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Aggregate), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, GenericParameter.T0, GenericParameter.T0>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Aggregate<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, double, double>, object> func)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Aggregate));
        Func<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>> dual = DelegateRules.Binary<TChunk>(func);
        if (elements.Length == 0)
        {
            return new(source.Primal.Aggregate(func.Primal)); // throws the BCL's "no elements"
        }

        Dual<TChunk> result = elements[0];
        for (int i = 1; i < elements.Length; i++)
        {
            result = dual(result, elements[i]);
        }

        return result;
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.Aggregate{TSource, TAccumulate}(IEnumerable{TSource}, TAccumulate, Func{TAccumulate, TSource, TAccumulate})"/>
    /// at <c>TSource = TAccumulate = double</c>: the fold from the seed, with the function's dual.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Aggregate), typeof(IEnumerable<GenericParameter.T0>), typeof(GenericParameter.T1), typeof(Func<GenericParameter.T1, GenericParameter.T0, GenericParameter.T1>),
        GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static Dual<TChunk> Aggregate<TChunk>(Dual<IEnumerable<double>, object> source, Dual<TChunk> seed, Dual<Func<double, double, double>, object> func)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Aggregate));
        Func<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>> dual = DelegateRules.Binary<TChunk>(func);
        Dual<TChunk> result = seed;
        for (int i = 0; i < elements.Length; i++)
        {
            result = dual(result, elements[i]);
        }

        return result;
    }
}
