using System.Numerics;
using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Registers the templates of <see cref="SimdRules{TVector, T, TLanes, TChunk, TScalar}"/> for every SIMD vector type of
/// <see cref="double"/> and <see cref="float"/> and every one of its operations that this runtime
/// has: the operators of the vector type, the members of <see cref="Vector{T}"/>, and the methods
/// of its static class (<see cref="Vector"/>, <c>Vector128</c>, <c>Vector256</c>, <c>Vector512</c>),
/// generic ones closed over the element type. Each rule closes its template at a width over the
/// vector type, its element, its lane tangents, the chunk and the scalar dual.
/// </summary>
internal static class SimdRuleTable
{
    private const BindingFlags Members = BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    /// <summary>The rules, one per primal found.</summary>
    public static IEnumerable<Rule> Rules()
    {
        foreach ((Type v, Type e, Type operations) in SimdFamily.Vectors())
        {
            var rules = new VectorRules(v, e);
            Type[] one = [v], two = [v, v], three = [v, v, v];
            Type array = e.MakeArrayType(), reference = e.MakeByRefType();
            Type readOnlySpan = typeof(ReadOnlySpan<>).MakeGenericType(e), span = typeof(Span<>).MakeGenericType(e);
            int lanes = LaneCount(v);

            // Operators and members of the vector type itself.
            rules.Add(Operator(v, "op_Addition", two), nameof(SimdRules<,,,,>.Add));
            rules.Add(Operator(v, "op_Subtraction", two), nameof(SimdRules<,,,,>.Subtract));
            rules.Add(Operator(v, "op_Multiply", two), nameof(SimdRules<,,,,>.Multiply));
            rules.Add(Operator(v, "op_Multiply", v, e), nameof(SimdRules<,,,,>.MultiplyByScalar));
            rules.Add(Operator(v, "op_Multiply", e, v), nameof(SimdRules<,,,,>.ScalarTimes));
            rules.Add(Operator(v, "op_Division", two), nameof(SimdRules<,,,,>.Divide));
            rules.Add(Operator(v, "op_Division", v, e), nameof(SimdRules<,,,,>.DivideByScalar));
            rules.Add(Operator(v, "op_UnaryNegation", one), nameof(SimdRules<,,,,>.Negate));
            rules.Add(Operator(v, "op_UnaryPlus", one), nameof(SimdRules<,,,,>.Identity));
            rules.Add(v.GetMethod("get_Item", Members, [typeof(int)]), nameof(SimdRules<,,,,>.GetItem));
            rules.Add(v.GetConstructor([e]), nameof(SimdRules<,,,,>.Broadcast));
            rules.Add(v.GetConstructor([array]), nameof(SimdRules<,,,,>.FromArray));
            rules.Add(v.GetConstructor([array, typeof(int)]), nameof(SimdRules<,,,,>.FromArrayAt));
            rules.Add(v.GetConstructor([readOnlySpan]), nameof(SimdRules<,,,,>.FromSpan));
            rules.Add(v.GetConstructor([span]), nameof(SimdRules<,,,,>.FromMutableSpan));
            rules.Add(v.GetMethod("CopyTo", Members, [array]), nameof(SimdRules<,,,,>.CopyToArrayFrom));
            rules.Add(v.GetMethod("CopyTo", Members, [array, typeof(int)]), nameof(SimdRules<,,,,>.CopyToArrayAtFrom));
            rules.Add(v.GetMethod("CopyTo", Members, [span]), nameof(SimdRules<,,,,>.CopyToSpanFrom));

            // Methods of the static class. Comparisons returning a vector of integers (Vector.GreaterThan
            // of Vector<double> gives a Vector<long>) carry no tangent and run as primal calls.
            IEnumerable<MethodInfo> Find(string name, params Type[] parameters) => SimdFamily.FindAll(operations, name, e, parameters);
            rules.Add(Find("Add", two), nameof(SimdRules<,,,,>.Add));
            rules.Add(Find("Subtract", two), nameof(SimdRules<,,,,>.Subtract));
            rules.Add(Find("Multiply", two), nameof(SimdRules<,,,,>.Multiply));
            rules.Add(Find("Multiply", v, e), nameof(SimdRules<,,,,>.MultiplyByScalar));
            rules.Add(Find("Multiply", e, v), nameof(SimdRules<,,,,>.ScalarTimes));
            rules.Add(Find("Divide", two), nameof(SimdRules<,,,,>.Divide));
            rules.Add(Find("Divide", v, e), nameof(SimdRules<,,,,>.DivideByScalar));
            rules.Add(Find("Negate", one), nameof(SimdRules<,,,,>.Negate));
            rules.Add(Find(SimdNames.SqrtOf(v), one), nameof(SimdRules<,,,,>.Sqrt));
            rules.Add(Find(SimdNames.Abs, one), nameof(SimdRules<,,,,>.Abs));
            rules.Add(Find(SimdNames.Min, two), nameof(SimdRules<,,,,>.Min));
            rules.Add(Find(SimdNames.Max, two), nameof(SimdRules<,,,,>.Max));
            rules.Add(Find(SimdNames.FusedMultiplyAdd, three), nameof(SimdRules<,,,,>.FusedMultiplyAdd));
            rules.Add(Find(SimdNames.MultiplyAddEstimate, three), nameof(SimdRules<,,,,>.MultiplyAddEstimate));
            rules.Add(Find(SimdNames.Sum, one), nameof(SimdRules<,,,,>.Sum));
            rules.Add(Find(SimdNames.Dot, two), nameof(SimdRules<,,,,>.Dot));
            rules.Add(Find("ConditionalSelect", three), nameof(SimdRules<,,,,>.ConditionalSelect));
            rules.Add(Find("GreaterThan", two).Where(m => m.ReturnType == v), nameof(SimdRules<,,,,>.GreaterThan));
            rules.Add(Find("GreaterThanOrEqual", two).Where(m => m.ReturnType == v), nameof(SimdRules<,,,,>.GreaterThanOrEqual));
            rules.Add(Find("LessThan", two).Where(m => m.ReturnType == v), nameof(SimdRules<,,,,>.LessThan));
            rules.Add(Find("LessThanOrEqual", two).Where(m => m.ReturnType == v), nameof(SimdRules<,,,,>.LessThanOrEqual));
            rules.Add(Find("Equals", two).Where(m => m.ReturnType == v), nameof(SimdRules<,,,,>.EqualLanes));
            rules.Add(Find("GetElement", v, typeof(int)), nameof(SimdRules<,,,,>.GetElement));
            rules.Add(Find("WithElement", v, typeof(int), e), nameof(SimdRules<,,,,>.WithElement));
            rules.Add(Find("ToScalar", one), nameof(SimdRules<,,,,>.ToScalar));
            rules.Add(Find("Create", e), nameof(SimdRules<,,,,>.Broadcast));
            rules.Add(Find("Create", readOnlySpan), nameof(SimdRules<,,,,>.FromSpan));
            rules.Add(Find("Create", array), nameof(SimdRules<,,,,>.FromArray));
            rules.Add(Find("Create", array, typeof(int)), nameof(SimdRules<,,,,>.FromArrayAt));
            rules.Add(Find("Create", [.. Enumerable.Repeat(e, lanes)]), $"FromElements{lanes}");
            rules.Add(Find("LoadUnsafe", reference), nameof(SimdRules<,,,,>.LoadUnsafe));
            rules.Add(Find("LoadUnsafe", reference, typeof(nuint)), nameof(SimdRules<,,,,>.LoadUnsafeAt));
            rules.Add(Find("StoreUnsafe", v, reference), nameof(SimdRules<,,,,>.StoreUnsafe));
            rules.Add(Find("StoreUnsafe", v, reference, typeof(nuint)), nameof(SimdRules<,,,,>.StoreUnsafeAt));
            rules.Add(Find("CopyTo", v, array), nameof(SimdRules<,,,,>.CopyToArray));
            rules.Add(Find("CopyTo", v, array, typeof(int)), nameof(SimdRules<,,,,>.CopyToArrayAt));
            rules.Add(Find("CopyTo", v, span), nameof(SimdRules<,,,,>.CopyToSpan));

            // System.Numerics.Vector's select with an integer mask (what its comparisons return).
            Type? mask = e == typeof(double) ? typeof(Vector<long>) : e == typeof(float) ? typeof(Vector<int>) : null;
            if (operations == typeof(Vector) && mask is not null)
            {
                rules.Add(operations.GetMethod("ConditionalSelect", [mask, v, v]), nameof(SimdRules<,,,,>.ConditionalSelectByMask), mask);
            }

            foreach (Rule rule in rules.All)
            {
                yield return rule;
            }
        }
    }

    /// <summary>The conversions between each family's float and double vectors.</summary>
    public static IEnumerable<Rule> ConversionRules()
    {
        foreach (IGrouping<Type, (Type Vector, Type Element, Type Operations)> family in SimdFamily.Vectors().GroupBy(v => v.Operations))
        {
            Type operations = family.Key;
            Type wide = family.Single(v => v.Element == typeof(double)).Vector, narrow = family.Single(v => v.Element == typeof(float)).Vector;
            (MethodInfo? Primal, string Template)[] entries =
            [
                (operations.GetMethod("WidenLower", BindingFlags.Public | BindingFlags.Static, [narrow]), nameof(SimdConversionRules<,,,,,>.WidenLower)),
                (operations.GetMethod("WidenUpper", BindingFlags.Public | BindingFlags.Static, [narrow]), nameof(SimdConversionRules<,,,,,>.WidenUpper)),
                (operations.GetMethod("Widen", BindingFlags.Public | BindingFlags.Static, [narrow]), nameof(SimdConversionRules<,,,,,>.WidenBoth)),
                (operations.GetMethod("Widen", BindingFlags.Public | BindingFlags.Static, [narrow, wide.MakeByRefType(), wide.MakeByRefType()]), nameof(SimdConversionRules<,,,,,>.WidenInto)),
                (operations.GetMethod("Narrow", BindingFlags.Public | BindingFlags.Static, [wide, wide]), nameof(SimdConversionRules<,,,,,>.Narrow)),
            ];
            foreach ((MethodInfo? primal, string template) in entries)
            {
                if (primal is not null)
                {
                    MethodInfo method = typeof(SimdConversionRules<,,,,,>).GetMethod(template, BindingFlags.Public | BindingFlags.Static)!;
                    yield return new Rule(primal, method, RuleKind.Derivative, width =>
                        [wide, narrow, TangentTypes.TangentType(wide, width), TangentTypes.TangentType(narrow, width), width.DoubleChunk, width.FloatChunk]);
                }
            }
        }
    }

    private static MethodInfo? Operator(Type vector, string name, params Type[] parameters) => vector.GetMethod(name, BindingFlags.Public | BindingFlags.Static, parameters);

    private static int LaneCount(Type vector)
    {
        SimdVectors.IsFloatingVector(vector, out _, out int lanes);
        return lanes;
    }

    // The rules of one vector type: each template closed over the same five type arguments (plus
    // any the template adds, such as the mask type).
    private sealed class VectorRules(Type vector, Type element)
    {
        // The loads only read their source: a constant table loaded into a vector needs no tangent
        // (the rules read a null array tangent or an empty tangent span as zero).
        private static readonly HashSet<string> Loads =
        [
            nameof(SimdRules<,,,,>.FromArray), nameof(SimdRules<,,,,>.FromArrayAt), nameof(SimdRules<,,,,>.FromSpan),
            nameof(SimdRules<,,,,>.FromMutableSpan), nameof(SimdRules<,,,,>.LoadUnsafe), nameof(SimdRules<,,,,>.LoadUnsafeAt),
        ];

        private readonly Dictionary<MethodBase, Rule> _rules = [];

        public IEnumerable<Rule> All => _rules.Values;

        // Every overload found (a non-generic one and a generic one may share parameters).
        public void Add(IEnumerable<MethodBase> primals, string template, params Type[] extra)
        {
            foreach (MethodBase primal in primals)
            {
                Add(primal, template, extra);
            }
        }

        // A primal this runtime lacks is skipped.
        public void Add(MethodBase? primal, string template, params Type[] extra)
        {
            if (primal is null || _rules.ContainsKey(primal))
            {
                return;
            }

            MethodInfo method = typeof(SimdRules<,,,,>).GetMethod(template, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"SimdRules has no template {template}.");
            Type v = vector, e = element;
            _rules[primal] = new Rule(primal, method, RuleKind.Derivative, width => Arguments(v, e, width, extra), Loads.Contains(template) ? [0] : null);
        }

        private static Type[] Arguments(Type vector, Type element, ChunkWidth width, Type[] extra)
        {
            Type chunk = element == typeof(double) ? width.DoubleChunk : width.FloatChunk;
            Type scalar = (element == typeof(double) ? typeof(Dual<>) : typeof(FloatDual<>)).MakeGenericType(chunk);
            return [vector, element, TangentTypes.TangentType(vector, width), chunk, scalar, .. extra];
        }
    }
}
