using System.Numerics;
using System.Reflection;
using System.Runtime.Intrinsics;

namespace Mooncake.Tests.Rules;

/// <summary>The SIMD rules the table registers for every vector type, and how they close.</summary>
[TestClass]
public sealed class SimdRuleTableTests
{
    public static IEnumerable<object[]> VectorTypes =>
    [
        [typeof(Vector<double>), typeof(Vector)], [typeof(Vector<float>), typeof(Vector)],
        [typeof(Vector128<double>), typeof(Vector128)], [typeof(Vector128<float>), typeof(Vector128)],
        [typeof(Vector256<double>), typeof(Vector256)], [typeof(Vector256<float>), typeof(Vector256)],
        [typeof(Vector512<double>), typeof(Vector512)], [typeof(Vector512<float>), typeof(Vector512)],
    ];

    [TestMethod]
    [DynamicData(nameof(VectorTypes))]
    public void EveryVectorTypeHasItsCoreOperations(Type vector, Type operations)
    {
        Type e = vector.GetGenericArguments()[0];
        foreach (string op in new[] { "op_Addition", "op_Subtraction", "op_Multiply", "op_Division", "op_UnaryNegation" })
        {
            Assert.IsTrue(RuleRegistry.TryFind(vector.GetMethod(op, [vector, vector]) ?? vector.GetMethod(op, [vector])!, out _), $"{vector.Name}.{op}");
        }

        Assert.IsTrue(RuleRegistry.TryFind(vector.GetMethod("op_Multiply", [vector, e])!, out _), $"{vector.Name} times a scalar");
        foreach (string name in new[] { "Sum", "Abs", "Negate" })
        {
            Assert.IsTrue(HasRule(operations, name, e, vector), $"{operations.Name}.{name}");
        }

        foreach (string name in new[] { "Dot", "Min", "Max", "Add", "Multiply" })
        {
            Assert.IsTrue(HasRule(operations, name, e, vector, vector), $"{operations.Name}.{name}");
        }

        Assert.IsTrue(HasRule(operations, operations == typeof(Vector) ? "SquareRoot" : "Sqrt", e, vector));
        Assert.IsTrue(HasRule(operations, "FusedMultiplyAdd", e, vector, vector, vector));
        Assert.IsTrue(HasRule(operations, "ConditionalSelect", e, vector, vector, vector));
        Assert.IsTrue(HasRule(operations, "LoadUnsafe", e, e.MakeByRefType(), typeof(nuint)));
        Assert.IsTrue(HasRule(operations, "StoreUnsafe", e, vector, e.MakeByRefType(), typeof(nuint)));
        Assert.IsTrue(HasRule(operations, "Create", e, e));
    }

    [TestMethod]
    [DynamicData(nameof(VectorTypes))]
    public void EveryRuleClosesAtEveryWidth(Type vector, Type operations)
    {
        Rule[] rules = [.. RuleRegistry.All.Where(r => r.Method.DeclaringType == typeof(Mooncake.Rules.SimdRules<,,,,>) && Mentions(r.Primal, vector))];
        Assert.IsTrue(rules.Length >= 30, $"{vector}: {rules.Length} rules");
        foreach (int width in new[] { 1, 3, 8, 16 })
        {
            foreach (Rule rule in rules)
            {
                MethodInfo closed = rule.Instantiate(ChunkWidth.Resolve(width));
                Assert.IsFalse(closed.ContainsGenericParameters, rule.ToString());
            }
        }
    }

    [TestMethod]
    public void ASelectWhoseMaskMixesBitsIsRefused()
    {
        static double Mixed(double[] x)
        {
            var mask = Vector256.Create(BitConverter.Int64BitsToDouble(0x0F0F_0F0F_0F0F_0F0F));
            return Vector256.Sum(Vector256.ConditionalSelect(mask, Vector256.Create(x[0]), Vector256.Create(x[1])));
        }

        var e = Assert.Throws<NotSupportedException>(() => Forward.Gradient(Mixed, [0.5, 0.25]));
        StringAssert.Contains(e.Message, "mixes the bits");
    }

    [TestMethod]
    public void Vector64IsRefusedNamingTheAlternatives()
    {
        static double Small(double[] x) => Vector64.Create(x[0]).ToScalar();
        var e = Assert.Throws<NotSupportedException>(() => Forward.Gradient(Small, [0.5]));
        StringAssert.Contains(e.Message, "IL_0003");
        StringAssert.Contains(e.Message, "Vector64");
    }

    [TestMethod]
    public void AReinterpretingCastToVectorsIsRefusedNamingTheInstruction()
    {
        static double Cast(double[] x)
        {
            Span<Vector<double>> vectors = System.Runtime.InteropServices.MemoryMarshal.Cast<double, Vector<double>>(x.AsSpan());
            return Vector.Sum(vectors[0]);
        }

        var e = Assert.Throws<NotSupportedException>(() => Forward.Gradient(Cast, [.. Enumerable.Range(0, 2 * Vector<double>.Count).Select(i => 0.1 * i)]));
        StringAssert.Contains(e.Message, "MemoryMarshal::Cast");
        StringAssert.Contains(e.Message, "a span of vectors has no tangent");
    }

    [TestMethod]
    public void AProductWithAConstantVectorSkipsItsZeroTangent()
    {
        string path = Path.Combine(Path.GetTempPath(), $"simd-constant-{Environment.ProcessId}.dll");
        try
        {
            string listing = Forward.SaveRule(WeightedSquares, 8, path);
            StringAssert.Contains(listing, "MultiplyConstantRight");
            StringAssert.Contains(listing, "DotConstantRight");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static readonly double[] Weights = [.. Enumerable.Range(0, 64).Select(i => 1.0 + (0.01 * i))];

    // The weights carry no derivative: their vector is a constant operand.
    private static double WeightedSquares(double[] x)
    {
        var acc = Vector<double>.Zero;
        for (int i = 0; i <= x.Length - Vector<double>.Count; i += Vector<double>.Count)
        {
            var v = new Vector<double>(x, i);
            acc += v * new Vector<double>(Weights, i) * v;
        }

        return Vector.Dot(acc, Vector<double>.One);
    }

    private static bool HasRule(Type operations, string name, Type element, params Type[] parameters) =>
        operations.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == name).Any(m =>
        {
            MethodInfo closed = m.IsGenericMethodDefinition ? (m.GetGenericArguments().Length == 1 ? Close(m, element) : null)! : m;
            return closed is not null && closed.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters) && RuleRegistry.TryFind(closed, out _);
        });

    private static MethodInfo? Close(MethodInfo m, Type element)
    {
        try
        {
            return m.MakeGenericMethod(element);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool Mentions(MethodBase primal, Type vector) =>
        primal.DeclaringType == vector || primal.GetParameters().Any(p => p.ParameterType == vector)
        || (primal is MethodInfo m && m.ReturnType == vector);
}
