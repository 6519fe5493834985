using System.Reflection;
using MathNet.Numerics;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Tests.Builder.Compiler;

/// <summary>
/// The compiler's facts beyond arguments and statics, checked directly: instance fields that keep
/// constant data stored into them (<see cref="ConstantFields"/>), static constructors that let a
/// static's data escape, and the delegates a request knows the targets of (<see cref="KnownDelegates"/>).
/// </summary>
[TestClass]
public sealed class FieldAndDelegateFactsTests
{
    private const BindingFlags Any = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance;

    private static readonly double[] Table = [0.5, -1.0, 2.0];
    private static readonly double[] Aliased = new double[3];
    private static readonly Writer AliasHolder = new(Aliased);

    [TestMethod]
    public void AFieldWhoseReadersOnlyReadKeepsConstantData()
    {
        Assert.IsTrue(ConstantArguments.FieldKeepsConstant(typeof(Reader).GetField("<Values>k__BackingField", Any)!), "read through its getter only");
        Assert.IsTrue(ConstantArguments.CanStayConstant(typeof(Reader).GetConstructor([typeof(double[])])!, 1), "so its constructor keeps the array constant");
        Assert.IsFalse(ConstantArguments.FieldKeepsConstant(typeof(Writer).GetField("_data", Any)!), "a method writes a derivative into its data");
        Assert.IsFalse(ConstantArguments.FieldKeepsConstant(typeof(Public).GetField(nameof(Public.Values))!), "visible to other modules, whose readers are out of sight");
    }

    [TestMethod]
    public void MathNetsGaussLegendreWeightsAreConstant()
    {
        Type factory = typeof(Integrate).Assembly.GetType("MathNet.Numerics.Integration.GaussRule.GaussLegendrePointFactory")!;
        Assert.IsTrue(StaticConstancy.IsConstant(factory.GetField("_gaussLegendrePoint", Any)!), "GaussKronrodPoint.Generate stores its arrays in a GaussPointPair, whose fields only its readers read");
    }

    [TestMethod]
    public void AStaticConstructorThatSharesAnArrayMakesItNonConstant()
    {
        Assert.IsFalse(StaticConstancy.IsConstant(Field(nameof(Aliased))), "the type initializer stores it in an object a method writes into");
        Assert.IsTrue(StaticConstancy.IsConstant(Field(nameof(Table))));
    }

    [TestMethod]
    public void ARequestKeepsADelegateFactOnlyWhileTheArgumentIsNeverAssigned()
    {
        MethodInfo target = typeof(FieldAndDelegateFactsTests).GetMethod(nameof(Square), Any)!;
        ChunkWidth width = ChunkWidth.Resolve(2);
        RuleRequest kept = RuleBuild.Honour(RuleRequest.General(Method(nameof(Apply)), width, memo: false) with { Delegates = KnownDelegates.None.With(0, target) });
        Assert.AreEqual(target, kept.Delegates.TargetOf(0));
        RuleRequest dropped = RuleBuild.Honour(RuleRequest.General(Method(nameof(Reassigns)), width, memo: false) with { Delegates = KnownDelegates.None.With(0, target) });
        Assert.IsTrue(dropped.Delegates.IsEmpty, "the method assigns its parameter another delegate");
        Assert.AreEqual(KnownDelegates.None.With(0, target).With(2, target), KnownDelegates.None.With(2, target).With(0, target), "facts compare by content");
        Assert.AreEqual(KnownDelegates.None.With(0, target).GetHashCode(), KnownDelegates.None.With(0, target).GetHashCode());
    }

    [TestMethod]
    public void ThePlanOfALambdaHandedToAHelperDifferentiatesIt()
    {
        // The helper's rule calls the lambda's rule directly; the values and derivatives are the dispatched ones.
        double scale = 1.5;
        Func<double, double> f = x => Apply(y => Math.Sin(y) * scale * x, x);
        double derivative = Mooncake.Forward.Derivative(f, 0.8);
        double exact = (Math.Cos(0.8) * scale * 0.8) + (Math.Sin(0.8) * scale);
        Assert.AreEqual(exact, derivative, 1e-14);
    }

    private static double Square(double y) => y * y;

    private static double Apply(Func<double, double> f, double x) => f(x) + f(0);

    private static double Reassigns(Func<double, double> f, double x)
    {
        if (x > 0)
        {
            f = Math.Cos;
        }

        return f(x);
    }

    private static MethodInfo Method(string name) => typeof(FieldAndDelegateFactsTests).GetMethod(name, Any)!;

    private static FieldInfo Field(string name) => typeof(FieldAndDelegateFactsTests).GetField(name, Any)!;

    private static double UsesAliased(double[] x)
    {
        AliasHolder.Store(x[0]);
        return Aliased[0] + Table[1];
    }

    private sealed class Reader(double[] values)
    {
        internal double[] Values { get; } = values;

        public double Sum() => Values[0] + Values[1];
    }

    private sealed class Writer(double[] data)
    {
        private readonly double[] _data = data;

        public void Store(double value) => _data[0] = value * value;
    }

    public sealed class Public(double[] values)
    {
        public readonly double[] Values = values;
    }
}
