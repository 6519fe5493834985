using System.Reflection;
using Mooncake.Rules.Testing;
using static Mooncake.Tests.Rules.Arrays.TestMatrices;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>The harness cases of the LINQ reduction rules, on array and list sources.</summary>
public sealed class EnumerableRuleCases : IRuleCatalogue
{
    // Float reductions: the finite differences see float rounding, so a long step (the reductions
    // are piecewise linear) and a float tolerance.
    private static readonly RuleTestOptions FloatOptions = new() { Step = 0.01, Tolerance = 1e-4 };

    public static IEnumerable<RuleCase> All()
    {
        Type e = typeof(Enumerable);
        Type doubles = typeof(IEnumerable<double>), floats = typeof(IEnumerable<float>);
        foreach (string name in new[] { nameof(Enumerable.Sum), nameof(Enumerable.Average), nameof(Enumerable.Max), nameof(Enumerable.Min) })
        {
            MethodInfo plain = RuleCase.Method(e, name, doubles);
            yield return new($"{name} double[]", plain, () => [Vector("linq " + name, 11)]);
            yield return new($"{name} List<double>", plain, () => [new List<double>(Vector("linq " + name, 11))]);

            MethodInfo single = RuleCase.Method(e, name, floats);
            yield return new($"{name} float[]", single, () => [Floats("linq " + name, 11)], FloatOptions);
            yield return new($"{name} List<float>", single, () => [new List<float>(Floats("linq " + name, 11))], FloatOptions);

            MethodInfo selector = e.GetMethods()
                .Single(m => m.Name == name && m.IsGenericMethodDefinition && m.GetParameters() is [_, { ParameterType: var f }] && f.IsGenericType && f.GetGenericTypeDefinition() == typeof(Func<,>) && f.GetGenericArguments()[1] == typeof(double))
                .MakeGenericMethod(typeof(double));
            yield return new($"{name}(Math.Sin) double[]", selector, () => [Vector("linq selector " + name, 11), new Func<double, double>(Math.Sin)]);
            yield return new($"{name}(Math.Sin) List<double>", selector, () => [new List<double>(Vector("linq selector " + name, 11)), new Func<double, double>(Math.Sin)]);
        }

        MethodInfo aggregate = TestFunctions.GenericDefinition(e, nameof(Enumerable.Aggregate), 2).MakeGenericMethod(typeof(double));
        MethodInfo aggregateSeed = TestFunctions.GenericDefinition(e, nameof(Enumerable.Aggregate), 3).MakeGenericMethod(typeof(double), typeof(double));
        yield return new("Aggregate double[]", aggregate, () => [Vector("aggregate", 7), TestFunctions.WeightedDelegate()]);
        yield return new("Aggregate List<double>", aggregate, () => [new List<double>(Vector("aggregate", 7)), TestFunctions.WeightedDelegate()]);
        yield return new("Aggregate with seed double[]", aggregateSeed, () => [Vector("aggregate", 7), 0.8, TestFunctions.WeightedDelegate()]);
    }

    private static float[] Floats(string name, int length) => [.. Vector(name, length).Select(x => (float)x)];
}
