using System.Reflection;

namespace Mooncake.Tests.Duals;

/// <summary>
/// Keeps the catalogue complete: every function and arithmetic operator that <see cref="Dual{TChunk}"/>
/// declares must have a case, so a function added to the dual cannot go untested.
/// </summary>
[TestClass]
public sealed class DualCoverageTests
{
    private static readonly Type D = typeof(Dual<Chunk4>);

    [TestMethod]
    public void EveryFunctionOfDualHasACatalogueCase()
    {
        string[] builders = ["Create", "Seed", "Parse"];
        IEnumerable<string> functions = D.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && !builders.Contains(m.Name) && (m.ReturnType == D || m.ReturnType == typeof((Dual<Chunk4>, Dual<Chunk4>))))
            .Select(m => m.Name)
            .Distinct();
        foreach (string function in functions)
        {
            // A case is named after the function, possibly with its arguments or a tuple member.
            Assert.IsTrue(
                ScalarCases.All.Any(c => c.Name == function || c.Name.StartsWith(function + "(", StringComparison.Ordinal) || c.Name.StartsWith(function + ".", StringComparison.Ordinal)),
                $"Dual.{function} has no case in ScalarCases");
        }
    }

    [TestMethod]
    public void EveryArithmeticOperatorOverloadOfDualHasACatalogueCase()
    {
        var cases = new Dictionary<string, (string Duals, string Symbol)>
        {
            ["op_Addition"] = ("Add", "+"),
            ["op_Subtraction"] = ("Subtract", "-"),
            ["op_Multiply"] = ("Multiply", "*"),
            ["op_Division"] = ("Divide", "/"),
            ["op_Modulus"] = ("Remainder", "%"),
            ["op_UnaryNegation"] = ("Negate", "-"),
            ["op_UnaryPlus"] = ("UnaryPlus", "+"),
            ["op_Increment"] = ("Increment", "++"),
            ["op_Decrement"] = ("Decrement", "--"),
        };
        foreach (MethodInfo op in D.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).Where(m => m.IsSpecialName && m.Name.StartsWith("op_", StringComparison.Ordinal) && m.ReturnType == D && m.Name != "op_Implicit"))
        {
            Assert.IsTrue(cases.TryGetValue(op.Name, out var names), $"{op.Name} is not in the operator table");
            Type[] parameters = [.. op.GetParameters().Select(p => p.ParameterType)];
            string expected = parameters.Contains(typeof(double))
                ? (parameters[0] == typeof(double) ? $"c {names.Symbol} x" : $"x {names.Symbol} c")
                : names.Duals;
            Assert.IsTrue(ScalarCases.All.Any(c => c.Name == expected), $"{op.Name}({string.Join(", ", parameters.Select(p => p.Name))}) needs the case '{expected}'");
        }
    }
}
