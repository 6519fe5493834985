using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Testing;

namespace Mooncake.Tests.Rules;

/// <summary>
/// The harness must fail a rule for each way a rule can be wrong; each case registers a broken
/// rule for a primal of its own and checks the failure names the problem.
/// </summary>
[TestClass]
public sealed class RuleTesterCatchesBadRules
{
    public static double Square1(double x) => x * x;
    public static double Square2(double x) => x * x;
    public static double Square3(double x) => x * x;
    public static double Square4(double x) => x * x;
    public static double Square5(double x) => x * x;
    public static double Square6(double x) => x * x;
    public static double Norm(double[] x) => Math.Sqrt(LinearAlgebra.Dot(x, x));
    public static double Total(double[] x) => x.Sum();

    [TestMethod]
    public void AWrongDerivativeFailsTheFiniteDifferenceCheck() =>
        Fails(nameof(Square1), nameof(BadRules.WrongDerivative), [0.7], "against finite differences");

    [TestMethod]
    public void AWrongPrimalFailsThePrimalCheck() =>
        Fails(nameof(Square2), nameof(BadRules.WrongPrimal), [0.7], "primal the result differs");

    [TestMethod]
    public void AnAllocatingScalarRuleFails() =>
        Fails(nameof(Square3), nameof(BadRules.Allocates), [0.7], "allocates");

    [TestMethod]
    public void ALaneComputedDifferentlyFromWidthOneFails() =>
        Fails(nameof(Square4), nameof(BadRules.LaneDependent), [0.7], "differs from the width-1 run");

    [TestMethod]
    public void ADirtySpareLaneFails() =>
        Fails(nameof(Square5), nameof(BadRules.DirtySpareLanes), [0.7], "spare lane 3", new RuleTestOptions { Widths = [3] });

    [TestMethod]
    public void AStatefulRuleFailsTheRepeatCheck() =>
        Fails(nameof(Square6), nameof(BadRules.Stateful), [0.7], "a second call");

    [TestMethod]
    public void AnArrayRuleThatAllocatesPerLaneFails() =>
        Fails(nameof(Norm), nameof(BadRules.NormAllocatingPerLane), [new[] { 1.0, 2.0, 3.0 }], "allocates");

    [TestMethod]
    public void ARuleThatModifiesAnInputFails() =>
        Fails(nameof(Total), nameof(BadRules.TotalThatClearsItsInput), [new[] { 1.0, 2.0, 3.0 }], "argument 0 (x) differs");

    private static void Fails(string primal, string rule, object?[] arguments, string expected, RuleTestOptions? options = null)
    {
        MethodInfo primalMethod = typeof(RuleTesterCatchesBadRules).GetMethod(primal)!;
        RuleRegistry.Register(primalMethod, typeof(BadRules).GetMethod(rule)!);
        var e = Assert.ThrowsExactly<RuleTestException>(() => RuleTester.TestRule(primalMethod, arguments, options ?? new RuleTestOptions()));
        StringAssert.Contains(e.Message, expected);
    }

    public static class BadRules
    {
        private static int _calls;
        private static object? _sink;

        public static Dual<TChunk> WrongDerivative<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => new(x.Value * x.Value, TChunk.Scale(x.Partials, (2 * x.Value) + 0.01));

        public static Dual<TChunk> WrongPrimal<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => new(double.BitIncrement(x.Value * x.Value), TChunk.Scale(x.Partials, 2 * x.Value));

        public static Dual<TChunk> Allocates<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
        {
            // Stored in a static field: a box that does not escape is allocated on the stack by .NET 10.
            _sink = x.Value;
            return new((double)_sink * x.Value, TChunk.Scale(x.Partials, 2 * x.Value));
        }

        public static Dual<TChunk> LaneDependent<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
        {
            TChunk partials = TChunk.Scale(x.Partials, 2 * x.Value);
            return new(x.Value * x.Value, TChunk.Width > 1 ? partials.WithLane(1, partials[1] * (1 + 1e-12)) : partials);
        }

        public static Dual<TChunk> DirtySpareLanes<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => new(x.Value * x.Value, TChunk.Scale(x.Partials, 2 * x.Value).WithLane(TChunk.Width - 1, TChunk.Width == 1 ? 2 * x.Value * x.Partials[0] : 1e-300));

        public static Dual<TChunk> Stateful<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => new(x.Value * x.Value, TChunk.Scale(x.Partials, (2 * x.Value) + (1e-9 * (++_calls % 2))));

        public static Dual<TChunk> NormAllocatingPerLane<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> x)
            where TChunk : struct, IChunk<TChunk, double>
        {
            double norm = Norm(x.Primal);
            TChunk partials = TChunk.Zero;
            for (int lane = 0; lane < TChunk.Width; lane++)
            {
                double[] direction = x.Tangent.GetLane(lane); // one array per lane: what a rule must not do
                partials = partials.WithLane(lane, LinearAlgebra.Dot(x.Primal, direction) / norm);
            }

            return new(norm, partials);
        }

        public static Dual<TChunk> TotalThatClearsItsInput<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> x)
            where TChunk : struct, IChunk<TChunk, double>
        {
            double total = x.Primal.Sum();
            TChunk partials = TChunk.Zero;
            for (int i = 0; i < x.Primal.Length; i++)
            {
                partials = TChunk.Add(partials, x.Tangent.GetChunk(i));
            }

            Array.Clear(x.Primal);
            return new(total, partials);
        }
    }
}
