namespace Mooncake.Rules;

/// <summary>The element-wise functions of one argument that <c>TensorPrimitives</c> applies to spans, each differentiated by its <c>DualMath</c> formula.</summary>
internal enum UnaryFunction
{
    Abs, Acos, Acosh, AcosPi, Asin, Asinh, AsinPi, Atan, Atanh, AtanPi, BitDecrement, BitIncrement, Cbrt, Cos, Cosh, CosPi,
    Decrement, DegreesToRadians, Exp, Exp10, Exp10M1, Exp2, Exp2M1, ExpM1, Increment, Log, Log10, Log10P1, Log2, Log2P1, LogP1,
    Negate, RadiansToDegrees, Reciprocal, ReciprocalEstimate, ReciprocalSqrt, ReciprocalSqrtEstimate, RootN, ScaleB,
    Sin, Sinh, SinPi, Sqrt, Tan, Tanh, TanPi,
}

/// <summary>The element-wise functions of two arguments (either may be a scalar), in the primal's argument order.</summary>
internal enum BinaryFunction
{
    Add, Subtract, Multiply, Divide, Remainder, Ieee754Remainder, Pow, Log, Atan2, Atan2Pi, Hypot, CopySign,
    Max, Min, MaxNumber, MinNumber, MaxMagnitude, MinMagnitude, MaxMagnitudeNumber, MinMagnitudeNumber,
}

/// <summary>The element-wise functions of three arguments (any but one may be scalars).</summary>
internal enum TernaryFunction
{
    /// <summary><c>(x * y) + addend</c>, rounded twice as the primal rounds it.</summary>
    MultiplyAdd,

    /// <summary><c>(x + y) * multiplier</c>.</summary>
    AddMultiply,

    /// <summary><c>fma(x, y, addend)</c>.</summary>
    FusedMultiplyAdd,

    /// <summary><c>T.MultiplyAddEstimate(x, y, addend)</c>.</summary>
    MultiplyAddEstimate,

    /// <summary><c>T.Lerp(x, y, amount)</c>.</summary>
    Lerp,

    /// <summary><c>T.Clamp(x, min, max)</c>.</summary>
    Clamp,
}
