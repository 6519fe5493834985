using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class EnumerableRules
{
    /// <summary>The rule of <see cref="Enumerable.First{TSource}(IEnumerable{TSource})"/> at <c>double</c>: the first element with its partials.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.First), typeof(IEnumerable<GenericParameter.T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> First<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
        => Element<TChunk>(source, nameof(Enumerable.First), length => length > 0 ? 0 : throw NoElements());

    /// <summary>The rule of <see cref="Enumerable.First{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/> at <c>double</c>: the first element the predicate accepts.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.First), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, bool>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> First<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, bool>, object> predicate)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.First));
        Func<double, bool> accept = NotNull(predicate, nameof(predicate)).Primal;
        for (int i = 0; i < elements.Length; i++)
        {
            Dual<TChunk> element = elements[i];
            if (accept(element.Value))
            {
                return element;
            }
        }

        throw NoMatch();
    }

    /// <summary>The rule of <see cref="Enumerable.Last{TSource}(IEnumerable{TSource})"/> at <c>double</c>: the last element with its partials.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Last), typeof(IEnumerable<GenericParameter.T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Last<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
        => Element<TChunk>(source, nameof(Enumerable.Last), length => length > 0 ? length - 1 : throw NoElements());

    /// <summary>The rule of <see cref="Enumerable.Last{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/> at <c>double</c>: the last element the predicate accepts.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Last), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, bool>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Last<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, bool>, object> predicate)
        where TChunk : struct, IChunk<TChunk, double>
    {
        // The BCL asks the predicate about every element of an array from the end; of other
        // sequences, from the start. The predicate has no derivative, so only its answers matter.
        var elements = new DualSequence<TChunk>(source, nameof(Enumerable.Last));
        Func<double, bool> accept = NotNull(predicate, nameof(predicate)).Primal;
        for (int i = elements.Length - 1; i >= 0; i--)
        {
            Dual<TChunk> element = elements[i];
            if (accept(element.Value))
            {
                return element;
            }
        }

        throw NoMatch();
    }

    /// <summary>The rule of <see cref="Enumerable.ElementAt{TSource}(IEnumerable{TSource}, int)"/> at <c>double</c>: element <paramref name="index"/> with its partials.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.ElementAt), typeof(IEnumerable<GenericParameter.T0>), typeof(int),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> ElementAt<TChunk>(Dual<IEnumerable<double>, object> source, int index)
        where TChunk : struct, IChunk<TChunk, double>
        => Element<TChunk>(source, nameof(Enumerable.ElementAt), length => (uint)index < (uint)length ? index : throw new ArgumentOutOfRangeException(nameof(index)));

    private static Dual<TChunk> Element<TChunk>(Dual<IEnumerable<double>, object> source, string method, Func<int, int> position)
        where TChunk : struct, IChunk<TChunk, double>
    {
        var elements = new DualSequence<TChunk>(source, method);
        return elements[position(elements.Length)];
    }

    // The BCL's messages, so that a function that catches them sees the same exceptions.
    private static InvalidOperationException NoElements() => new("Sequence contains no elements");

    private static InvalidOperationException NoMatch() => new("Sequence contains no matching element");
}
