using System.Reflection;
using Mooncake.Rules.Testing;
using static Mooncake.Tests.Rules.Arrays.TestMatrices;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>The harness cases of the rules of <see cref="Array"/>'s copy, clone, fill, clear, reverse and sort, and of array ranges.</summary>
public sealed class ArrayMethodRuleCases : IRuleCatalogue
{
    // Copies of float values: the finite differences see float rounding, so a long step and a float tolerance.
    private static readonly RuleTestOptions FloatOptions = new() { Step = 0.25, Tolerance = 1e-5 };

    // Sorting is a permutation only while no two values cross: values a unit apart and a short
    // step keep the differences inside one ordering; the float rounding of that step needs a wider tolerance.
    private static readonly RuleTestOptions SortFloatOptions = new() { Step = 0.03, Tolerance = 1e-4 };

    public static IEnumerable<RuleCase> All()
    {
        Type a = typeof(Array), i = typeof(int);
        MethodInfo copy = RuleCase.Method(a, nameof(Array.Copy), a, a, i);
        MethodInfo copyRange = RuleCase.Method(a, nameof(Array.Copy), a, i, a, i, i);
        MethodInfo clone = RuleCase.Method(a, nameof(Array.Clone));
        MethodInfo clear = RuleCase.Method(a, nameof(Array.Clear), a);
        MethodInfo clearRange = RuleCase.Method(a, nameof(Array.Clear), a, i, i);
        MethodInfo fill = TestFunctions.GenericDefinition(a, nameof(Array.Fill), 2).MakeGenericMethod(typeof(double));
        MethodInfo fillRange = TestFunctions.GenericDefinition(a, nameof(Array.Fill), 4).MakeGenericMethod(typeof(double));
        MethodInfo reverse = TestFunctions.GenericDefinition(a, nameof(Array.Reverse), 1);
        MethodInfo sort = TestFunctions.GenericDefinition(a, nameof(Array.Sort), 1);
        MethodInfo convertAll = TestFunctions.GenericDefinition(a, nameof(Array.ConvertAll), 2).MakeGenericMethod(typeof(double), typeof(double));
        MethodInfo constrainedCopy = RuleCase.Method(a, nameof(Array.ConstrainedCopy), a, i, a, i, i);
        MethodInfo sortPairs = SortOverload(2, 2).MakeGenericMethod(typeof(double), typeof(double));
        MethodInfo sortPairsRange = SortOverload(2, 4).MakeGenericMethod(typeof(double), typeof(double));
        MethodInfo sortPairsRangeComparer = SortOverload(2, 5).MakeGenericMethod(typeof(double), typeof(double));
        MethodInfo sortRangeComparer = SortOverload(1, 4).MakeGenericMethod(typeof(double));
        MethodInfo subArray = TestFunctions.GenericDefinition(typeof(System.Runtime.CompilerServices.RuntimeHelpers), nameof(System.Runtime.CompilerServices.RuntimeHelpers.GetSubArray), 2);

        yield return new("Copy double[]", copy, () => [Vector("copy source", 9), Vector("copy destination", 11), 6]);
        yield return new("Copy double[,]", copy, () => [Matrix("copy source", 3, 5), Matrix("copy destination", 4, 3), 7]);
        yield return new("Copy float[]", copy, () => [Floats("copy source", 9), Floats("copy destination", 11), 6], FloatOptions);
        yield return new("Copy float[] into double[]", copy, () => [Floats("copy source", 9), Vector("copy destination", 11), 6], FloatOptions);
        yield return new("Copy int[] into double[]", copy, () => [new[] { 1, -2, 3, 4 }, Vector("copy destination", 6), 4]);
        yield return new("Copy double[][]", copy, () => [new[] { Vector("row 0", 3), Vector("row 1", 2) }, new[] { Vector("row 2", 4), Vector("row 3", 1), Vector("row 4", 2) }, 2]);
        yield return new("Copy range double[]", copyRange, () => [Vector("copy source", 9), 2, Vector("copy destination", 11), 5, 6]);
        yield return new("Copy range double[,]", copyRange, () => [Matrix("copy source", 3, 5), 4, Matrix("copy destination", 4, 3), 1, 9]);

        yield return new("Clone double[]", clone, () => [Vector("clone", 9)]);
        yield return new("Clone double[,]", clone, () => [Matrix("clone", 3, 5)]);
        yield return new("Clone float[]", clone, () => [Floats("clone", 9)], FloatOptions);
        yield return new("Clone double[][]", clone, () => [new[] { Vector("row 0", 3), Vector("row 1", 2) }]);

        yield return new("Fill<double>", fill, () => [Vector("fill", 9), 0.75]);
        yield return new("Fill<double> range", fillRange, () => [Vector("fill", 9), 0.75, 2, 5]);

        yield return new("Reverse<double>", reverse.MakeGenericMethod(typeof(double)), () => [Vector("reverse", 9)]);
        yield return new("Reverse<float>", reverse.MakeGenericMethod(typeof(float)), () => [Floats("reverse", 8)], FloatOptions);
        yield return new("Sort<double>", sort.MakeGenericMethod(typeof(double)), () => [Vector("sort", 9)]);
        yield return new("Sort<double, double>", sortPairs, () => [Vector("sort", 9), Vector("items", 9)]);
        yield return new("Sort<double, double> range", sortPairsRange, () => [Vector("sort", 9), Vector("items", 9), 2, 5]);
        yield return new("Sort<double, double> range with a comparer", sortPairsRangeComparer, () => [Vector("sort", 9), Vector("items", 9), 1, 7, Comparer<double>.Default]);
        yield return new("Sort<double, double> range without items", sortPairsRangeComparer, () => [Vector("sort", 9), null!, 1, 7, null!]);
        yield return new("Sort<double> range with a descending comparer", sortRangeComparer, () => [Vector("sort", 9), 0, 9, Comparer<double>.Create((x, y) => y.CompareTo(x))]);
        yield return new("ConstrainedCopy double[]", constrainedCopy, () => [Vector("copy source", 9), 2, Vector("copy destination", 11), 5, 6]);
        yield return new("Sort<(double, double)>", sort.MakeGenericMethod(typeof((double, double))), () => [TupleKeys()]);
        yield return new("Sort<Complex> with a comparer", SortOverload(1, 2, typeof(IComparer<>)).MakeGenericMethod(typeof(System.Numerics.Complex)), () => [ComplexKeys(), ByImaginary]);
        yield return new("Sort<Complex> range with a comparer", sortRangeComparer.GetGenericMethodDefinition().MakeGenericMethod(typeof(System.Numerics.Complex)), () => [ComplexKeys(), 1, 6, ByImaginary]);
        yield return new("Sort<Complex> with a comparison", SortOverload(1, 2, typeof(Comparison<>)).MakeGenericMethod(typeof(System.Numerics.Complex)), () => [ComplexKeys(), new Comparison<System.Numerics.Complex>((a, b) => b.Real.CompareTo(a.Real))]);
        yield return new("Sort<float>", sort.MakeGenericMethod(typeof(float)), () => [new[] { 3.1f, -0.9f, 2.2f, 0.05f, -2.3f, 1.15f, 4.4f, -3.3f }], SortFloatOptions);
        yield return new("GetSubArray<double>", subArray.MakeGenericMethod(typeof(double)), () => [Vector("range", 9), new Range(2, ^3)]);
        yield return new("GetSubArray<double> empty", subArray.MakeGenericMethod(typeof(double)), () => [Vector("range", 9), new Range(4, 4)]);
        yield return new("GetSubArray<float>", subArray.MakeGenericMethod(typeof(float)), () => [Floats("range", 9), new Range(1, 7)], FloatOptions);

        yield return new("ConvertAll<double, double>(closure)", convertAll, () => [Vector("convert", 9), new Converter<double, double>(new Shifted(0.4).Apply)]);
        yield return new("ConvertAll<double, double>(Math.Exp)", convertAll, () => [Vector("convert", 5), new Converter<double, double>(Math.Exp)]);
        yield return new("ConvertAll<double, double> empty", convertAll, () => [Array.Empty<double>(), new Converter<double, double>(Math.Sin)]);

        yield return new("Clear double[]", clear, () => [Vector("clear", 9)]);
        yield return new("Clear double[,]", clear, () => [Matrix("clear", 3, 5)]);
        yield return new("Clear range double[]", clearRange, () => [Vector("clear", 9), 3, 4]);
        yield return new("Clear range double[,]", clearRange, () => [Matrix("clear", 3, 5), 4, 7]);
        yield return new("Clear range float[]", clearRange, () => [Floats("clear", 9), 3, 4], FloatOptions);
    }

    // Keys of elements other than numbers (tuples, which compare by their first item; complex
    // numbers by a comparer): parts a unit apart, so no perturbation reorders them.
    private static readonly IComparer<System.Numerics.Complex> ByImaginary = Comparer<System.Numerics.Complex>.Create((a, b) => a.Imaginary.CompareTo(b.Imaginary));

    private static (double, double)[] TupleKeys() => [(3.1, -2.0), (-0.9, 4.1), (2.2, 0.2), (0.05, -3.9), (-2.3, 1.3), (1.15, 2.7)];

    private static System.Numerics.Complex[] ComplexKeys() => [new(3.1, -2.0), new(-0.9, 4.1), new(2.2, 0.2), new(0.05, -3.9), new(-2.3, 1.3), new(1.15, 2.7), new(4.4, -1.1)];

    // Array.Sort<T>(T[], X<T>) for the generic type X (IComparer<> or Comparison<>).
    private static MethodInfo SortOverload(int typeParameters, int parameters, Type second) => typeof(Array).GetMethods().Single(m =>
        m.Name == nameof(Array.Sort) && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == typeParameters && m.GetParameters().Length == parameters
        && m.GetParameters()[1].ParameterType.IsGenericType && m.GetParameters()[1].ParameterType.GetGenericTypeDefinition() == second);

    // Array.Sort<...> with the given number of type parameters and parameters, whose first parameters are arrays.
    private static MethodInfo SortOverload(int typeParameters, int parameters) => typeof(Array).GetMethods().Single(m =>
        m.Name == nameof(Array.Sort) && m.IsGenericMethodDefinition && m.GetGenericArguments().Length == typeParameters
        && m.GetParameters() is { } ps && ps.Length == parameters && ps[0].ParameterType.IsArray && (typeParameters == 1 || ps[1].ParameterType.IsArray)
        && (parameters < 3 || ps[typeParameters].ParameterType == typeof(int)));

    private static float[] Floats(string name, int length) => [.. Vector(name, length).Select(x => (float)x)];

    // A converter whose target holds a value: the harness perturbs it, so its derivative flows through the target's tangent.
    private sealed class Shifted(double shift)
    {
        public double Shift = shift;

        public double Apply(double x) => Math.Cos(x + Shift) * x;
    }
}
