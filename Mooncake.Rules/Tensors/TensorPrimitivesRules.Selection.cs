using System.Numerics.Tensors;
using Mooncake.Tangents;
using T0 = Mooncake.GenericParameter.T0;

namespace Mooncake.Rules;

/// <summary>Rules of <see cref="TensorPrimitives"/>: the element-wise maxima, minima and clamps, and the reductions to the largest or smallest element: the partials of the element selected.</summary>
public static partial class TensorPrimitivesRules
{
    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Clamp<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> min, ReadOnlyDualSpan<double, TChunk> max, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Clamp, x, min, max, destination);
        TensorPrimitives.Clamp(x.Primal, min.Primal, max.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Clamp<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> min, Dual<TChunk> max, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Clamp, x, min, new(max.Value, max.Partials), destination);
        TensorPrimitives.Clamp(x.Primal, min.Primal, max.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Clamp<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> min, ReadOnlyDualSpan<double, TChunk> max, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Clamp, x, new(min.Value, min.Partials), max, destination);
        TensorPrimitives.Clamp(x.Primal, min.Value, max.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;double&gt;(T, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Clamp<TChunk>(Dual<TChunk> x, ReadOnlyDualSpan<double, TChunk> min, ReadOnlyDualSpan<double, TChunk> max, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Clamp, new(x.Value, x.Partials), min, max, destination);
        TensorPrimitives.Clamp(x.Value, min.Primal, max.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Clamp<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> min, Dual<TChunk> max, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Clamp, x, new(min.Value, min.Partials), new(max.Value, max.Partials), destination);
        TensorPrimitives.Clamp(x.Primal, min.Value, max.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;double&gt;(T, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Clamp<TChunk>(Dual<TChunk> x, ReadOnlyDualSpan<double, TChunk> min, Dual<TChunk> max, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Clamp, new(x.Value, x.Partials), min, new(max.Value, max.Partials), destination);
        TensorPrimitives.Clamp(x.Value, min.Primal, max.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;double&gt;(T, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(T0), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Clamp<TChunk>(Dual<TChunk> x, Dual<TChunk> min, ReadOnlyDualSpan<double, TChunk> max, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Clamp, new(x.Value, x.Partials), new(min.Value, min.Partials), max, destination);
        TensorPrimitives.Clamp(x.Value, min.Value, max.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Max&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Max), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Max<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Selected(TensorPrimitives.Max(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.Max&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Max), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Max<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Max, x, y, destination);
        TensorPrimitives.Max(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Max&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Max), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Max<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Max, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Max(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitude&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitude), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> MaxMagnitude<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Selected(TensorPrimitives.MaxMagnitude(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitude&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitude), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MaxMagnitude<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MaxMagnitude, x, y, destination);
        TensorPrimitives.MaxMagnitude(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitude&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitude), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MaxMagnitude<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MaxMagnitude, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MaxMagnitude(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitudeNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitudeNumber), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> MaxMagnitudeNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Selected(TensorPrimitives.MaxMagnitudeNumber(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitudeNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitudeNumber), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MaxMagnitudeNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MaxMagnitudeNumber, x, y, destination);
        TensorPrimitives.MaxMagnitudeNumber(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitudeNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitudeNumber), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MaxMagnitudeNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MaxMagnitudeNumber, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MaxMagnitudeNumber(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxNumber), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> MaxNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Selected(TensorPrimitives.MaxNumber(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MaxNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxNumber), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MaxNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MaxNumber, x, y, destination);
        TensorPrimitives.MaxNumber(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxNumber), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MaxNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MaxNumber, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MaxNumber(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Min&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Min), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Min<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Selected(TensorPrimitives.Min(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.Min&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Min), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Min<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Min, x, y, destination);
        TensorPrimitives.Min(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Min&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Min), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Min<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Min, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Min(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitude&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitude), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> MinMagnitude<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Selected(TensorPrimitives.MinMagnitude(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitude&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitude), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MinMagnitude<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MinMagnitude, x, y, destination);
        TensorPrimitives.MinMagnitude(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitude&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitude), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MinMagnitude<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MinMagnitude, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MinMagnitude(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitudeNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitudeNumber), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> MinMagnitudeNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Selected(TensorPrimitives.MinMagnitudeNumber(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitudeNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitudeNumber), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MinMagnitudeNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MinMagnitudeNumber, x, y, destination);
        TensorPrimitives.MinMagnitudeNumber(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitudeNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitudeNumber), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MinMagnitudeNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MinMagnitudeNumber, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MinMagnitudeNumber(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinNumber), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> MinNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Selected(TensorPrimitives.MinNumber(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MinNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinNumber), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MinNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MinNumber, x, y, destination);
        TensorPrimitives.MinNumber(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinNumber&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinNumber), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MinNumber<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.MinNumber, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MinNumber(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Clamp<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> min, ReadOnlyDualSpan<float, TChunk> max, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Clamp, x, min, max, destination);
        TensorPrimitives.Clamp(x.Primal, min.Primal, max.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Clamp<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> min, FloatDual<TChunk> max, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Clamp, x, min, new(max.Value, max.Partials), destination);
        TensorPrimitives.Clamp(x.Primal, min.Primal, max.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Clamp<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> min, ReadOnlyDualSpan<float, TChunk> max, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Clamp, x, new(min.Value, min.Partials), max, destination);
        TensorPrimitives.Clamp(x.Primal, min.Value, max.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;float&gt;(T, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Clamp<TChunk>(FloatDual<TChunk> x, ReadOnlyDualSpan<float, TChunk> min, ReadOnlyDualSpan<float, TChunk> max, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Clamp, new(x.Value, x.Partials), min, max, destination);
        TensorPrimitives.Clamp(x.Value, min.Primal, max.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Clamp<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> min, FloatDual<TChunk> max, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Clamp, x, new(min.Value, min.Partials), new(max.Value, max.Partials), destination);
        TensorPrimitives.Clamp(x.Primal, min.Value, max.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;float&gt;(T, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Clamp<TChunk>(FloatDual<TChunk> x, ReadOnlyDualSpan<float, TChunk> min, FloatDual<TChunk> max, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Clamp, new(x.Value, x.Partials), min, new(max.Value, max.Partials), destination);
        TensorPrimitives.Clamp(x.Value, min.Primal, max.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Clamp&lt;float&gt;(T, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Clamp), typeof(T0), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Clamp<TChunk>(FloatDual<TChunk> x, FloatDual<TChunk> min, ReadOnlyDualSpan<float, TChunk> max, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Clamp, new(x.Value, x.Partials), new(min.Value, min.Partials), max, destination);
        TensorPrimitives.Clamp(x.Value, min.Value, max.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Max&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Max), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Max), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> Max<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Selected(TensorPrimitives.Max(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.Max&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Max), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Max), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Max<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Max, x, y, destination);
        TensorPrimitives.Max(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Max&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Max), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Max<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Max, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Max(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitude&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitude), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitude), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> MaxMagnitude<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Selected(TensorPrimitives.MaxMagnitude(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitude&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitude), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitude), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void MaxMagnitude<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MaxMagnitude, x, y, destination);
        TensorPrimitives.MaxMagnitude(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitude&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitude), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MaxMagnitude<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MaxMagnitude, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MaxMagnitude(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitudeNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitudeNumber), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static FloatDual<TChunk> MaxMagnitudeNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Selected(TensorPrimitives.MaxMagnitudeNumber(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitudeNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitudeNumber), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MaxMagnitudeNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MaxMagnitudeNumber, x, y, destination);
        TensorPrimitives.MaxMagnitudeNumber(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxMagnitudeNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxMagnitudeNumber), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MaxMagnitudeNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MaxMagnitudeNumber, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MaxMagnitudeNumber(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxNumber), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static FloatDual<TChunk> MaxNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Selected(TensorPrimitives.MaxNumber(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MaxNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxNumber), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MaxNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MaxNumber, x, y, destination);
        TensorPrimitives.MaxNumber(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MaxNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MaxNumber), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MaxNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MaxNumber, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MaxNumber(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Min&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Min), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Min), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> Min<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Selected(TensorPrimitives.Min(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.Min&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Min), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Min), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Min<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Min, x, y, destination);
        TensorPrimitives.Min(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Min&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Min), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Min<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Min, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Min(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitude&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitude), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitude), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> MinMagnitude<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Selected(TensorPrimitives.MinMagnitude(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitude&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitude), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitude), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void MinMagnitude<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MinMagnitude, x, y, destination);
        TensorPrimitives.MinMagnitude(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitude&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitude), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MinMagnitude<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MinMagnitude, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MinMagnitude(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitudeNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitudeNumber), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static FloatDual<TChunk> MinMagnitudeNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Selected(TensorPrimitives.MinMagnitudeNumber(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitudeNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitudeNumber), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MinMagnitudeNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MinMagnitudeNumber, x, y, destination);
        TensorPrimitives.MinMagnitudeNumber(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinMagnitudeNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinMagnitudeNumber), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MinMagnitudeNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MinMagnitudeNumber, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MinMagnitudeNumber(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinNumber), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static FloatDual<TChunk> MinNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Selected(TensorPrimitives.MinNumber(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.MinNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinNumber), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MinNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MinNumber, x, y, destination);
        TensorPrimitives.MinNumber(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MinNumber&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MinNumber), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MinNumber<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.MinNumber, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.MinNumber(x.Primal, y.Value, destination.Primal);
    }
}
