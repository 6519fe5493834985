using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class EnumerableRules
{
    // Queries that answer with an int or a bool carry no derivative: their rules run the primal.
    // They exist so the rule builder need not go through the BCL's type tests on the source.

    /// <summary>The rule of <see cref="Enumerable.Count{TSource}(IEnumerable{TSource})"/> at <c>double</c>: the primal count.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Count), typeof(IEnumerable<GenericParameter.T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static int Count<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
        => source.Primal.Count();

    /// <summary>The rule of <see cref="Enumerable.Count{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/> at <c>double</c>: the primal count.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Count), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, bool>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static int Count<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, bool>, object> predicate)
        where TChunk : struct, IChunk<TChunk, double>
        => source.Primal.Count(predicate.Primal);

    /// <summary>The rule of <see cref="Enumerable.Any{TSource}(IEnumerable{TSource})"/> at <c>double</c>.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Any), typeof(IEnumerable<GenericParameter.T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static bool Any<TChunk>(Dual<IEnumerable<double>, object> source)
        where TChunk : struct, IChunk<TChunk, double>
        => source.Primal.Any();

    /// <summary>The rule of <see cref="Enumerable.Any{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/> at <c>double</c>.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Any), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, bool>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static bool Any<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, bool>, object> predicate)
        where TChunk : struct, IChunk<TChunk, double>
        => source.Primal.Any(predicate.Primal);

    /// <summary>The rule of <see cref="Enumerable.All{TSource}(IEnumerable{TSource}, Func{TSource, bool})"/> at <c>double</c>.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.All), typeof(IEnumerable<GenericParameter.T0>), typeof(Func<GenericParameter.T0, bool>),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static bool All<TChunk>(Dual<IEnumerable<double>, object> source, Dual<Func<double, bool>, object> predicate)
        where TChunk : struct, IChunk<TChunk, double>
        => source.Primal.All(predicate.Primal);

    /// <summary>The rule of <see cref="Enumerable.Contains{TSource}(IEnumerable{TSource}, TSource)"/> at <c>double</c>: compares primal values.</summary>
    [FRule(typeof(Enumerable), nameof(Enumerable.Contains), typeof(IEnumerable<GenericParameter.T0>), typeof(GenericParameter.T0),
        GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static bool Contains<TChunk>(Dual<IEnumerable<double>, object> source, Dual<TChunk> value)
        where TChunk : struct, IChunk<TChunk, double>
        => source.Primal.Contains(value.Value);
}
