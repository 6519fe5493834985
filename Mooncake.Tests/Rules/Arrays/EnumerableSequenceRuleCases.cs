using System.Reflection;
using Mooncake.Rules.Testing;
using static Mooncake.Tests.Rules.Arrays.TestMatrices;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>
/// The harness cases of the LINQ rules that return sequences (Select, Where, Zip, the partitions,
/// Concat, Reverse, Repeat, Range, Cast), pick elements (First, Last, ElementAt), materialise
/// (ToArray) or answer queries (Count, Any, All, Contains). Selectors are closures over active
/// values, so derivatives flow through what they captured as well as through the elements.
/// </summary>
public sealed class EnumerableSequenceRuleCases : IRuleCatalogue
{
    public static IEnumerable<RuleCase> All()
    {
        Type[] d = [typeof(double)], dd = [typeof(double), typeof(double)];
        yield return new("Select(closure)", Closed(nameof(Enumerable.Select), dd, p => Arity(p[1]) == 2), () => [Vector("select", 9), Scaled.Delegate()]);
        yield return new("Select(Math.Exp) List<double>", Closed(nameof(Enumerable.Select), dd, p => Arity(p[1]) == 2), () => [new List<double>(Vector("select list", 9)), new Func<double, double>(Math.Exp)]);
        yield return new("Select(indexed closure)", Closed(nameof(Enumerable.Select), dd, p => Arity(p[1]) == 3), () => [Vector("select indexed", 9), Scaled.IndexedDelegate()]);
        yield return new("Select(int -> closure over an array)", Closed(nameof(Enumerable.Select), [typeof(int), typeof(double)], p => Arity(p[1]) == 2),
            () => [new[] { 4, 0, 2, 2, 5 }, Table.Delegate()], new RuleTestOptions { Active = [false, true] });
        yield return new("Where(x > 0)", Closed(nameof(Enumerable.Where), d, p => Arity(p[1]) == 2), () => [Vector("where", 11), new Func<double, bool>(x => x > 0)]);
        yield return new("Where(indexed)", Closed(nameof(Enumerable.Where), d, p => Arity(p[1]) == 3), () => [Vector("where indexed", 11), new Func<double, int, bool>((x, i) => i % 3 != 1)]);
        yield return new("Zip(Weighted), unequal lengths", Closed(nameof(Enumerable.Zip), [typeof(double), typeof(double), typeof(double)], p => Arity(p[^1]) == 3),
            () => [Vector("zip a", 9), new List<double>(Vector("zip b", 6)), TestFunctions.WeightedDelegate()]);
        foreach (string name in new[] { nameof(Enumerable.Skip), nameof(Enumerable.Take), nameof(Enumerable.SkipLast), nameof(Enumerable.TakeLast) })
        {
            MethodInfo partition = Closed(name, d, p => p.Length == 2 && p[1].ParameterType == typeof(int));
            foreach (int count in new[] { -1, 0, 3, 9, 12 })
            {
                yield return new($"{name}({count})", partition, () => [Vector("partition", 9), count]);
            }
        }

        yield return new("Concat", Closed(nameof(Enumerable.Concat), d, p => p.Length == 2), () => [Vector("concat a", 5), new List<double>(Vector("concat b", 4))]);
        yield return new("Reverse(IEnumerable)", Closed(nameof(Enumerable.Reverse), d, p => !p[0].ParameterType.IsArray), () => [new List<double>(Vector("reverse", 7))]);
        yield return new("Reverse(double[])", Closed(nameof(Enumerable.Reverse), d, p => p[0].ParameterType.IsArray), () => [Vector("reverse array", 7)]);
        yield return new("ToArray", Closed(nameof(Enumerable.ToArray), d, p => p.Length == 1), () => [new List<double>(Vector("to array", 7))]);
        yield return new("Cast<double>(double[,])", Closed(nameof(Enumerable.Cast), d, p => p.Length == 1), () => [Matrix("cast", 3, 4)]);
        yield return new("Cast<double>(List<double>)", Closed(nameof(Enumerable.Cast), d, p => p.Length == 1), () => [new List<double>(Vector("cast list", 6))]);
        yield return new("Repeat", Closed(nameof(Enumerable.Repeat), d, p => p.Length == 2), () => [0.7, 5]);
        yield return new("Range", RuleCase.Method(typeof(Enumerable), nameof(Enumerable.Range), typeof(int), typeof(int)), () => [3, 4]);

        yield return new("First", Closed(nameof(Enumerable.First), d, p => p.Length == 1), () => [Vector("first", 5)]);
        yield return new("First(x < 0)", Closed(nameof(Enumerable.First), d, p => p.Length == 2), () => [Vector("first", 5), new Func<double, bool>(x => x < 0)]);
        yield return new("Last", Closed(nameof(Enumerable.Last), d, p => p.Length == 1), () => [new List<double>(Vector("last", 5))]);
        yield return new("Last(x > 0)", Closed(nameof(Enumerable.Last), d, p => p.Length == 2), () => [Vector("last", 5), new Func<double, bool>(x => x > 0)]);
        yield return new("ElementAt", Closed(nameof(Enumerable.ElementAt), d, p => p[1].ParameterType == typeof(int)), () => [Vector("element at", 5), 3]);

        yield return new("Count", Closed(nameof(Enumerable.Count), d, p => p.Length == 1), () => [Vector("count", 5)]);
        yield return new("Count(x > 0)", Closed(nameof(Enumerable.Count), d, p => p.Length == 2), () => [Vector("count", 5), new Func<double, bool>(x => x > 0)]);
        yield return new("Any", Closed(nameof(Enumerable.Any), d, p => p.Length == 1), () => [Vector("any", 5)]);
        yield return new("Any(x > 2)", Closed(nameof(Enumerable.Any), d, p => p.Length == 2), () => [Vector("any", 5), new Func<double, bool>(x => x > 2)]);
        yield return new("All(x > -2)", Closed(nameof(Enumerable.All), d, p => p.Length == 2), () => [Vector("all", 5), new Func<double, bool>(x => x > -2)]);
        yield return new("Contains", Closed(nameof(Enumerable.Contains), d, p => p.Length == 2), () => [Vector("contains", 5), Vector("contains", 5)[2]]);
    }

    /// <summary>The instantiation at <paramref name="typeArguments"/> of the generic <c>Enumerable.name</c> whose parameters fit <paramref name="shape"/>.</summary>
    internal static MethodInfo Closed(string name, Type[] typeArguments, Func<ParameterInfo[], bool> shape) =>
        typeof(Enumerable).GetMethods()
            .Single(m => m.Name == name && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == typeArguments.Length && shape(m.GetParameters()))
            .MakeGenericMethod(typeArguments);

    // The number of type arguments of a Func parameter (2 for Func<T, TResult>), 0 for anything else.
    private static int Arity(ParameterInfo parameter) =>
        parameter.ParameterType is { IsGenericType: true } t && t.Name.StartsWith("Func", StringComparison.Ordinal) ? t.GetGenericArguments().Length : 0;

    /// <summary>A selector that captured an active scale: <c>scale · sin(x)</c>, and <c>scale · sin(x) + i·x</c> with the index.</summary>
    private sealed class Scaled(double scale)
    {
        public double Scale = scale;

        public static Func<double, double> Delegate() => new Scaled(1.3).Apply;

        public static Func<double, int, double> IndexedDelegate() => new Scaled(0.6).ApplyIndexed;

        public double Apply(double x) => Scale * Math.Sin(x);

        public double ApplyIndexed(double x, int i) => (Scale * Math.Sin(x)) + (i * x);
    }

    /// <summary>A selector of integers that reads an active array it captured: <c>values[i]²</c>.</summary>
    private sealed class Table(double[] values)
    {
        public double[] Values = values;

        public static Func<int, double> Delegate() => new Table(Vector("table", 6)).Square;

        public double Square(int i) => Values[i] * Values[i];
    }
}
