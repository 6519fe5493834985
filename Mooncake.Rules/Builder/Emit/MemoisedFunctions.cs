using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// A scalar function whose rule <see cref="PrimalMemo"/> may replay: its rule is
/// <c>Chain(x, f(x.Value), f'(x.Value))</c>, value and local derivative functions of the
/// argument's value alone, so that the rule at any width is the chain rule applied to the pair
/// the rule computes at width 1 with a unit seed.
/// </summary>
internal interface IMemoisedFunction
{
    /// <summary>The function's number in a memo entry (from 1: an empty entry holds 0).</summary>
    static abstract int Id { get; }

    /// <summary>The function's registered rule.</summary>
    static abstract Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>;
}

/// <summary>The functions of <see cref="double"/> arguments whose rules the derived rules memoise (<see cref="PrimalMemo"/>).</summary>
internal static class MemoisedFunctions
{
    // Each registered rule (the generic method definition of its double overload) and its function.
    private static readonly Dictionary<(Module, int), Type> ByRule = new[]
    {
        (typeof(TrigonometricRules), typeof(Sin)),
        (typeof(TrigonometricRules), typeof(Cos)),
        (typeof(TrigonometricRules), typeof(Tan)),
        (typeof(TrigonometricRules), typeof(Asin)),
        (typeof(TrigonometricRules), typeof(Acos)),
        (typeof(TrigonometricRules), typeof(Atan)),
        (typeof(TrigonometricPiRules), typeof(SinPi)),
        (typeof(TrigonometricPiRules), typeof(CosPi)),
        (typeof(TrigonometricPiRules), typeof(TanPi)),
        (typeof(TrigonometricPiRules), typeof(AsinPi)),
        (typeof(TrigonometricPiRules), typeof(AcosPi)),
        (typeof(TrigonometricPiRules), typeof(AtanPi)),
        (typeof(ExponentialRules), typeof(Exp)),
        (typeof(ExponentialRules), typeof(Exp2)),
        (typeof(ExponentialRules), typeof(Exp10)),
        (typeof(ExponentialRules), typeof(ExpM1)),
        (typeof(ExponentialRules), typeof(Exp2M1)),
        (typeof(ExponentialRules), typeof(Exp10M1)),
        (typeof(LogarithmRules), typeof(Log)),
        (typeof(LogarithmRules), typeof(Log2)),
        (typeof(LogarithmRules), typeof(Log10)),
        (typeof(LogarithmRules), typeof(LogP1)),
        (typeof(LogarithmRules), typeof(Log2P1)),
        (typeof(LogarithmRules), typeof(Log10P1)),
        (typeof(HyperbolicRules), typeof(Sinh)),
        (typeof(HyperbolicRules), typeof(Cosh)),
        (typeof(HyperbolicRules), typeof(Tanh)),
        (typeof(HyperbolicRules), typeof(Asinh)),
        (typeof(HyperbolicRules), typeof(Acosh)),
        (typeof(HyperbolicRules), typeof(Atanh)),
        (typeof(PowerRules), typeof(Cbrt)),
    }.ToDictionary(e => Key(RuleOf(e.Item1, e.Item2.Name)), e => e.Item2);

    /// <summary>All memoised functions.</summary>
    internal static IEnumerable<Type> All => ByRule.Values;

    /// <summary>The memoised function whose registered rule is <paramref name="rule"/> (a generic method definition), if any.</summary>
    internal static bool TryGet(MethodInfo rule, out Type function) => ByRule.TryGetValue(Key(rule), out function!);

    /// <summary>The rule method (generic definition, <c>Dual&lt;TChunk&gt;</c> overload) named <paramref name="name"/> in <paramref name="rules"/>.</summary>
    internal static MethodInfo RuleOf(Type rules, string name) => rules.GetMethods(BindingFlags.Public | BindingFlags.Static).Single(m =>
        m.Name == name && m.GetParameters() is [{ ParameterType: { IsGenericType: true } p }] && p.GetGenericTypeDefinition() == typeof(Dual<>));

    private static (Module, int) Key(MethodInfo method) => (method.Module, method.MetadataToken);

    internal readonly struct Sin : IMemoisedFunction
    {
        public static int Id => 1;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricRules.Sin(x);
    }

    internal readonly struct Cos : IMemoisedFunction
    {
        public static int Id => 2;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricRules.Cos(x);
    }

    internal readonly struct Tan : IMemoisedFunction
    {
        public static int Id => 3;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricRules.Tan(x);
    }

    internal readonly struct Asin : IMemoisedFunction
    {
        public static int Id => 4;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricRules.Asin(x);
    }

    internal readonly struct Acos : IMemoisedFunction
    {
        public static int Id => 5;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricRules.Acos(x);
    }

    internal readonly struct Atan : IMemoisedFunction
    {
        public static int Id => 6;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricRules.Atan(x);
    }

    internal readonly struct SinPi : IMemoisedFunction
    {
        public static int Id => 7;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricPiRules.SinPi(x);
    }

    internal readonly struct CosPi : IMemoisedFunction
    {
        public static int Id => 8;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricPiRules.CosPi(x);
    }

    internal readonly struct TanPi : IMemoisedFunction
    {
        public static int Id => 9;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricPiRules.TanPi(x);
    }

    internal readonly struct AsinPi : IMemoisedFunction
    {
        public static int Id => 10;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricPiRules.AsinPi(x);
    }

    internal readonly struct AcosPi : IMemoisedFunction
    {
        public static int Id => 11;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricPiRules.AcosPi(x);
    }

    internal readonly struct AtanPi : IMemoisedFunction
    {
        public static int Id => 12;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => TrigonometricPiRules.AtanPi(x);
    }

    internal readonly struct Exp : IMemoisedFunction
    {
        public static int Id => 13;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => ExponentialRules.Exp(x);
    }

    internal readonly struct Exp2 : IMemoisedFunction
    {
        public static int Id => 14;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => ExponentialRules.Exp2(x);
    }

    internal readonly struct Exp10 : IMemoisedFunction
    {
        public static int Id => 15;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => ExponentialRules.Exp10(x);
    }

    internal readonly struct ExpM1 : IMemoisedFunction
    {
        public static int Id => 16;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => ExponentialRules.ExpM1(x);
    }

    internal readonly struct Exp2M1 : IMemoisedFunction
    {
        public static int Id => 17;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => ExponentialRules.Exp2M1(x);
    }

    internal readonly struct Exp10M1 : IMemoisedFunction
    {
        public static int Id => 18;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => ExponentialRules.Exp10M1(x);
    }

    internal readonly struct Log : IMemoisedFunction
    {
        public static int Id => 19;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => LogarithmRules.Log(x);
    }

    internal readonly struct Log2 : IMemoisedFunction
    {
        public static int Id => 20;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => LogarithmRules.Log2(x);
    }

    internal readonly struct Log10 : IMemoisedFunction
    {
        public static int Id => 21;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => LogarithmRules.Log10(x);
    }

    internal readonly struct LogP1 : IMemoisedFunction
    {
        public static int Id => 22;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => LogarithmRules.LogP1(x);
    }

    internal readonly struct Log2P1 : IMemoisedFunction
    {
        public static int Id => 23;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => LogarithmRules.Log2P1(x);
    }

    internal readonly struct Log10P1 : IMemoisedFunction
    {
        public static int Id => 24;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => LogarithmRules.Log10P1(x);
    }

    internal readonly struct Sinh : IMemoisedFunction
    {
        public static int Id => 25;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => HyperbolicRules.Sinh(x);
    }

    internal readonly struct Cosh : IMemoisedFunction
    {
        public static int Id => 26;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => HyperbolicRules.Cosh(x);
    }

    internal readonly struct Tanh : IMemoisedFunction
    {
        public static int Id => 27;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => HyperbolicRules.Tanh(x);
    }

    internal readonly struct Asinh : IMemoisedFunction
    {
        public static int Id => 28;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => HyperbolicRules.Asinh(x);
    }

    internal readonly struct Acosh : IMemoisedFunction
    {
        public static int Id => 29;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => HyperbolicRules.Acosh(x);
    }

    internal readonly struct Atanh : IMemoisedFunction
    {
        public static int Id => 30;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => HyperbolicRules.Atanh(x);
    }

    internal readonly struct Cbrt : IMemoisedFunction
    {
        public static int Id => 31;

        public static Dual<TChunk> Rule<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double> => PowerRules.Cbrt(x);
    }
}
