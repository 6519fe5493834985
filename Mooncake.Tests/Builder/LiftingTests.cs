using System.Reflection;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.Builder;

/// <summary>
/// Lifting and activity over methods of several IL shapes; the test project is built in Debug
/// and in Release, so both compilers' IL shapes run through these.
/// </summary>
[TestClass]
public sealed class LiftingTests
{
    public static double Loop(double x, int n)
    {
        double s = 0;
        for (int i = 0; i < n; i++)
        {
            s += i % 2 == 0 ? Math.Sin(x * i) : x;
        }

        return s;
    }

    public static double ConstantExponent(double x)
    {
        double c = 3.0;
        double k = c * 2;
        return Math.Pow(x, c) + k;
    }

    public static double Guarded(double[] x)
    {
        try
        {
            return x[0] / x[1];
        }
        catch (IndexOutOfRangeException)
        {
            return -1;
        }
        finally
        {
            x[0] = 1;
        }
    }

    public static double Switch(int k, double x) => k switch
    {
        0 => x,
        1 => x * x,
        _ => -x,
    };

    public static IEnumerable<object[]> Methods =>
        [[nameof(Loop)], [nameof(ConstantExponent)], [nameof(Guarded)], [nameof(Switch)]];

    [TestMethod]
    [DynamicData(nameof(Methods))]
    public void EveryTemporaryIsDefinedOnceOrCarriesTheStackIntoABlock(string name)
    {
        LiftedMethod lifted = StackLifter.Lift(typeof(LiftingTests).GetMethod(name)!);
        var entry = lifted.Blocks.SelectMany(b => b.EntryStack).ToHashSet();
        var defined = lifted.Blocks.SelectMany(b => b.Operations).Select(o => o.Output).OfType<Variable>().ToList();
        Assert.AreEqual(defined.Count, defined.Distinct().Count(), "each operation defines a fresh temporary");
        Assert.IsTrue(lifted.Blocks.SelectMany(b => b.Transfers).All(t => entry.Contains(t.To)), "transfers write only block-entry temporaries");
        foreach (Operation operation in lifted.Blocks.SelectMany(b => b.Operations))
        {
            Assert.IsTrue(operation.Inputs.All(v => v.Kind == VariableKind.Temporary), $"{operation}: operands come from the stack");
        }

        Assert.AreEqual(OpCodesOf(name).Count(), lifted.Blocks.Sum(b => b.Operations.Count) + lifted.Instructions.Count(i => i.OpCode == System.Reflection.Emit.OpCodes.Dup));
    }

    [TestMethod]
    public void ConstantsStayInactiveSoTheExponentOfPowIsAConstant()
    {
        LiftedMethod lifted = StackLifter.Lift(typeof(LiftingTests).GetMethod(nameof(ConstantExponent))!);
        var activity = ActivityAnalysis.Analyze(lifted);
        Operation pow = lifted.Blocks.SelectMany(b => b.Operations).Single(o => o.Instruction.Operand is MethodInfo { Name: "Pow" });
        Assert.IsTrue(activity.IsActive(pow.Inputs[0]), "the base depends on x");
        Assert.IsFalse(activity.IsActive(pow.Inputs[1]), "the exponent is a constant");
        Assert.IsTrue(activity.IsActive(pow.Output!));
        // c and k are locals 0 and 1 in both builds (Debug adds a local for the result, which is active).
        Assert.IsFalse(activity.IsActive(lifted.Locals[0]), "c is a constant");
        Assert.IsFalse(activity.IsActive(lifted.Locals[1]), "k is built from constants");
    }

    [TestMethod]
    public void ValuesCarriedAcrossBranchesStayActive()
    {
        LiftedMethod lifted = StackLifter.Lift(typeof(LiftingTests).GetMethod(nameof(Loop))!);
        var activity = ActivityAnalysis.Analyze(lifted);
        Assert.IsTrue(lifted.Blocks.SelectMany(b => b.EntryStack).All(activity.IsActive), "the ternary's operands carry x");
        Assert.IsFalse(lifted.Locals.Where(l => l.Type == typeof(int)).Any(activity.IsActive), "the loop counter is primal");
    }

    [TestMethod]
    public void HandlersStartWithTheExceptionOnTheStack()
    {
        LiftedMethod lifted = StackLifter.Lift(typeof(LiftingTests).GetMethod(nameof(Guarded))!);
        ExceptionHandlingClause clause = lifted.Clauses.Single(c => c.Flags == ExceptionHandlingClauseOptions.Clause);
        BasicBlock handler = lifted.Blocks.Single(b => b.Start == clause.HandlerOffset);
        Assert.AreEqual(typeof(IndexOutOfRangeException), handler.EntryStack.Single().Type);
    }

    private static IReadOnlyList<ILInstruction> OpCodesOf(string name) => ILReader.Read(typeof(LiftingTests).GetMethod(name)!);
}
