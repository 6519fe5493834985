using System.Numerics;
using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The wide operations behind the <c>TensorPrimitives</c> rules, written once for the double and
/// the float duals: each walks the chunk-major tangent spans element by element with the
/// <see cref="DualMath{TDual, TChunk, T}"/> formula of the scalar function, so the derivative at
/// singular points, the strong zeros and the ratio slow paths are those of the scalar rules.
/// The rules compute the primal values with <c>TensorPrimitives</c> itself (bit for bit the
/// plain call's); the element-wise kernels here run first and only write tangents.
/// </summary>
/// <remarks>
/// Order matters where the destination is an input (<c>x = f(x)</c>, which the primal allows):
/// each element's tangent is computed from the input's value and tangent before the element's
/// tangent is stored, and the primal values are written after all tangents. The element-wise
/// kernels are inlined into each rule, where the function is a constant, so the JIT folds the
/// function switch to the one function the rule names.
/// </remarks>
internal abstract partial class TensorKernels<TDual, TChunk, T>
    where TDual : struct, IDual<TDual, TChunk, T>
    where TChunk : struct, IChunk<TChunk, T>
    where T : unmanaged, IFloatingPointIeee754<T>
{
    /// <summary>The tangent of <c>destination = f(x)</c>, element-wise; <paramref name="n"/> is <c>RootN</c>'s and <c>ScaleB</c>'s integer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Unary(UnaryFunction f, ReadOnlyDualSpan<T, TChunk> x, DualSpan<T, TChunk> destination, int n = 0)
    {
        TensorShapes.Destination(destination.Primal, x.Length);
        TensorShapes.Apart(x.Primal, destination.Primal);
        if (!Targets(destination, x.Length, !x.Tangent.IsEmpty, out Span<TChunk> dz))
        {
            return;
        }

        ReadOnlySpan<T> values = x.Primal;
        ReadOnlySpan<TChunk> dx = x.Tangent;
        for (int i = 0; i < values.Length; i++)
        {
            dz[i] = Apply(f, TDual.Create(values[i], dx[i]), n).Partials;
        }
    }

    /// <summary>The tangent of <c>destination = f(x, y)</c>, element-wise, for span and scalar operands.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Binary(BinaryFunction f, TensorOperand<T, TChunk> x, TensorOperand<T, TChunk> y, DualSpan<T, TChunk> destination)
    {
        int length = TensorShapes.Length(Length(x), Length(y));
        TensorShapes.Destination(destination.Primal, length);
        Apart(x, destination);
        Apart(y, destination);
        if (!Targets(destination, length, x.IsActive || y.IsActive, out Span<TChunk> dz))
        {
            return;
        }

        // Each operand is read through its first element and a step (0 for a scalar or a zero
        // tangent), so the loop has no branch per operand; the checks above bound every read.
        ref T xv = ref Unsafe.AsRef(in x.FirstValue), yv = ref Unsafe.AsRef(in y.FirstValue);
        ref TChunk xt = ref Unsafe.AsRef(in x.FirstTangent), yt = ref Unsafe.AsRef(in y.FirstTangent);
        int xs = x.ValueStep, ys = y.ValueStep, xts = x.TangentStep, yts = y.TangentStep;
        for (int i = 0; i < dz.Length; i++)
        {
            dz[i] = Apply(f, At(ref xv, xs, ref xt, xts, i), At(ref yv, ys, ref yt, yts, i)).Partials;
        }
    }

    /// <summary>The tangent of <c>destination = f(x, y, z)</c>, element-wise, for span and scalar operands.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Ternary(TernaryFunction f, TensorOperand<T, TChunk> x, TensorOperand<T, TChunk> y, TensorOperand<T, TChunk> z, DualSpan<T, TChunk> destination)
    {
        int length = TensorShapes.Length(Length(x), Length(y), Length(z));
        TensorShapes.Destination(destination.Primal, length);
        Apart(x, destination);
        Apart(y, destination);
        Apart(z, destination);
        if (!Targets(destination, length, x.IsActive || y.IsActive || z.IsActive, out Span<TChunk> dz))
        {
            return;
        }

        ref T xv = ref Unsafe.AsRef(in x.FirstValue), yv = ref Unsafe.AsRef(in y.FirstValue), zv = ref Unsafe.AsRef(in z.FirstValue);
        ref TChunk xt = ref Unsafe.AsRef(in x.FirstTangent), yt = ref Unsafe.AsRef(in y.FirstTangent), zt = ref Unsafe.AsRef(in z.FirstTangent);
        int xs = x.ValueStep, ys = y.ValueStep, zs = z.ValueStep, xts = x.TangentStep, yts = y.TangentStep, zts = z.TangentStep;
        for (int i = 0; i < dz.Length; i++)
        {
            dz[i] = Apply(f, At(ref xv, xs, ref xt, xts, i), At(ref yv, ys, ref yt, yts, i), At(ref zv, zs, ref zt, zts, i)).Partials;
        }
    }

    /// <summary>The tangents of <c>SinCos</c> (<paramref name="pi"/>: <c>SinCosPi</c>) into both destinations (the primal's length checks name them "destination1" and "destination2", its overlap checks "destination").</summary>
    public static void SinCos(bool pi, ReadOnlyDualSpan<T, TChunk> x, DualSpan<T, TChunk> sinDestination, DualSpan<T, TChunk> cosDestination)
    {
        TensorShapes.Destination(sinDestination.Primal, x.Length, "destination1");
        TensorShapes.Destination(cosDestination.Primal, x.Length, "destination2");
        TensorShapes.Apart(x.Primal, sinDestination.Primal);
        TensorShapes.Apart(x.Primal, cosDestination.Primal);
        bool active = !x.Tangent.IsEmpty;
        bool sines = Targets(sinDestination, x.Length, active, out Span<TChunk> ds);
        bool cosines = Targets(cosDestination, x.Length, active, out Span<TChunk> dc);
        if (!sines || !cosines)
        {
            return;
        }

        ReadOnlySpan<T> values = x.Primal;
        ReadOnlySpan<TChunk> dx = x.Tangent;
        for (int i = 0; i < values.Length; i++)
        {
            (TDual sin, TDual cos) = pi ? DualMath<TDual, TChunk, T>.SinCosPi(TDual.Create(values[i], dx[i])) : DualMath<TDual, TChunk, T>.SinCos(TDual.Create(values[i], dx[i]));
            ds[i] = sin.Partials;
            dc[i] = cos.Partials;
        }
    }

    /// <summary>The zero tangent of a piecewise-constant element-wise function (<c>Floor</c>, <c>Round</c>...).</summary>
    public static void Constant(ReadOnlyDualSpan<T, TChunk> x, DualSpan<T, TChunk> destination)
    {
        TensorShapes.Destination(destination.Primal, x.Length);
        TensorShapes.Apart(x.Primal, destination.Primal);
        destination.Tangent[..Math.Min(x.Length, destination.Tangent.Length)].Clear();
    }

    /// <summary>
    /// The first <paramref name="length"/> chunks of the destination's tangent, to be written, if
    /// some input is <paramref name="active"/>; otherwise the destination's stored tangent is set to
    /// zero (the values written carry no derivative) and false returned.
    /// </summary>
    /// <exception cref="NotSupportedException">An input is active and the destination has no tangent.</exception>
    private static bool Targets(DualSpan<T, TChunk> destination, int length, bool active, out Span<TChunk> tangent)
    {
        if (!active)
        {
            destination.Tangent[..Math.Min(length, destination.Tangent.Length)].Clear();
            tangent = default;
            return false;
        }

        tangent = destination.RequireTangent(nameof(destination))[..length];
        return true;
    }

    // Element i of an operand read through its first element and steps (see Binary).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TDual At(ref T value, int valueStep, ref TChunk tangent, int tangentStep, int i) =>
        TDual.Create(Unsafe.Add(ref value, i * valueStep), Unsafe.Add(ref tangent, i * tangentStep));

    private static int Length(TensorOperand<T, TChunk> operand) => operand.IsScalar ? -1 : operand.Values.Length;

    private static void Apart(TensorOperand<T, TChunk> operand, DualSpan<T, TChunk> destination)
    {
        if (!operand.IsScalar)
        {
            TensorShapes.Apart(operand.Values, destination.Primal);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TDual Apply(UnaryFunction f, TDual x, int n) => f switch
    {
        UnaryFunction.Abs => DualMath<TDual, TChunk, T>.Abs(x),
        UnaryFunction.Acos => DualMath<TDual, TChunk, T>.Acos(x),
        UnaryFunction.Acosh => DualMath<TDual, TChunk, T>.Acosh(x),
        UnaryFunction.AcosPi => DualMath<TDual, TChunk, T>.AcosPi(x),
        UnaryFunction.Asin => DualMath<TDual, TChunk, T>.Asin(x),
        UnaryFunction.Asinh => DualMath<TDual, TChunk, T>.Asinh(x),
        UnaryFunction.AsinPi => DualMath<TDual, TChunk, T>.AsinPi(x),
        UnaryFunction.Atan => DualMath<TDual, TChunk, T>.Atan(x),
        UnaryFunction.Atanh => DualMath<TDual, TChunk, T>.Atanh(x),
        UnaryFunction.AtanPi => DualMath<TDual, TChunk, T>.AtanPi(x),
        UnaryFunction.BitDecrement => DualMath<TDual, TChunk, T>.BitDecrement(x),
        UnaryFunction.BitIncrement => DualMath<TDual, TChunk, T>.BitIncrement(x),
        UnaryFunction.Cbrt => DualMath<TDual, TChunk, T>.Cbrt(x),
        UnaryFunction.Cos => DualMath<TDual, TChunk, T>.Cos(x),
        UnaryFunction.Cosh => DualMath<TDual, TChunk, T>.Cosh(x),
        UnaryFunction.CosPi => DualMath<TDual, TChunk, T>.CosPi(x),
        UnaryFunction.Decrement => DualMath<TDual, TChunk, T>.Decrement(x),
        UnaryFunction.DegreesToRadians => DualMath<TDual, TChunk, T>.DegreesToRadians(x),
        UnaryFunction.Exp => DualMath<TDual, TChunk, T>.Exp(x),
        UnaryFunction.Exp10 => DualMath<TDual, TChunk, T>.Exp10(x),
        UnaryFunction.Exp10M1 => DualMath<TDual, TChunk, T>.Exp10M1(x),
        UnaryFunction.Exp2 => DualMath<TDual, TChunk, T>.Exp2(x),
        UnaryFunction.Exp2M1 => DualMath<TDual, TChunk, T>.Exp2M1(x),
        UnaryFunction.ExpM1 => DualMath<TDual, TChunk, T>.ExpM1(x),
        UnaryFunction.Increment => DualMath<TDual, TChunk, T>.Increment(x),
        UnaryFunction.Log => DualMath<TDual, TChunk, T>.Log(x),
        UnaryFunction.Log10 => DualMath<TDual, TChunk, T>.Log10(x),
        UnaryFunction.Log10P1 => DualMath<TDual, TChunk, T>.Log10P1(x),
        UnaryFunction.Log2 => DualMath<TDual, TChunk, T>.Log2(x),
        UnaryFunction.Log2P1 => DualMath<TDual, TChunk, T>.Log2P1(x),
        UnaryFunction.LogP1 => DualMath<TDual, TChunk, T>.LogP1(x),
        UnaryFunction.Negate => DualMath<TDual, TChunk, T>.Negate(x),
        UnaryFunction.RadiansToDegrees => DualMath<TDual, TChunk, T>.RadiansToDegrees(x),
        UnaryFunction.Reciprocal => DualMath<TDual, TChunk, T>.Divide(T.One, x),
        UnaryFunction.ReciprocalEstimate => DualMath<TDual, TChunk, T>.ReciprocalEstimate(x),
        UnaryFunction.ReciprocalSqrt => DualMath<TDual, TChunk, T>.Divide(T.One, DualMath<TDual, TChunk, T>.Sqrt(x)),
        UnaryFunction.ReciprocalSqrtEstimate => DualMath<TDual, TChunk, T>.ReciprocalSqrtEstimate(x),
        UnaryFunction.RootN => DualMath<TDual, TChunk, T>.RootN(x, n),
        UnaryFunction.ScaleB => DualMath<TDual, TChunk, T>.ScaleB(x, n),
        UnaryFunction.Sin => DualMath<TDual, TChunk, T>.Sin(x),
        UnaryFunction.Sinh => DualMath<TDual, TChunk, T>.Sinh(x),
        UnaryFunction.SinPi => DualMath<TDual, TChunk, T>.SinPi(x),
        UnaryFunction.Sqrt => DualMath<TDual, TChunk, T>.Sqrt(x),
        UnaryFunction.Tan => DualMath<TDual, TChunk, T>.Tan(x),
        UnaryFunction.Tanh => DualMath<TDual, TChunk, T>.Tanh(x),
        UnaryFunction.TanPi => DualMath<TDual, TChunk, T>.TanPi(x),
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TDual Apply(BinaryFunction f, TDual x, TDual y) => f switch
    {
        BinaryFunction.Add => DualMath<TDual, TChunk, T>.Add(x, y),
        BinaryFunction.Subtract => DualMath<TDual, TChunk, T>.Subtract(x, y),
        BinaryFunction.Multiply => DualMath<TDual, TChunk, T>.Multiply(x, y),
        BinaryFunction.Divide => DualMath<TDual, TChunk, T>.Divide(x, y),
        BinaryFunction.Remainder => DualMath<TDual, TChunk, T>.Remainder(x, y),
        BinaryFunction.Ieee754Remainder => DualMath<TDual, TChunk, T>.Ieee754Remainder(x, y),
        BinaryFunction.Pow => DualMath<TDual, TChunk, T>.Pow(x, y),
        BinaryFunction.Log => DualMath<TDual, TChunk, T>.Log(x, y),
        BinaryFunction.Atan2 => DualMath<TDual, TChunk, T>.Atan2(x, y),
        BinaryFunction.Atan2Pi => DualMath<TDual, TChunk, T>.Atan2Pi(x, y),
        BinaryFunction.Hypot => DualMath<TDual, TChunk, T>.Hypot(x, y),
        BinaryFunction.CopySign => DualMath<TDual, TChunk, T>.CopySign(x, y.Value),
        BinaryFunction.Max => DualMath<TDual, TChunk, T>.Max(x, y),
        BinaryFunction.Min => DualMath<TDual, TChunk, T>.Min(x, y),
        BinaryFunction.MaxNumber => DualMath<TDual, TChunk, T>.MaxNumber(x, y),
        BinaryFunction.MinNumber => DualMath<TDual, TChunk, T>.MinNumber(x, y),
        BinaryFunction.MaxMagnitude => DualMath<TDual, TChunk, T>.MaxMagnitude(x, y),
        BinaryFunction.MinMagnitude => DualMath<TDual, TChunk, T>.MinMagnitude(x, y),
        BinaryFunction.MaxMagnitudeNumber => DualMath<TDual, TChunk, T>.MaxMagnitudeNumber(x, y),
        BinaryFunction.MinMagnitudeNumber => DualMath<TDual, TChunk, T>.MinMagnitudeNumber(x, y),
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TDual Apply(TernaryFunction f, TDual x, TDual y, TDual z) => f switch
    {
        TernaryFunction.MultiplyAdd => DualMath<TDual, TChunk, T>.Add(DualMath<TDual, TChunk, T>.Multiply(x, y), z),
        TernaryFunction.AddMultiply => DualMath<TDual, TChunk, T>.Multiply(DualMath<TDual, TChunk, T>.Add(x, y), z),
        TernaryFunction.FusedMultiplyAdd => DualMath<TDual, TChunk, T>.FusedMultiplyAdd(x, y, z),
        TernaryFunction.MultiplyAddEstimate => DualMath<TDual, TChunk, T>.MultiplyAddEstimate(x, y, z),
        TernaryFunction.Lerp => DualMath<TDual, TChunk, T>.Lerp(x, y, z),
        TernaryFunction.Clamp => DualMath<TDual, TChunk, T>.Clamp(x, y, z),
        _ => throw new ArgumentOutOfRangeException(nameof(f), f, null),
    };
}
