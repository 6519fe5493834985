using System.Reflection;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Tests.Builder.Compiler;

/// <summary>
/// The compiler's decisions about constant data, checked directly: which arguments a callee keeps
/// constant (and so gets no tangent parameter for), which static fields hold constant data, which
/// are written with derivatives, which calls with no active argument may run as the primal.
/// </summary>
[TestClass]
public sealed class SpecialisationDecisionTests
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static;

    private static readonly double[] Table = [0.5, -1.0, 2.0];
    private static readonly double[] Scratch = new double[3];
    private static double[]? s_lazy;

    [TestMethod]
    public void AHelperThatOnlyReadsAnArrayKeepsItConstant()
    {
        Assert.IsTrue(ConstantArguments.CanStayConstant(Method(nameof(Dot)), 0));
        Assert.IsTrue(ConstantArguments.CanStayConstant(Method(nameof(Dot)), 1), "x too, where a caller passes it constant");
        Assert.IsTrue(ConstantArguments.CanStayConstant(Method(nameof(DotThroughAnother)), 0), "through a callee that keeps it");
        Assert.IsTrue(ConstantArguments.CanStayConstant(Method(nameof(Recursive)), 0), "through recursion that writes nothing");
    }

    [TestMethod]
    public void AHelperThatWritesOrLeaksAnArrayDoesNot()
    {
        Assert.IsFalse(ConstantArguments.CanStayConstant(Method(nameof(Fill)), 0), "written with a value that carries a derivative");
        Assert.IsTrue(ConstantArguments.MayWrite(Method(nameof(Fill)), 0));
        Assert.IsFalse(ConstantArguments.CanStayConstant(Method(nameof(ReturnsIt)), 0), "returned");
        Assert.IsFalse(ConstantArguments.MayWrite(Method(nameof(ReturnsIt)), 0), "returned, not written");
        Assert.IsFalse(ConstantArguments.CanStayConstant(Method(nameof(FillsThroughAnother)), 0), "handed to a callee that writes it");
        Assert.IsFalse(ConstantArguments.CanStayConstant(Method(nameof(RecursiveWriter)), 0), "recursion that writes at the bottom");
    }

    [TestMethod]
    public void ACalleesRuleHasNoTangentParameterForAConstantItKeeps()
    {
        ChunkWidth width = ChunkWidth.Resolve(4);
        RuleRequest request = RuleRequest.General(Method(nameof(Dot)), width, memo: false);
        DerivedRule constant = RuleCompiler.Get(request.With(ArgumentActivity.AllActive.WithConstant(0)));
        Assert.IsTrue(constant.IsConstant(0));
        Assert.AreEqual(-1, constant.Signature.Arguments[0].Tangent);
        Assert.AreNotEqual(-1, constant.Signature.Arguments[1].Tangent);

        DerivedRule refused = RuleCompiler.Get(RuleRequest.General(Method(nameof(Fill)), width, memo: false).With(ArgumentActivity.AllActive.WithConstant(0)));
        Assert.IsFalse(refused.IsConstant(0), "a constant the callee writes into is made active");
        Assert.AreNotEqual(-1, refused.Signature.Arguments[0].Tangent);
    }

    [TestMethod]
    public void StaticDataIsConstantUnlessSomeReaderWritesDerivativesIntoIt()
    {
        Assert.IsTrue(StaticConstancy.IsConstant(Field(nameof(Table))));
        Assert.IsFalse(StaticConstancy.IsWritten(Field(nameof(Table))));
        Assert.IsFalse(StaticConstancy.IsConstant(Field(nameof(Scratch))));
        Assert.IsTrue(StaticConstancy.IsWritten(Field(nameof(Scratch))));
        Assert.IsTrue(StaticConstancy.IsConstant(Field(nameof(s_lazy))), "a lazily built table returned by its getter: the getter's callers are its readers");
        Assert.AreEqual(Field(nameof(s_lazy)), FieldReturns.FieldOf(Method(nameof(Lazy))));
    }

    [TestMethod]
    public void ACallWithoutActiveArgumentsRunsTheDerivedRuleWhereItReadsWrittenData()
    {
        Assert.IsTrue(PrimalSafety.CanRunPrimal(Method(nameof(SumOfTable))));
        Assert.IsFalse(PrimalSafety.CanRunPrimal(Method(nameof(SumOfScratch))));
        Assert.IsFalse(PrimalSafety.CanRunPrimal(Method(nameof(SumOfScratchThroughAnother))), "through a callee");
    }

    private static MethodInfo Method(string name) => typeof(SpecialisationDecisionTests).GetMethod(name, Any)!;

    private static FieldInfo Field(string name) => typeof(SpecialisationDecisionTests).GetField(name, Any)!;

    private static double Dot(double[] w, double[] x)
    {
        double s = 0;
        for (int i = 0; i < w.Length; i++)
        {
            s += w[i] * x[i];
        }

        return s;
    }

    private static double DotThroughAnother(double[] w, double[] x) => Dot(w, x) * 2;

    private static double Recursive(double[] w, double x, int i) => i < 0 ? x : Recursive(w, x * w[i], i - 1);

    private static void Fill(double[] target, double x) => target[0] = x * x;

    private static double[] ReturnsIt(double[] w, double x) => x > 0 ? w : [];

    private static void FillsThroughAnother(double[] target, double x) => Fill(target, x + 1);

    private static double RecursiveWriter(double[] w, double x, int i)
    {
        if (i < 0)
        {
            w[0] = x;
            return x;
        }

        return RecursiveWriter(w, x * 2, i - 1);
    }

    private static double UsesTheTables(double[] x)
    {
        Scratch[0] = x[0] * Table[0];
        return Dot(Lazy(), x) + SumOfTable();
    }

    private static double[] Lazy() => s_lazy ??= [1.0, 2.0, 3.0];

    private static double SumOfTable() => Table[0] + Table[1] + Table[2];

    private static double SumOfScratch() => Scratch[0] + Scratch[1];

    private static double SumOfScratchThroughAnother() => SumOfScratch() * 2;
}
