using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class EnumerableRules
{
    /// <summary>
    /// The rule of <see cref="Enumerable.Select{TSource, TResult}(IEnumerable{TSource}, Func{TSource, TResult})"/>
    /// at <c>TSource = TResult = double</c>: the selector's dual on every element, in order, into
    /// an array (see the remarks on <see cref="EnumerableRules"/> on eager sequences).
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Select), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, GenericParameter.T1>),
        GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static Dual<IEnumerable<double>, object> Select<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, double>, object> selector)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Select));
        UnaryRule<TChunk> dual = DelegateRules.InPass<TChunk>(NotNull(selector, nameof(selector)));
        var result = new SequenceBuilder<TChunk>(elements.Length);
        for (int i = 0; i < elements.Length; i++)
        {
            result.Set(i, dual.Invoke(elements[i]));
        }

        return result.Result();
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.Select{TSource, TResult}(IEnumerable{TSource}, Func{TSource, int, TResult})"/>
    /// at <c>TSource = TResult = double</c>: the selector's dual on every element and its index.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Select), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, int, GenericParameter.T1>),
        GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static Dual<IEnumerable<double>, object> Select<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, int, double>, object> selector)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Select));
        Func<Dual<TChunk>, int, Dual<TChunk>> dual = DelegateRules.Indexed<TChunk>(NotNull(selector, nameof(selector)));
        var result = new SequenceBuilder<TChunk>(elements.Length);
        for (int i = 0; i < elements.Length; i++)
        {
            result.Set(i, dual(elements[i], i));
        }

        return result.Result();
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.Select{TSource, TResult}(IEnumerable{TSource}, Func{TSource, TResult})"/>
    /// at <c>TSource = int, TResult = double</c>, the shape of
    /// <c>Enumerable.Range(0, n).Select(i =&gt; x[i] * x[i])</c>: the integers are enumerated as
    /// the primal does, and each value's partials come from what the selector captured.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Select), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, GenericParameter.T1>),
        GenericParameterCount = 2, TypeArguments = new[] { typeof(int), typeof(double) })]
    public static Dual<IEnumerable<double>, object> Select<TChunk>(Dual<IEnumerable<int>, object> source, Dual<Func<int, double>, object> selector)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(source.Primal, nameof(source));
        Func<int, Dual<TChunk>> dual = DelegateRules.OfIndex<TChunk>(NotNull(selector, nameof(selector)));

        // The integers first (a Range knows its count; other sources are enumerated once), so
        // the result is sized before any dual is computed.
        int[] indices = source.Primal.ToArray();
        var result = new SequenceBuilder<TChunk>(indices.Length);
        for (int i = 0; i < indices.Length; i++)
        {
            result.Set(i, dual(indices[i]));
        }

        return result.Result();
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.Where{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/>
    /// at <c>TSource = double</c>: the elements the predicate keeps, with their partials. The
    /// predicate returns a bool, which has no derivative, so it runs on the primal elements.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Where), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, bool>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> Where<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, bool>, object> predicate)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Func<double, bool> keep = NotNull(predicate, nameof(predicate)).Primal;
        return Filter(new DualSequence<TChunk>(source, nameof(Enumerable.Where)), (x, _) => keep(x));
    }

    /// <summary>
    /// The rule of <see cref="Enumerable.Where{TSource}(IEnumerable{TSource}, Func{TSource, int, bool})"/>
    /// at <c>TSource = double</c>: the elements the predicate keeps, given each element and its index.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Where), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, int, bool>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> Where<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, int, bool>, object> predicate)
        where TChunk : struct, IChunk<TChunk, double>
        => Filter(new DualSequence<TChunk>(source, nameof(Enumerable.Where)), NotNull(predicate, nameof(predicate)).Primal);

    /// <summary>
    /// The rule of <see cref="Enumerable.Zip{TFirst, TSecond, TResult}(IEnumerable{TFirst}, IEnumerable{TSecond}, Func{TFirst, TSecond, TResult})"/>
    /// at <c>double</c>: the result selector's dual on pairs of elements, as far as the shorter
    /// sequence goes.
    /// </summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Zip), typeof(IEnumerable<GenericParameter.T0>), typeof(IEnumerable<GenericParameter.T1>),
        typeof(Func<GenericParameter.T0, GenericParameter.T1, GenericParameter.T2>),
        GenericParameterCount = 3, TypeArguments = new[] { typeof(double), typeof(double), typeof(double) })]
    public static Dual<IEnumerable<double>, object> Zip<TChunk>(
        Dual<IEnumerable<double>, object> first, Dual<IEnumerable<double>, object> second, Dual<Func<double, double, double>, object> resultSelector)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var a = new DualSequence<TChunk>(first, nameof(Enumerable.Zip));
        var b = new DualSequence<TChunk>(second, nameof(Enumerable.Zip));
        Func<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>> dual = DelegateRules.Binary<TChunk>(NotNull(resultSelector, nameof(resultSelector)));
        var result = new SequenceBuilder<TChunk>(Math.Min(a.Length, b.Length));
        for (int i = 0; i < result.Values.Length; i++)
        {
            result.Set(i, dual(a[i], b[i]));
        }

        return result.Result();
    }

    private static Dual<IEnumerable<double>, object> Filter<TChunk>(DualSequence<TChunk> elements, Func<double, int, bool> keep)
        where TChunk : struct, IChunk<TChunk, double>
    {
        // The predicate runs once per element, in order, as enumerating the primal would run it.
        var kept = new List<int>();
        for (int i = 0; i < elements.Length; i++)
        {
            if (keep(elements[i].Value, i))
            {
                kept.Add(i);
            }
        }

        var result = new SequenceBuilder<TChunk>(kept.Count);
        for (int k = 0; k < kept.Count; k++)
        {
            result.Set(k, elements[kept[k]]);
        }

        return result.Result();
    }

    // LINQ checks its delegate arguments (after the source) and names them; so do the rules.
    private static Dual<TDelegate, object> NotNull<TDelegate>(Dual<TDelegate, object> function, string name)
        where TDelegate : Delegate
    {
        ArgumentNullException.ThrowIfNull(function.Primal, name);
        return function;
    }
}
