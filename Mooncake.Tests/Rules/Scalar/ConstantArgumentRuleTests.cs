using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Scalar;

/// <summary>
/// The constant-argument specialisations the rule builder calls when activity analysis finds an
/// argument constant (<see cref="PowerRules.PowConstantExponent{TChunk}(Dual{TChunk}, double)"/>,
/// <see cref="PowerRules.PowConstantBase{TChunk}(double, Dual{TChunk})"/>,
/// <see cref="LogarithmRules.LogConstantBase{TChunk}(Dual{TChunk}, double)"/>): wherever the
/// all-dual rule is finite they must give what it gives with a zero tangent on the constant,
/// bit for bit up to the sign of a zero lane (the all-dual rule adds the constant's zero term).
/// </summary>
[TestClass]
public sealed class ConstantArgumentRuleTests
{
    private static readonly Chunk4 Partials = Chunk4.Zero.WithLane(0, 0.5).WithLane(1, -1.25).WithLane(3, 3.0);
    private static readonly FloatChunk4 FloatPartials = FloatChunk4.Zero.WithLane(0, 0.5f).WithLane(1, -1.25f).WithLane(3, 3f);

    [TestMethod]
    [DataRow(1.3, 2.7)]
    [DataRow(0.6, -1.4)]
    [DataRow(2.0, 0.0)]
    [DataRow(0.0, 3.0)]
    [DataRow(5.0, 0.5)]
    public void PowSpecialisationsAgreeWithTheAllDualRule(double x, double y)
    {
        Same(PowerRules.Pow(new Dual<Chunk4>(x, Partials), new Dual<Chunk4>(y)), PowerRules.PowConstantExponent(new Dual<Chunk4>(x, Partials), y));
        Same(PowerRules.Pow(new Dual<Chunk4>(x), new Dual<Chunk4>(y, Partials)), PowerRules.PowConstantBase(x, new Dual<Chunk4>(y, Partials)));
        Same(PowerRules.Pow(new FloatDual<FloatChunk4>((float)x, FloatPartials), new FloatDual<FloatChunk4>((float)y)), PowerRules.PowConstantExponent(new FloatDual<FloatChunk4>((float)x, FloatPartials), (float)y));
        Same(PowerRules.Pow(new FloatDual<FloatChunk4>((float)x), new FloatDual<FloatChunk4>((float)y, FloatPartials)), PowerRules.PowConstantBase((float)x, new FloatDual<FloatChunk4>((float)y, FloatPartials)));
    }

    [TestMethod]
    [DataRow(2.3, 3.1)]
    [DataRow(0.4, 0.5)]
    [DataRow(10.0, 10.0)]
    public void LogConstantBaseAgreesWithTheAllDualRule(double x, double newBase)
    {
        Same(LogarithmRules.Log(new Dual<Chunk4>(x, Partials), new Dual<Chunk4>(newBase)), LogarithmRules.LogConstantBase(new Dual<Chunk4>(x, Partials), newBase));
        Same(LogarithmRules.Log(new FloatDual<FloatChunk4>((float)x, FloatPartials), new FloatDual<FloatChunk4>((float)newBase)), LogarithmRules.LogConstantBase(new FloatDual<FloatChunk4>((float)x, FloatPartials), (float)newBase));
    }

    [TestMethod]
    public void TheSpecialisationsAreNotRegistered()
    {
        // Their signatures are not a primal's: the builder calls them by name, the registry never returns them.
        string[] specialisations = [nameof(PowerRules.PowConstantExponent), nameof(PowerRules.PowConstantBase), nameof(LogarithmRules.LogConstantBase)];
        Assert.IsFalse(RuleRegistry.All.Any(r => specialisations.Contains(r.Method.Name)));
    }

    private static void Lane<T>(T expected, T actual, int k)
        where T : System.Numerics.IFloatingPointIeee754<T>
    {
        if (T.IsZero(expected))
        {
            Expect.Zero(actual, $"lane {k}");
        }
        else
        {
            Expect.Same(expected, actual, $"lane {k}");
        }
    }

    private static void Same(Dual<Chunk4> expected, Dual<Chunk4> actual)
    {
        Expect.Same(expected.Value, actual.Value, "value");
        for (int k = 0; k < 4; k++)
        {
            Lane(expected[k], actual[k], k);
        }
    }

    private static void Same(FloatDual<FloatChunk4> expected, FloatDual<FloatChunk4> actual)
    {
        Expect.Same(expected.Value, actual.Value, "value");
        for (int k = 0; k < 4; k++)
        {
            Lane(expected[k], actual[k], k);
        }
    }
}
