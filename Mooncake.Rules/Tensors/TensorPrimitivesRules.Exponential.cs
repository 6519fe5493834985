using System.Numerics.Tensors;
using Mooncake.Tangents;
using T0 = Mooncake.GenericParameter.T0;

namespace Mooncake.Rules;

/// <summary>Rules of <see cref="TensorPrimitives"/>: the exponential, logarithmic, power and root functions.</summary>
public static partial class TensorPrimitivesRules
{
    /// <summary>The rule of <c>TensorPrimitives.Cbrt&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Cbrt), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Cbrt<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Cbrt, x, destination);
        TensorPrimitives.Cbrt(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Exp<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Exp, x, destination);
        TensorPrimitives.Exp(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp10&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp10), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Exp10<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Exp10, x, destination);
        TensorPrimitives.Exp10(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp10M1&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp10M1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Exp10M1<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Exp10M1, x, destination);
        TensorPrimitives.Exp10M1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp2&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp2), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Exp2<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Exp2, x, destination);
        TensorPrimitives.Exp2(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp2M1&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp2M1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Exp2M1<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Exp2M1, x, destination);
        TensorPrimitives.Exp2M1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ExpM1&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ExpM1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void ExpM1<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.ExpM1, x, destination);
        TensorPrimitives.ExpM1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Hypot&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Hypot), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Hypot<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Hypot, x, y, destination);
        TensorPrimitives.Hypot(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Log<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Log, x, destination);
        TensorPrimitives.Log(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Log<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Log, x, y, destination);
        TensorPrimitives.Log(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Log<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Log, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Log(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log10&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log10), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Log10<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Log10, x, destination);
        TensorPrimitives.Log10(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log10P1&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log10P1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Log10P1<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Log10P1, x, destination);
        TensorPrimitives.Log10P1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log2&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log2), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Log2<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Log2, x, destination);
        TensorPrimitives.Log2(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log2P1&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log2P1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Log2P1<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Log2P1, x, destination);
        TensorPrimitives.Log2P1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.LogP1&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.LogP1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void LogP1<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.LogP1, x, destination);
        TensorPrimitives.LogP1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Pow&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Pow), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Pow<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Pow, x, y, destination);
        TensorPrimitives.Pow(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Pow&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Pow), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Pow<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Pow, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Pow(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Pow&lt;double&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Pow), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Pow<TChunk>(Dual<TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Pow, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Pow(x.Value, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Reciprocal&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Reciprocal), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Reciprocal<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Reciprocal, x, destination);
        TensorPrimitives.Reciprocal(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ReciprocalEstimate&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ReciprocalEstimate), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void ReciprocalEstimate<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.ReciprocalEstimate, x, destination);
        TensorPrimitives.ReciprocalEstimate(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ReciprocalSqrt&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ReciprocalSqrt), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void ReciprocalSqrt<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.ReciprocalSqrt, x, destination);
        TensorPrimitives.ReciprocalSqrt(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ReciprocalSqrtEstimate&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ReciprocalSqrtEstimate), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void ReciprocalSqrtEstimate<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.ReciprocalSqrtEstimate, x, destination);
        TensorPrimitives.ReciprocalSqrtEstimate(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.RootN&lt;double&gt;(ReadOnlySpan&lt;T&gt;, int, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.RootN), typeof(ReadOnlySpan<T0>), typeof(int), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void RootN<TChunk>(ReadOnlyDualSpan<double, TChunk> x, int n, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.RootN, x, destination, n);
        TensorPrimitives.RootN(x.Primal, n, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Sqrt&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sqrt), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Sqrt<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Sqrt, x, destination);
        TensorPrimitives.Sqrt(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Cbrt&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Cbrt), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Cbrt<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Cbrt, x, destination);
        TensorPrimitives.Cbrt(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Exp<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Exp, x, destination);
        TensorPrimitives.Exp(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp10&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp10), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Exp10<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Exp10, x, destination);
        TensorPrimitives.Exp10(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp10M1&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp10M1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Exp10M1<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Exp10M1, x, destination);
        TensorPrimitives.Exp10M1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp2&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp2), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Exp2<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Exp2, x, destination);
        TensorPrimitives.Exp2(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Exp2M1&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Exp2M1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Exp2M1<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Exp2M1, x, destination);
        TensorPrimitives.Exp2M1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ExpM1&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ExpM1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void ExpM1<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.ExpM1, x, destination);
        TensorPrimitives.ExpM1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Hypot&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Hypot), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Hypot<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Hypot, x, y, destination);
        TensorPrimitives.Hypot(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Log<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Log, x, destination);
        TensorPrimitives.Log(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Log<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Log, x, y, destination);
        TensorPrimitives.Log(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Log<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Log, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Log(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log10&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log10), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Log10<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Log10, x, destination);
        TensorPrimitives.Log10(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log10P1&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log10P1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Log10P1<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Log10P1, x, destination);
        TensorPrimitives.Log10P1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log2&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log2), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log2), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Log2<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Log2, x, destination);
        TensorPrimitives.Log2(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Log2P1&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Log2P1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Log2P1<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Log2P1, x, destination);
        TensorPrimitives.Log2P1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.LogP1&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.LogP1), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void LogP1<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.LogP1, x, destination);
        TensorPrimitives.LogP1(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Pow&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Pow), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Pow<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Pow, x, y, destination);
        TensorPrimitives.Pow(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Pow&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Pow), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Pow<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Pow, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Pow(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Pow&lt;float&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Pow), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Pow<TChunk>(FloatDual<TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Pow, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Pow(x.Value, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Reciprocal&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Reciprocal), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Reciprocal<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Reciprocal, x, destination);
        TensorPrimitives.Reciprocal(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ReciprocalEstimate&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ReciprocalEstimate), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void ReciprocalEstimate<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.ReciprocalEstimate, x, destination);
        TensorPrimitives.ReciprocalEstimate(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ReciprocalSqrt&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ReciprocalSqrt), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void ReciprocalSqrt<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.ReciprocalSqrt, x, destination);
        TensorPrimitives.ReciprocalSqrt(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ReciprocalSqrtEstimate&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ReciprocalSqrtEstimate), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void ReciprocalSqrtEstimate<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.ReciprocalSqrtEstimate, x, destination);
        TensorPrimitives.ReciprocalSqrtEstimate(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.RootN&lt;float&gt;(ReadOnlySpan&lt;T&gt;, int, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.RootN), typeof(ReadOnlySpan<T0>), typeof(int), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void RootN<TChunk>(ReadOnlyDualSpan<float, TChunk> x, int n, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.RootN, x, destination, n);
        TensorPrimitives.RootN(x.Primal, n, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Sqrt&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sqrt), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Sqrt<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Sqrt, x, destination);
        TensorPrimitives.Sqrt(x.Primal, destination.Primal);
    }
}
