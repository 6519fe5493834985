using System.Reflection;
using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Scalar;

/// <summary>
/// The documented policies of <see cref="DualMath{TDual, TChunk, T}"/>, checked through the
/// registered rules (and the constant-argument specialisations) at points where finite
/// differences say nothing: strong zero at singular points, the one-sided choices at kinks and
/// ties, and zero partials for rounding. Four lanes; the input tangent is zero in lanes 0 and 2.
/// </summary>
[TestClass]
public sealed class ScalarRulePolicyTests
{
    private const double Inf = double.PositiveInfinity;
    private static readonly ChunkWidth Four = ChunkWidth.Resolve(4);
    private static readonly Chunk4 Moving = Chunk4.Zero.WithLane(1, 1.0).WithLane(3, -2.0);
    private static readonly Chunk4 Other = Chunk4.Zero.WithLane(0, 5.0).WithLane(2, 7.0);

    [TestMethod]
    public void PowWithAConstantExponentIsFiniteAtANegativeBase()
    {
        Dual<Chunk4> y = PowerRules.PowConstantExponent(Seeded(-2.0), 3.0);
        Lanes(y, -8.0, 0, 12, 0, -24);
    }

    [TestMethod]
    public void PowWithAConstantExponentIsFiniteAtANegativeBaseInFloat()
    {
        FloatDual<FloatChunk4> y = PowerRules.PowConstantExponent(new FloatDual<FloatChunk4>(-2f, FloatChunk4.Zero.WithLane(1, 1f).WithLane(3, -2f)), 3f);
        Expect.Same(-8f, y.Value, "value");
        float[] expected = [0f, 12f, 0f, -24f];
        for (int k = 0; k < 4; k++)
        {
            Expect.Same(expected[k], y[k], $"lane {k}");
        }
    }

    [TestMethod]
    public void PowWithBothArgumentsActiveKeepsLanesThatDoNotMoveTheExponentFinite()
    {
        // The exponent coefficient x^y ln x is NaN at x < 0; strong zero drops it where y' = 0.
        Lanes(Call(Of(typeof(Math), nameof(Math.Pow)), Seeded(-2.0), Constant(3.0)), -8.0, 0, 12, 0, -24);
        Dual<Chunk4> moving = Call(Of(typeof(Math), nameof(Math.Pow)), Seeded(-2.0), new Dual<Chunk4>(3.0, Chunk4.Zero.WithLane(1, 1.0)));
        Assert.IsTrue(double.IsNaN(moving[1]), "the lane that moves the exponent gets the IEEE NaN");
        Expect.Same(-24.0, moving[3], "lane 3");
    }

    [TestMethod]
    public void PowWithAConstantBaseTakesTheLogOfTheBase()
    {
        Dual<Chunk4> y = PowerRules.PowConstantBase(2.0, Seeded(3.0));
        Lanes(y, 8.0, 0, 8 * Math.Log(2), 0, -16 * Math.Log(2));
    }

    [TestMethod]
    [DataRow(nameof(Math.Sqrt), 0.0, Inf)]
    [DataRow(nameof(Math.Cbrt), 0.0, Inf)]
    [DataRow(nameof(Math.Log), 0.0, Inf)]
    [DataRow(nameof(Math.Log2), 0.0, Inf)]
    [DataRow(nameof(Math.Asin), 1.0, Inf)]
    [DataRow(nameof(Math.Acos), -1.0, -Inf)]
    [DataRow(nameof(Math.Acosh), 1.0, Inf)]
    [DataRow(nameof(Math.Atanh), -1.0, Inf)]
    public void SingularPointsGiveZeroInLanesThatDoNotMove(string name, double x, double derivative)
    {
        Dual<Chunk4> y = Call(Of(typeof(Math), name, arity: 1), Seeded(x));
        Expect.Zero(y[0], "lane 0");
        Expect.Zero(y[2], "lane 2");
        Expect.Same(derivative, y[1], "lane 1");
        Expect.Same(-derivative, y[3], "lane 3");
    }

    [TestMethod]
    public void SqrtOfZeroInFloatGivesZeroInLanesThatDoNotMove()
    {
        MethodInfo sqrt = typeof(MathF).GetMethod(nameof(MathF.Sqrt), [typeof(float)])!;
        var y = (FloatDual<FloatChunk4>)Instantiate(sqrt).Invoke(null, [new FloatDual<FloatChunk4>(0f, FloatChunk4.Zero.WithLane(1, 1f))])!;
        Expect.Zero(y[0], "lane 0");
        Expect.Same(float.PositiveInfinity, y[1], "lane 1");
    }

    [TestMethod]
    public void Atan2AtTheOriginIsNaNOnlyInLanesThatMove()
    {
        Dual<Chunk4> y = Call(Of(typeof(Math), nameof(Math.Atan2)), Seeded(0.0), Constant(0.0));
        Expect.Zero(y[0], "lane 0");
        Assert.IsTrue(double.IsNaN(y[1]), "lane 1");
    }

    [TestMethod]
    [DataRow(0.0)]
    [DataRow(-0.0)]
    public void AbsAtZeroTakesTheRightDerivative(double x) =>
        Lanes(Call(Of(typeof(Math), nameof(Math.Abs)), Seeded(x)), 0.0, 0, 1, 0, -2);

    [TestMethod]
    public void AbsOfANegativeValueNegatesThePartials() =>
        Lanes(Call(Of(typeof(Math), nameof(Math.Abs)), Seeded(-1.5)), 1.5, 0, -1, 0, 2);

    [TestMethod]
    [DataRow(typeof(Math), nameof(Math.Max))]
    [DataRow(typeof(Math), nameof(Math.Min))]
    [DataRow(typeof(Math), nameof(Math.MaxMagnitude))]
    [DataRow(typeof(Math), nameof(Math.MinMagnitude))]
    [DataRow(typeof(double), nameof(double.MaxNumber))]
    [DataRow(typeof(double), nameof(double.MinNumber))]
    [DataRow(typeof(double), nameof(double.MaxNative))]
    [DataRow(typeof(double), nameof(double.MinNative))]
    [DataRow(typeof(double), nameof(double.MaxMagnitudeNumber))]
    [DataRow(typeof(double), nameof(double.MinMagnitudeNumber))]
    public void TiesTakeTheFirstArgumentsPartials(Type type, string name) =>
        Lanes(Call(Of(type, name), Seeded(1.5), new Dual<Chunk4>(1.5, Other)), 1.5, 0, 1, 0, -2);

    [TestMethod]
    public void MaxMagnitudeOfOppositesTakesThePartialsOfTheArgumentReturned()
    {
        // MaxMagnitude(-2, 2) returns 2, the second argument.
        Dual<Chunk4> y = Call(Of(typeof(Math), nameof(Math.MaxMagnitude)), Seeded(-2.0), new Dual<Chunk4>(2.0, Other));
        Lanes(y, 2.0, 5, 0, 7, 0);
    }

    [TestMethod]
    public void MaxWithANaNTakesThePartialsOfTheNaN()
    {
        Lanes(Call(Of(typeof(Math), nameof(Math.Max)), new Dual<Chunk4>(1.0, Other), Seeded(double.NaN)), double.NaN, 0, 1, 0, -2);
        Lanes(Call(Of(typeof(double), nameof(double.MaxNumber)), new Dual<Chunk4>(1.0, Other), Seeded(double.NaN)), 1.0, 5, 0, 7, 0);
    }

    [TestMethod]
    [DataRow(nameof(Math.Clamp))]
    [DataRow(nameof(double.ClampNative))]
    public void ClampTakesTheValuesPartialsOnTheClosedIntervalAndTheBoundsOutside(string name)
    {
        MethodInfo clamp = Of(name == nameof(Math.Clamp) ? typeof(Math) : typeof(double), name);
        var min = new Dual<Chunk4>(-1.0, Other);
        var max = new Dual<Chunk4>(1.0, Chunk4.Broadcast(3.0));
        Lanes(Call(clamp, Seeded(1.0), min, max), 1.0, 0, 1, 0, -2);
        Lanes(Call(clamp, Seeded(-1.0), min, max), -1.0, 0, 1, 0, -2);
        Lanes(Call(clamp, Seeded(1.5), min, max), 1.0, 3, 3, 3, 3);
        Lanes(Call(clamp, Seeded(-1.5), min, max), -1.0, 5, 0, 7, 0);
    }

    [TestMethod]
    public void HypotAtTheOriginTakesTheZeroSubgradient() =>
        Lanes(Call(Of(typeof(double), nameof(double.Hypot)), Seeded(0.0), new Dual<Chunk4>(0.0, Other)), 0.0, 0, 0, 0, 0);

    [TestMethod]
    public void CopySignNegatesThePartialsWhenTheSignFlipsAndIgnoresTheSignsPartials()
    {
        Lanes(Call(Of(typeof(Math), nameof(Math.CopySign)), Seeded(2.0), new Dual<Chunk4>(-1.0, Other)), -2.0, 0, -1, 0, 2);
        Lanes(Call(Of(typeof(Math), nameof(Math.CopySign)), Seeded(2.0), new Dual<Chunk4>(1.0, Other)), 2.0, 0, 1, 0, -2);
    }

    [TestMethod]
    [DataRow(nameof(Math.Floor), 2.0)]
    [DataRow(nameof(Math.Ceiling), -3.0)]
    [DataRow(nameof(Math.Truncate), 2.0)]
    [DataRow(nameof(Math.Round), 2.5)]
    public void RoundingHasZeroPartialsEvenAtItsJumps(string name, double x)
    {
        MethodInfo primal = Of(typeof(Math), name);
        Assert.IsTrue(RuleRegistry.TryFind(primal, out Rule? rule));
        Assert.AreEqual(RuleKind.ZeroDerivative, rule!.Kind);
        Dual<Chunk4> y = Call(primal, Seeded(x));
        Expect.Same((double)primal.Invoke(null, [x])!, y.Value, "value");
        Assert.AreEqual(Chunk4.Zero, y.Partials);
    }

    [TestMethod]
    public void BitIncrementPassesThePartialsThrough() =>
        Lanes(Call(Of(typeof(Math), nameof(Math.BitIncrement)), Seeded(1.0)), Math.BitIncrement(1.0), 0, 1, 0, -2);

    private static Dual<Chunk4> Seeded(double x) => new(x, Moving);

    private static Dual<Chunk4> Constant(double x) => new(x);

    // The overload of a primal on doubles only: Math.Max(double, double), not Max(int, int).
    private static MethodInfo Of(Type type, string name, int arity = -1) =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Single(m => m.Name == name && m.ReturnType == typeof(double) && m.GetParameters().All(p => p.ParameterType == typeof(double))
                && (arity < 0 || m.GetParameters().Length == arity));

    private static MethodInfo Instantiate(MethodInfo primal)
    {
        Assert.IsTrue(RuleRegistry.TryFind(primal, out Rule? rule), $"no rule for {primal}");
        return rule!.Instantiate(Four);
    }

    private static Dual<Chunk4> Call(MethodInfo primal, params object[] arguments) => (Dual<Chunk4>)Instantiate(primal).Invoke(null, arguments)!;

    private static void Lanes(Dual<Chunk4> y, double value, params double[] lanes)
    {
        Expect.Same(value, y.Value, "value");
        for (int k = 0; k < lanes.Length; k++)
        {
            // A negated zero lane is -0: either sign of zero is zero.
            if (lanes[k] == 0)
            {
                Expect.Zero(y[k], $"lane {k}");
            }
            else
            {
                Expect.Same(lanes[k], y[k], $"lane {k}");
            }
        }
    }
}
