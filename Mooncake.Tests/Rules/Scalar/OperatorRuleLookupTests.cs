using System.Numerics;
using System.Reflection;
using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Scalar;

/// <summary>
/// Generic math compiles <c>x * y</c> on <c>T : INumber&lt;T&gt;</c> to a constrained call of the
/// interface member; with <c>T = double</c> (or <c>float</c>) the registry must resolve that call
/// to the operator's rule, checked operators (default interface methods) included.
/// </summary>
[TestClass]
public sealed class OperatorRuleLookupTests
{
    public static IEnumerable<object[]> Operators =>
        from type in new[] { typeof(double), typeof(float) }
        from op in new (Type Interface, string Name, string Rule)[]
        {
            (typeof(IAdditionOperators<,,>), "op_Addition", nameof(OperatorRules.Add)),
            (typeof(IAdditionOperators<,,>), "op_CheckedAddition", nameof(OperatorRules.Add)),
            (typeof(ISubtractionOperators<,,>), "op_Subtraction", nameof(OperatorRules.Subtract)),
            (typeof(ISubtractionOperators<,,>), "op_CheckedSubtraction", nameof(OperatorRules.Subtract)),
            (typeof(IMultiplyOperators<,,>), "op_Multiply", nameof(OperatorRules.Multiply)),
            (typeof(IMultiplyOperators<,,>), "op_CheckedMultiply", nameof(OperatorRules.Multiply)),
            (typeof(IDivisionOperators<,,>), "op_Division", nameof(OperatorRules.Divide)),
            (typeof(IDivisionOperators<,,>), "op_CheckedDivision", nameof(OperatorRules.Divide)),
            (typeof(IModulusOperators<,,>), "op_Modulus", nameof(OperatorRules.Remainder)),
            (typeof(IUnaryNegationOperators<,>), "op_UnaryNegation", nameof(OperatorRules.Negate)),
            (typeof(IUnaryNegationOperators<,>), "op_CheckedUnaryNegation", nameof(OperatorRules.Negate)),
            (typeof(IUnaryPlusOperators<,>), "op_UnaryPlus", nameof(OperatorRules.Plus)),
            (typeof(IIncrementOperators<>), "op_Increment", nameof(OperatorRules.Increment)),
            (typeof(IIncrementOperators<>), "op_CheckedIncrement", nameof(OperatorRules.Increment)),
            (typeof(IDecrementOperators<>), "op_Decrement", nameof(OperatorRules.Decrement)),
            (typeof(IDecrementOperators<>), "op_CheckedDecrement", nameof(OperatorRules.Decrement)),
        }
        select new object[] { op.Interface.MakeGenericType([.. Enumerable.Repeat(type, op.Interface.GetGenericArguments().Length)]), op.Name, type, op.Rule };

    [TestMethod]
    [DynamicData(nameof(Operators))]
    public void AConstrainedCallFindsTheOperatorsRule(Type @interface, string name, Type constrained, string ruleName)
    {
        MethodInfo method = @interface.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!;
        Assert.IsTrue(RuleRegistry.TryFind(method, constrained, out Rule? rule), $"no rule for constrained {constrained.Name} {@interface.Name}.{name}");
        Assert.AreEqual(typeof(OperatorRules), rule!.Method.DeclaringType);
        Assert.AreEqual(ruleName, rule.Method.Name);
        Assert.AreEqual(constrained == typeof(double) ? typeof(Dual<>) : typeof(FloatDual<>), rule.Method.ReturnType.GetGenericTypeDefinition());
    }

    [TestMethod]
    public void TheOperatorAndItsInstructionShareOneRuleMethod()
    {
        MethodInfo multiply = typeof(IMultiplyOperators<double, double, double>).GetMethod("op_Multiply")!;
        Assert.IsTrue(RuleRegistry.TryFind(multiply, typeof(double), out Rule? fromOperator));
        Assert.IsTrue(RuleRegistry.TryFind(ILPrimitives.For(System.Reflection.Emit.OpCodes.Mul, typeof(double))!, out Rule? fromInstruction));
        Assert.AreEqual(fromOperator!.Method, fromInstruction!.Method);
    }

    [TestMethod]
    public void TheRuleOfAGenericMathProductIsTheProductRule()
    {
        MethodInfo multiply = typeof(IMultiplyOperators<double, double, double>).GetMethod("op_Multiply")!;
        Assert.IsTrue(RuleRegistry.TryFind(multiply, typeof(double), out Rule? rule));
        var y = (Dual<Chunk4>)rule!.Instantiate(ChunkWidth.Resolve(4)).Invoke(null, [Dual<Chunk4>.Seed(3.0, 0), Dual<Chunk4>.Seed(-2.0, 1)])!;
        Assert.AreEqual(-6.0, y.Value);
        Assert.AreEqual(-2.0, y[0]);
        Assert.AreEqual(3.0, y[1]);
    }
}
