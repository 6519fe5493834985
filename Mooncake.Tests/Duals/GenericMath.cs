using System.Numerics;

namespace Mooncake.Tests.Duals;

/// <summary>
/// Every scalar function the dual tests cover, written once against the generic-math interfaces.
/// Instantiated at <see cref="double"/> (or <see cref="float"/>) it is the plain function the
/// reference values and finite differences come from; instantiated at <see cref="Dual{TChunk}"/>
/// it is the code a user writes, reaching the dual's operators and functions through the interfaces.
/// </summary>
internal static class GenericMath
{
    /// <summary>Applies the function called <paramref name="name"/> to <paramref name="x"/>.</summary>
    public static T Evaluate<T>(string name, ReadOnlySpan<T> x)
        where T : IFloatingPointIeee754<T> => name switch
        {
            // Operators, including the checked forms (defaults of the operator interfaces).
            "Add" => x[0] + x[1],
            "Subtract" => x[0] - x[1],
            "Multiply" => x[0] * x[1],
            "Divide" => x[0] / x[1],
            "Remainder" => x[0] % x[1],
            "Negate" => -x[0],
            "UnaryPlus" => +x[0],
            "Increment" => Increment(x[0]),
            "Decrement" => Decrement(x[0]),
            "checked(x + y)" => checked(x[0] + x[1]),
            "checked(x * y)" => checked(x[0] * x[1]),

            // Fused and estimated arithmetic.
            "FusedMultiplyAdd" => T.FusedMultiplyAdd(x[0], x[1], x[2]),
            "MultiplyAddEstimate" => T.MultiplyAddEstimate(x[0], x[1], x[2]),
            "Ieee754Remainder" => T.Ieee754Remainder(x[0], x[1]),
            "Lerp" => T.Lerp(x[0], x[1], x[2]),
            "ScaleB(x, 3)" => T.ScaleB(x[0], 3),
            "ScaleB(x, -2)" => T.ScaleB(x[0], -2),
            "BitIncrement" => T.BitIncrement(x[0]),
            "BitDecrement" => T.BitDecrement(x[0]),
            "ReciprocalEstimate" => T.ReciprocalEstimate(x[0]),
            "ReciprocalSqrtEstimate" => T.ReciprocalSqrtEstimate(x[0]),
            "Reciprocal" => T.One / x[0],
            "ReciprocalSqrt" => T.One / T.Sqrt(x[0]),

            // Exponentials and logarithms.
            "Exp" => T.Exp(x[0]),
            "ExpM1" => T.ExpM1(x[0]),
            "Exp2" => T.Exp2(x[0]),
            "Exp2M1" => T.Exp2M1(x[0]),
            "Exp10" => T.Exp10(x[0]),
            "Exp10M1" => T.Exp10M1(x[0]),
            "Log" => T.Log(x[0]),
            "Log(x, base)" => T.Log(x[0], x[1]),
            "LogP1" => T.LogP1(x[0]),
            "Log2" => T.Log2(x[0]),
            "Log2P1" => T.Log2P1(x[0]),
            "Log10" => T.Log10(x[0]),
            "Log10P1" => T.Log10P1(x[0]),

            // Powers and roots.
            "Pow" => T.Pow(x[0], x[1]),
            "Sqrt" => T.Sqrt(x[0]),
            "Cbrt" => T.Cbrt(x[0]),
            "RootN(x, 1)" => T.RootN(x[0], 1),
            "RootN(x, 2)" => T.RootN(x[0], 2),
            "RootN(x, 3)" => T.RootN(x[0], 3),
            "RootN(x, 5)" => T.RootN(x[0], 5),
            "RootN(x, -2)" => T.RootN(x[0], -2),
            "Hypot" => T.Hypot(x[0], x[1]),

            // Trigonometric functions.
            "Sin" => T.Sin(x[0]),
            "Cos" => T.Cos(x[0]),
            "SinCos.Sin" => T.SinCos(x[0]).Sin,
            "SinCos.Cos" => T.SinCos(x[0]).Cos,
            "Tan" => T.Tan(x[0]),
            "Asin" => T.Asin(x[0]),
            "Acos" => T.Acos(x[0]),
            "Atan" => T.Atan(x[0]),
            "Atan2" => T.Atan2(x[0], x[1]),
            "SinPi" => T.SinPi(x[0]),
            "CosPi" => T.CosPi(x[0]),
            "SinCosPi.SinPi" => T.SinCosPi(x[0]).SinPi,
            "SinCosPi.CosPi" => T.SinCosPi(x[0]).CosPi,
            "TanPi" => T.TanPi(x[0]),
            "AsinPi" => T.AsinPi(x[0]),
            "AcosPi" => T.AcosPi(x[0]),
            "AtanPi" => T.AtanPi(x[0]),
            "Atan2Pi" => T.Atan2Pi(x[0], x[1]),
            "DegreesToRadians" => T.DegreesToRadians(x[0]),
            "RadiansToDegrees" => T.RadiansToDegrees(x[0]),

            // Hyperbolic functions.
            "Sinh" => T.Sinh(x[0]),
            "Cosh" => T.Cosh(x[0]),
            "Tanh" => T.Tanh(x[0]),
            "Asinh" => T.Asinh(x[0]),
            "Acosh" => T.Acosh(x[0]),
            "Atanh" => T.Atanh(x[0]),

            // Selection, sign and magnitude.
            "Abs" => T.Abs(x[0]),
            "Max" => T.Max(x[0], x[1]),
            "Min" => T.Min(x[0], x[1]),
            "MaxNumber" => T.MaxNumber(x[0], x[1]),
            "MinNumber" => T.MinNumber(x[0], x[1]),
            "MaxMagnitude" => T.MaxMagnitude(x[0], x[1]),
            "MinMagnitude" => T.MinMagnitude(x[0], x[1]),
            "MaxMagnitudeNumber" => T.MaxMagnitudeNumber(x[0], x[1]),
            "MinMagnitudeNumber" => T.MinMagnitudeNumber(x[0], x[1]),
            "Clamp" => T.Clamp(x[0], x[1], x[2]),
            "CopySign" => T.CopySign(x[0], x[1]),

            // Rounding.
            "Floor" => T.Floor(x[0]),
            "Ceiling" => T.Ceiling(x[0]),
            "Truncate" => T.Truncate(x[0]),
            "Round" => T.Round(x[0]),
            "Round(x, 2)" => T.Round(x[0], 2),
            "Round(x, AwayFromZero)" => T.Round(x[0], MidpointRounding.AwayFromZero),
            "Round(x, 1, ToNegativeInfinity)" => T.Round(x[0], 1, MidpointRounding.ToNegativeInfinity),

            _ => throw new ArgumentException($"No generic function is called '{name}'.", nameof(name)),
        };

    private static T Increment<T>(T x)
        where T : IIncrementOperators<T>
    {
        x++;
        return x;
    }

    private static T Decrement<T>(T x)
        where T : IDecrementOperators<T>
    {
        x--;
        return x;
    }
}
