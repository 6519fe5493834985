using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Testing;

namespace Mooncake.Tests.Rules.Scalar;

/// <summary>
/// Where each scalar rule is tested: sample arguments per primal, inside the function's domain
/// and away from its singular points, kinks and jumps (those are the policy tests' business).
/// Keyed by the primal's short name and its parameter kinds, so one entry serves Math, MathF,
/// double, float, the operators and <see cref="ILPrimitives"/>: <c>Pow(F,F)</c> is every
/// <c>Pow</c> of two floating-point arguments, <c>Round(F,Int32)</c> every <c>Round(x, digits)</c>.
/// Arguments are written as doubles and converted to each primal's parameter types.
/// </summary>
internal static class ScalarRuleSamples
{
    // Finite differences of a float primal see the input rounded to float: a larger step keeps
    // that rounding small against the step, and the tolerance is float's.
    private const double FloatStep = 1e-2;
    private const double FloatTolerance = 5e-4;

    // Jumps of a rounding function are far from every sample, but a small step keeps even
    // Round(x, 2) inside one flat piece; the finite difference there is exactly 0.
    private const double FlatStep = 1e-5;

    private static readonly Dictionary<string, Sample[]> Table = Build();

    /// <summary>The key of <paramref name="primal"/> in the table.</summary>
    public static string KeyOf(MethodBase primal) =>
        $"{ShortName(primal)}({string.Join(",", primal.GetParameters().Select(p => IsFloatingPoint(p.ParameterType) ? "F" : p.ParameterType.Name))})";

    /// <summary>The samples of <paramref name="primal"/>, or none.</summary>
    public static IReadOnlyList<Sample> For(MethodBase primal) => Table.TryGetValue(KeyOf(primal), out Sample[]? samples) ? samples : [];

    /// <summary>The arguments of <paramref name="sample"/> converted to <paramref name="primal"/>'s parameter types.</summary>
    public static object?[] Arguments(MethodBase primal, Sample sample)
    {
        ParameterInfo[] parameters = primal.GetParameters();
        return [.. parameters.Select((p, i) => Convert(sample.Arguments[i], p.ParameterType))];
    }

    /// <summary>The tester's options for <paramref name="sample"/> of <paramref name="primal"/>.</summary>
    public static RuleTestOptions Options(MethodBase primal, Sample sample)
    {
        bool single = primal.GetParameters().Any(p => p.ParameterType == typeof(float)) || (primal is MethodInfo m && m.ReturnType == typeof(float));
        return new RuleTestOptions
        {
            Step = sample.Step ?? (single ? FloatStep : 1e-3),
            Tolerance = Math.Max(sample.Tolerance ?? 0, single ? FloatTolerance : 1e-6),
        };
    }

    // Operators are explicit interface implementations ("System.Numerics.IAdditionOperators<...>.op_Addition").
    private static string ShortName(MethodBase primal) => primal.Name[(primal.Name.LastIndexOf('.') + 1)..];

    private static bool IsFloatingPoint(Type type) => type == typeof(double) || type == typeof(float);

    private static object? Convert(object value, Type type) => value switch
    {
        double d when type == typeof(double) => d,
        double d when type == typeof(float) => (float)d,
        double d when type == typeof(nint) => (nint)d,
        double d when type == typeof(nuint) => (nuint)d,
        double d when type.IsPrimitive => System.Convert.ChangeType(d, type, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    private static Dictionary<string, Sample[]> Build()
    {
        var table = new Dictionary<string, Sample[]>();
        void Add(string keys, params Sample[] samples)
        {
            foreach (string key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                table.Add(key, samples);
            }
        }

        // Trigonometric.
        Add("Sin(F) Cos(F) Tan(F) SinCos(F)", S(0.7), S(-2.1));
        Add("Asin(F) Acos(F)", S(0.3), S(-0.6));
        Add("Atan(F)", S(1.7));
        Add("Atan2(F,F) Atan2Pi(F,F)", S(0.8, -1.3), S(-0.5, 0.4));
        Add("SinPi(F) CosPi(F) TanPi(F) SinCosPi(F)", S(0.3), S(-1.15));
        Add("AsinPi(F) AcosPi(F)", S(0.3));
        Add("AtanPi(F)", S(1.7));
        Add("DegreesToRadians(F)", S(57.0));
        Add("RadiansToDegrees(F)", S(1.2));

        // Hyperbolic.
        Add("Sinh(F) Cosh(F) Tanh(F)", S(0.9), S(-1.6));
        Add("Asinh(F)", S(1.4));
        Add("Acosh(F)", S(1.8));
        Add("Atanh(F)", S(0.4));

        // Exponentials and logarithms.
        Add("Exp(F) Exp2(F) Exp10(F) ExpM1(F) Exp2M1(F) Exp10M1(F)", S(0.6), S(-1.3));
        Add("Log(F) Log2(F) Log10(F)", S(2.3), S(0.4));
        Add("LogP1(F) Log2P1(F) Log10P1(F)", S(1.3), S(-0.4));
        Add("Log(F,F)", S(2.3, 3.1), S(0.4, 0.5));

        // Powers and roots.
        Add("Pow(F,F)", S(1.3, 2.7), S(0.6, -1.4));
        Add("Sqrt(F)", S(2.3));
        Add("Cbrt(F)", S(2.3), S(-0.7));
        Add("RootN(F,Int32)", S(2.3, 3), S(-2.7, 5), S(1.9, -2));
        Add("Hypot(F,F)", S(1.2, -0.7));

        // Selection: samples well inside one branch; ties and kinks are policy tests.
        Add("Abs(F)", S(1.3), S(-0.8));
        Add("Max(F,F) Min(F,F) MaxNumber(F,F) MinNumber(F,F) MaxNative(F,F) MinNative(F,F)", S(0.4, 1.1), S(-0.3, -1.5));
        Add("MaxMagnitude(F,F) MinMagnitude(F,F) MaxMagnitudeNumber(F,F) MinMagnitudeNumber(F,F)", S(-1.4, 0.9), S(0.5, -1.2));
        Add("Clamp(F,F,F) ClampNative(F,F,F)", S(0.3, -0.5, 1.2), S(1.7, -0.5, 1.2), S(-0.9, -0.5, 1.2));
        Add("CopySign(F,F)", S(1.3, -0.4), S(-0.8, -2.0), S(0.6, 0.7));

        // Rounding: zero derivative.
        Add("Floor(F) Ceiling(F) Truncate(F) Round(F)", new Sample(2.3) { Step = FlatStep }, new Sample(-1.6) { Step = FlatStep });
        Add("Round(F,Int32)", new Sample(2.3417, 2) { Step = FlatStep });
        Add("Round(F,MidpointRounding)", new Sample(2.7, MidpointRounding.AwayFromZero) { Step = FlatStep }, new Sample(-1.2, MidpointRounding.ToPositiveInfinity) { Step = FlatStep });
        Add("Round(F,Int32,MidpointRounding)", new Sample(2.3417, 2, MidpointRounding.ToZero) { Step = FlatStep });

        // Arithmetic functions.
        Add("FusedMultiplyAdd(F,F,F) MultiplyAddEstimate(F,F,F)", S(1.3, -0.7, 0.4));
        Add("Lerp(F,F,F)", S(1.3, -0.7, 0.3));
        Add("IEEERemainder(F,F) Ieee754Remainder(F,F)", S(5.3, 1.7), S(-4.1, 1.7));
        Add("ScaleB(F,Int32)", S(1.3, 3), S(-0.7, -2));
        Add("BitIncrement(F) BitDecrement(F)", S(1.3));

        // The estimates are accurate to about 2^-14 and not smooth at that scale: a long step
        // and a tolerance of the estimate's accuracy.
        Add("ReciprocalEstimate(F) ReciprocalSqrtEstimate(F)", new Sample(1.3) { Step = 0.1, Tolerance = 1e-3 });

        // Operators and the instructions of ILPrimitives.
        Add("op_Addition(F,F) op_CheckedAddition(F,F) Add(F,F) op_Subtraction(F,F) op_CheckedSubtraction(F,F) Sub(F,F)", S(1.3, -0.7));
        Add("op_Multiply(F,F) op_CheckedMultiply(F,F) Mul(F,F) op_Division(F,F) op_CheckedDivision(F,F) Div(F,F)", S(1.3, -0.7));
        Add("op_Modulus(F,F) Rem(F,F)", S(5.3, 1.7), S(-5.3, 1.7));
        Add("op_UnaryNegation(F) op_CheckedUnaryNegation(F) Neg(F) op_UnaryPlus(F) op_Increment(F) op_CheckedIncrement(F) op_Decrement(F) op_CheckedDecrement(F)", S(1.3));

        // Conversions.
        Add("CreateChecked(F) CreateSaturating(F) CreateTruncating(F) ConvR8(F) ConvR4(F)", S(1.3), S(-0.1));
        Add("ConvR8(Int32) ConvR8(Int64) ConvR8(IntPtr) ConvR4(Int32) ConvR4(Int64) ConvR4(IntPtr)", S(7.0), S(-3.0));
        Add("ConvRUn(UInt32) ConvRUn(UInt64) ConvRUn(UIntPtr)", S(7.0));
        return table;
    }

    private static Sample S(params object[] arguments) => new(arguments);

    /// <summary>One point to test a rule at, with optional overrides of the finite-difference step and tolerance.</summary>
    public sealed record Sample(params object[] Arguments)
    {
        /// <summary>The finite-difference step, if not the default.</summary>
        public double? Step { get; init; }

        /// <summary>A looser tolerance, if the function needs one.</summary>
        public double? Tolerance { get; init; }

        /// <inheritdoc/>
        public override string ToString() => string.Join(", ", Arguments);
    }
}
