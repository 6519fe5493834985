using System.Numerics.Tensors;
using Mooncake.Tangents;
using T0 = Mooncake.GenericParameter.T0;

namespace Mooncake.Rules;

/// <summary>Rules of <see cref="TensorPrimitives"/>: the trigonometric and hyperbolic functions.</summary>
public static partial class TensorPrimitivesRules
{
    /// <summary>The rule of <c>TensorPrimitives.Acos&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Acos), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Acos<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Acos, x, destination);
        TensorPrimitives.Acos(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Acosh&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Acosh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Acosh<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Acosh, x, destination);
        TensorPrimitives.Acosh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AcosPi&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AcosPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void AcosPi<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.AcosPi, x, destination);
        TensorPrimitives.AcosPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Asin&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Asin), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Asin<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Asin, x, destination);
        TensorPrimitives.Asin(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Asinh&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Asinh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Asinh<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Asinh, x, destination);
        TensorPrimitives.Asinh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AsinPi&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AsinPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void AsinPi<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.AsinPi, x, destination);
        TensorPrimitives.AsinPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Atan<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Atan, x, destination);
        TensorPrimitives.Atan(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Atan2<TChunk>(ReadOnlyDualSpan<double, TChunk> y, ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Atan2, y, x, destination);
        TensorPrimitives.Atan2(y.Primal, x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Atan2<TChunk>(ReadOnlyDualSpan<double, TChunk> y, Dual<TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Atan2, y, new(x.Value, x.Partials), destination);
        TensorPrimitives.Atan2(y.Primal, x.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2&lt;double&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Atan2<TChunk>(Dual<TChunk> y, ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Atan2, new(y.Value, y.Partials), x, destination);
        TensorPrimitives.Atan2(y.Value, x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2Pi&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2Pi), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Atan2Pi<TChunk>(ReadOnlyDualSpan<double, TChunk> y, ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Atan2Pi, y, x, destination);
        TensorPrimitives.Atan2Pi(y.Primal, x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2Pi&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2Pi), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Atan2Pi<TChunk>(ReadOnlyDualSpan<double, TChunk> y, Dual<TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Atan2Pi, y, new(x.Value, x.Partials), destination);
        TensorPrimitives.Atan2Pi(y.Primal, x.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2Pi&lt;double&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2Pi), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Atan2Pi<TChunk>(Dual<TChunk> y, ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Atan2Pi, new(y.Value, y.Partials), x, destination);
        TensorPrimitives.Atan2Pi(y.Value, x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atanh&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atanh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Atanh<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Atanh, x, destination);
        TensorPrimitives.Atanh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AtanPi&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AtanPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void AtanPi<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.AtanPi, x, destination);
        TensorPrimitives.AtanPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Cos&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Cos), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Cos<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Cos, x, destination);
        TensorPrimitives.Cos(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Cosh&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Cosh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Cosh<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Cosh, x, destination);
        TensorPrimitives.Cosh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.CosPi&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.CosPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void CosPi<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.CosPi, x, destination);
        TensorPrimitives.CosPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.DegreesToRadians&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.DegreesToRadians), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void DegreesToRadians<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.DegreesToRadians, x, destination);
        TensorPrimitives.DegreesToRadians(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.RadiansToDegrees&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.RadiansToDegrees), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void RadiansToDegrees<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.RadiansToDegrees, x, destination);
        TensorPrimitives.RadiansToDegrees(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Sin&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sin), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Sin<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Sin, x, destination);
        TensorPrimitives.Sin(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.SinCos&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SinCos), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void SinCos<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> sinDestination, DualSpan<double, TChunk> cosDestination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.SinCos(false, x, sinDestination, cosDestination);
        TensorPrimitives.SinCos(x.Primal, sinDestination.Primal, cosDestination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.SinCosPi&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SinCosPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void SinCosPi<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> sinPiDestination, DualSpan<double, TChunk> cosPiDestination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.SinCos(true, x, sinPiDestination, cosPiDestination);
        TensorPrimitives.SinCosPi(x.Primal, sinPiDestination.Primal, cosPiDestination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Sinh&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sinh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Sinh<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Sinh, x, destination);
        TensorPrimitives.Sinh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.SinPi&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SinPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void SinPi<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.SinPi, x, destination);
        TensorPrimitives.SinPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Tan&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Tan), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Tan<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Tan, x, destination);
        TensorPrimitives.Tan(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Tanh&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Tanh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Tanh<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Tanh, x, destination);
        TensorPrimitives.Tanh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.TanPi&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.TanPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void TanPi<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.TanPi, x, destination);
        TensorPrimitives.TanPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Acos&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Acos), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Acos<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Acos, x, destination);
        TensorPrimitives.Acos(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Acosh&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Acosh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Acosh<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Acosh, x, destination);
        TensorPrimitives.Acosh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AcosPi&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AcosPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void AcosPi<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.AcosPi, x, destination);
        TensorPrimitives.AcosPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Asin&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Asin), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Asin<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Asin, x, destination);
        TensorPrimitives.Asin(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Asinh&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Asinh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Asinh<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Asinh, x, destination);
        TensorPrimitives.Asinh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AsinPi&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AsinPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void AsinPi<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.AsinPi, x, destination);
        TensorPrimitives.AsinPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Atan<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Atan, x, destination);
        TensorPrimitives.Atan(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Atan2<TChunk>(ReadOnlyDualSpan<float, TChunk> y, ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Atan2, y, x, destination);
        TensorPrimitives.Atan2(y.Primal, x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Atan2<TChunk>(ReadOnlyDualSpan<float, TChunk> y, FloatDual<TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Atan2, y, new(x.Value, x.Partials), destination);
        TensorPrimitives.Atan2(y.Primal, x.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2&lt;float&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Atan2<TChunk>(FloatDual<TChunk> y, ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Atan2, new(y.Value, y.Partials), x, destination);
        TensorPrimitives.Atan2(y.Value, x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2Pi&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2Pi), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Atan2Pi<TChunk>(ReadOnlyDualSpan<float, TChunk> y, ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Atan2Pi, y, x, destination);
        TensorPrimitives.Atan2Pi(y.Primal, x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2Pi&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2Pi), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Atan2Pi<TChunk>(ReadOnlyDualSpan<float, TChunk> y, FloatDual<TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Atan2Pi, y, new(x.Value, x.Partials), destination);
        TensorPrimitives.Atan2Pi(y.Primal, x.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atan2Pi&lt;float&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atan2Pi), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Atan2Pi<TChunk>(FloatDual<TChunk> y, ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Atan2Pi, new(y.Value, y.Partials), x, destination);
        TensorPrimitives.Atan2Pi(y.Value, x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Atanh&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Atanh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Atanh<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Atanh, x, destination);
        TensorPrimitives.Atanh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AtanPi&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AtanPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void AtanPi<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.AtanPi, x, destination);
        TensorPrimitives.AtanPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Cos&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Cos), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Cos<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Cos, x, destination);
        TensorPrimitives.Cos(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Cosh&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Cosh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Cosh), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Cosh<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Cosh, x, destination);
        TensorPrimitives.Cosh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.CosPi&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.CosPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void CosPi<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.CosPi, x, destination);
        TensorPrimitives.CosPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.DegreesToRadians&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.DegreesToRadians), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void DegreesToRadians<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.DegreesToRadians, x, destination);
        TensorPrimitives.DegreesToRadians(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.RadiansToDegrees&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.RadiansToDegrees), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void RadiansToDegrees<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.RadiansToDegrees, x, destination);
        TensorPrimitives.RadiansToDegrees(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Sin&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sin), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Sin<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Sin, x, destination);
        TensorPrimitives.Sin(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.SinCos&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SinCos), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void SinCos<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> sinDestination, DualSpan<float, TChunk> cosDestination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.SinCos(false, x, sinDestination, cosDestination);
        TensorPrimitives.SinCos(x.Primal, sinDestination.Primal, cosDestination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.SinCosPi&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SinCosPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void SinCosPi<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> sinPiDestination, DualSpan<float, TChunk> cosPiDestination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.SinCos(true, x, sinPiDestination, cosPiDestination);
        TensorPrimitives.SinCosPi(x.Primal, sinPiDestination.Primal, cosPiDestination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Sinh&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sinh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sinh), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Sinh<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Sinh, x, destination);
        TensorPrimitives.Sinh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.SinPi&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SinPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void SinPi<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.SinPi, x, destination);
        TensorPrimitives.SinPi(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Tan&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Tan), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Tan<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Tan, x, destination);
        TensorPrimitives.Tan(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Tanh&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Tanh), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Tanh), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Tanh<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Tanh, x, destination);
        TensorPrimitives.Tanh(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.TanPi&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.TanPi), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void TanPi<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.TanPi, x, destination);
        TensorPrimitives.TanPi(x.Primal, destination.Primal);
    }
}
