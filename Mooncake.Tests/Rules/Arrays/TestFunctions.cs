using System.Reflection;
using Mooncake.Rules;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>Scalar functions for the elementwise, selector and aggregate rules.</summary>
public static class TestFunctions
{
    private static readonly Lazy<bool> Registered = new(() =>
    {
        RuleRegistry.Register(typeof(TestFunctions).GetMethod(nameof(Weighted))!, typeof(TestFunctions).GetMethod(nameof(WeightedRule))!);
        return true;
    });

    private static readonly Lazy<bool> IdentityRegistered = new(() =>
    {
        RuleRegistry.Register(typeof(ArrayRulePolicyTests).GetMethod("Identity", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!, typeof(TestFunctions).GetMethod(nameof(IdentityRule))!);
        return true;
    });

    /// <summary>The rule of the policy tests' identity selector.</summary>
    public static Dual<TChunk> IdentityRule<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => x;

    /// <summary>Registers <see cref="IdentityRule"/> for the policy tests' identity (once).</summary>
    public static void RegisterIdentity() => _ = IdentityRegistered.Value;

    /// <summary><c>x sin y</c>, a two-argument method group with a rule of its own (no built-in binary rule is needed).</summary>
    public static double Weighted(double x, double y) => x * Math.Sin(y);

    /// <summary>The rule of <see cref="Weighted"/>.</summary>
    public static Dual<TChunk> WeightedRule<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => x * Dual<TChunk>.Sin(y);

    /// <summary>Registers <see cref="WeightedRule"/> (once).</summary>
    public static Func<double, double, double> WeightedDelegate()
    {
        _ = Registered.Value;
        return Weighted;
    }

    /// <summary><c>x sin x</c> as an <see cref="IScalarFunction"/>.</summary>
    public readonly struct XSinX : IScalarFunction
    {
        public static double Invoke(double x) => x * Math.Sin(x);

        public static Dual<TChunk> Invoke<TChunk>(Dual<TChunk> x)
            where TChunk : struct, IChunk<TChunk, double>
            => x * Dual<TChunk>.Sin(x);
    }

    /// <summary><c>x sin y</c> as an <see cref="IBinaryScalarFunction"/>.</summary>
    public readonly struct XSinY : IBinaryScalarFunction
    {
        public static double Invoke(double x, double y) => x * Math.Sin(y);

        public static Dual<TChunk> Invoke<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
            where TChunk : struct, IChunk<TChunk, double>
            => x * Dual<TChunk>.Sin(y);
    }

    /// <summary>The generic method definition <paramref name="name"/> of <paramref name="type"/> taking <paramref name="parameterCount"/> parameters.</summary>
    internal static MethodInfo GenericDefinition(Type type, string name, int parameterCount) =>
        type.GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition && m.GetParameters().Length == parameterCount);
}
