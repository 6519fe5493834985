using System.Numerics.Tensors;
using Mooncake.Tangents;
using T0 = Mooncake.GenericParameter.T0;

namespace Mooncake.Rules;

/// <summary>Rules of <see cref="TensorPrimitives"/>: the element-wise arithmetic.</summary>
public static partial class TensorPrimitivesRules
{
    /// <summary>The rule of <c>TensorPrimitives.Abs&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Abs), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Abs<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Abs, x, destination);
        TensorPrimitives.Abs(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Add&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Add), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Add<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Add, x, y, destination);
        TensorPrimitives.Add(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Add&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Add), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Add<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Add, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Add(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AddMultiply&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AddMultiply), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void AddMultiply<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, ReadOnlyDualSpan<double, TChunk> multiplier, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.AddMultiply, x, y, multiplier, destination);
        TensorPrimitives.AddMultiply(x.Primal, y.Primal, multiplier.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AddMultiply&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AddMultiply), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void AddMultiply<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, Dual<TChunk> multiplier, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.AddMultiply, x, y, new(multiplier.Value, multiplier.Partials), destination);
        TensorPrimitives.AddMultiply(x.Primal, y.Primal, multiplier.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AddMultiply&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AddMultiply), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void AddMultiply<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, ReadOnlyDualSpan<double, TChunk> multiplier, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.AddMultiply, x, new(y.Value, y.Partials), multiplier, destination);
        TensorPrimitives.AddMultiply(x.Primal, y.Value, multiplier.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.BitDecrement&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.BitDecrement), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void BitDecrement<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.BitDecrement, x, destination);
        TensorPrimitives.BitDecrement(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.BitIncrement&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.BitIncrement), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void BitIncrement<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.BitIncrement, x, destination);
        TensorPrimitives.BitIncrement(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.CopySign&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.CopySign), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void CopySign<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> sign, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.CopySign, x, sign, destination);
        TensorPrimitives.CopySign(x.Primal, sign.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.CopySign&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.CopySign), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void CopySign<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> sign, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.CopySign, x, new(sign.Value, sign.Partials), destination);
        TensorPrimitives.CopySign(x.Primal, sign.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Decrement&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Decrement), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Decrement<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Decrement, x, destination);
        TensorPrimitives.Decrement(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Divide&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Divide), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Divide<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Divide, x, y, destination);
        TensorPrimitives.Divide(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Divide&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Divide), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Divide<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Divide, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Divide(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Divide&lt;double&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Divide), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Divide<TChunk>(Dual<TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Divide, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Divide(x.Value, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.FusedMultiplyAdd&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.FusedMultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void FusedMultiplyAdd<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, ReadOnlyDualSpan<double, TChunk> addend, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.FusedMultiplyAdd, x, y, addend, destination);
        TensorPrimitives.FusedMultiplyAdd(x.Primal, y.Primal, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.FusedMultiplyAdd&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.FusedMultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void FusedMultiplyAdd<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, Dual<TChunk> addend, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.FusedMultiplyAdd, x, y, new(addend.Value, addend.Partials), destination);
        TensorPrimitives.FusedMultiplyAdd(x.Primal, y.Primal, addend.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.FusedMultiplyAdd&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.FusedMultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void FusedMultiplyAdd<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, ReadOnlyDualSpan<double, TChunk> addend, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.FusedMultiplyAdd, x, new(y.Value, y.Partials), addend, destination);
        TensorPrimitives.FusedMultiplyAdd(x.Primal, y.Value, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Ieee754Remainder&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Ieee754Remainder), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Ieee754Remainder<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Ieee754Remainder, x, y, destination);
        TensorPrimitives.Ieee754Remainder(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Ieee754Remainder&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Ieee754Remainder), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Ieee754Remainder<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Ieee754Remainder, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Ieee754Remainder(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Ieee754Remainder&lt;double&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Ieee754Remainder), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Ieee754Remainder<TChunk>(Dual<TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Ieee754Remainder, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Ieee754Remainder(x.Value, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Increment&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Increment), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Increment<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Increment, x, destination);
        TensorPrimitives.Increment(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Lerp&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Lerp), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Lerp<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, ReadOnlyDualSpan<double, TChunk> amount, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Lerp, x, y, amount, destination);
        TensorPrimitives.Lerp(x.Primal, y.Primal, amount.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Lerp&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Lerp), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Lerp<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, Dual<TChunk> amount, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Lerp, x, y, new(amount.Value, amount.Partials), destination);
        TensorPrimitives.Lerp(x.Primal, y.Primal, amount.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Lerp&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Lerp), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Lerp<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, ReadOnlyDualSpan<double, TChunk> amount, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.Lerp, x, new(y.Value, y.Partials), amount, destination);
        TensorPrimitives.Lerp(x.Primal, y.Value, amount.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Multiply&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Multiply), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Multiply<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Multiply, x, y, destination);
        TensorPrimitives.Multiply(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Multiply&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Multiply), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Multiply<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Multiply, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Multiply(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAdd&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MultiplyAdd<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, ReadOnlyDualSpan<double, TChunk> addend, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.MultiplyAdd, x, y, addend, destination);
        TensorPrimitives.MultiplyAdd(x.Primal, y.Primal, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAdd&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MultiplyAdd<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, Dual<TChunk> addend, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.MultiplyAdd, x, y, new(addend.Value, addend.Partials), destination);
        TensorPrimitives.MultiplyAdd(x.Primal, y.Primal, addend.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAdd&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MultiplyAdd<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, ReadOnlyDualSpan<double, TChunk> addend, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.MultiplyAdd, x, new(y.Value, y.Partials), addend, destination);
        TensorPrimitives.MultiplyAdd(x.Primal, y.Value, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAddEstimate&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAddEstimate), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MultiplyAddEstimate<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, ReadOnlyDualSpan<double, TChunk> addend, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.MultiplyAddEstimate, x, y, addend, destination);
        TensorPrimitives.MultiplyAddEstimate(x.Primal, y.Primal, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAddEstimate&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAddEstimate), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MultiplyAddEstimate<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, Dual<TChunk> addend, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.MultiplyAddEstimate, x, y, new(addend.Value, addend.Partials), destination);
        TensorPrimitives.MultiplyAddEstimate(x.Primal, y.Primal, addend.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAddEstimate&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAddEstimate), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void MultiplyAddEstimate<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, ReadOnlyDualSpan<double, TChunk> addend, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Ternary(TernaryFunction.MultiplyAddEstimate, x, new(y.Value, y.Partials), addend, destination);
        TensorPrimitives.MultiplyAddEstimate(x.Primal, y.Value, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Negate&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Negate), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Negate<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.Negate, x, destination);
        TensorPrimitives.Negate(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Remainder&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Remainder), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Remainder<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Remainder, x, y, destination);
        TensorPrimitives.Remainder(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Remainder&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Remainder), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Remainder<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Remainder, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Remainder(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Remainder&lt;double&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Remainder), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Remainder<TChunk>(Dual<TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Remainder, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Remainder(x.Value, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ScaleB&lt;double&gt;(ReadOnlySpan&lt;T&gt;, int, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ScaleB), typeof(ReadOnlySpan<T0>), typeof(int), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void ScaleB<TChunk>(ReadOnlyDualSpan<double, TChunk> x, int n, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Unary(UnaryFunction.ScaleB, x, destination, n);
        TensorPrimitives.ScaleB(x.Primal, n, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Subtract&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Subtract), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Subtract<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Subtract, x, y, destination);
        TensorPrimitives.Subtract(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Subtract&lt;double&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Subtract), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Subtract<TChunk>(ReadOnlyDualSpan<double, TChunk> x, Dual<TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Subtract, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Subtract(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Subtract&lt;double&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Subtract), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Subtract<TChunk>(Dual<TChunk> x, ReadOnlyDualSpan<double, TChunk> y, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Binary(BinaryFunction.Subtract, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Subtract(x.Value, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Abs&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Abs), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Abs), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Abs<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Abs, x, destination);
        TensorPrimitives.Abs(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Add&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Add), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Add), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Add<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Add, x, y, destination);
        TensorPrimitives.Add(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Add&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Add), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Add), typeof(ReadOnlySpan<float>), typeof(float), typeof(Span<float>))]
    public static void Add<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Add, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Add(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AddMultiply&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AddMultiply), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AddMultiply), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void AddMultiply<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, ReadOnlyDualSpan<float, TChunk> multiplier, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.AddMultiply, x, y, multiplier, destination);
        TensorPrimitives.AddMultiply(x.Primal, y.Primal, multiplier.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AddMultiply&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AddMultiply), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AddMultiply), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(float), typeof(Span<float>))]
    public static void AddMultiply<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, FloatDual<TChunk> multiplier, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.AddMultiply, x, y, new(multiplier.Value, multiplier.Partials), destination);
        TensorPrimitives.AddMultiply(x.Primal, y.Primal, multiplier.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.AddMultiply&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AddMultiply), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.AddMultiply), typeof(ReadOnlySpan<float>), typeof(float), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void AddMultiply<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, ReadOnlyDualSpan<float, TChunk> multiplier, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.AddMultiply, x, new(y.Value, y.Partials), multiplier, destination);
        TensorPrimitives.AddMultiply(x.Primal, y.Value, multiplier.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.BitDecrement&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.BitDecrement), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void BitDecrement<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.BitDecrement, x, destination);
        TensorPrimitives.BitDecrement(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.BitIncrement&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.BitIncrement), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void BitIncrement<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.BitIncrement, x, destination);
        TensorPrimitives.BitIncrement(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.CopySign&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.CopySign), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void CopySign<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> sign, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.CopySign, x, sign, destination);
        TensorPrimitives.CopySign(x.Primal, sign.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.CopySign&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.CopySign), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void CopySign<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> sign, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.CopySign, x, new(sign.Value, sign.Partials), destination);
        TensorPrimitives.CopySign(x.Primal, sign.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Decrement&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Decrement), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Decrement<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Decrement, x, destination);
        TensorPrimitives.Decrement(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Divide&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Divide), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Divide), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Divide<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Divide, x, y, destination);
        TensorPrimitives.Divide(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Divide&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Divide), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Divide), typeof(ReadOnlySpan<float>), typeof(float), typeof(Span<float>))]
    public static void Divide<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Divide, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Divide(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Divide&lt;float&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Divide), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Divide<TChunk>(FloatDual<TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Divide, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Divide(x.Value, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.FusedMultiplyAdd&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.FusedMultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void FusedMultiplyAdd<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, ReadOnlyDualSpan<float, TChunk> addend, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.FusedMultiplyAdd, x, y, addend, destination);
        TensorPrimitives.FusedMultiplyAdd(x.Primal, y.Primal, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.FusedMultiplyAdd&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.FusedMultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void FusedMultiplyAdd<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, FloatDual<TChunk> addend, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.FusedMultiplyAdd, x, y, new(addend.Value, addend.Partials), destination);
        TensorPrimitives.FusedMultiplyAdd(x.Primal, y.Primal, addend.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.FusedMultiplyAdd&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.FusedMultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void FusedMultiplyAdd<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, ReadOnlyDualSpan<float, TChunk> addend, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.FusedMultiplyAdd, x, new(y.Value, y.Partials), addend, destination);
        TensorPrimitives.FusedMultiplyAdd(x.Primal, y.Value, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Ieee754Remainder&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Ieee754Remainder), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Ieee754Remainder<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Ieee754Remainder, x, y, destination);
        TensorPrimitives.Ieee754Remainder(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Ieee754Remainder&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Ieee754Remainder), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Ieee754Remainder<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Ieee754Remainder, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Ieee754Remainder(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Ieee754Remainder&lt;float&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Ieee754Remainder), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Ieee754Remainder<TChunk>(FloatDual<TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Ieee754Remainder, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Ieee754Remainder(x.Value, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Increment&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Increment), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Increment<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Increment, x, destination);
        TensorPrimitives.Increment(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Lerp&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Lerp), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Lerp<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, ReadOnlyDualSpan<float, TChunk> amount, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Lerp, x, y, amount, destination);
        TensorPrimitives.Lerp(x.Primal, y.Primal, amount.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Lerp&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Lerp), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Lerp<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, FloatDual<TChunk> amount, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Lerp, x, y, new(amount.Value, amount.Partials), destination);
        TensorPrimitives.Lerp(x.Primal, y.Primal, amount.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Lerp&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Lerp), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Lerp<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, ReadOnlyDualSpan<float, TChunk> amount, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.Lerp, x, new(y.Value, y.Partials), amount, destination);
        TensorPrimitives.Lerp(x.Primal, y.Value, amount.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Multiply&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Multiply), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Multiply), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Multiply<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Multiply, x, y, destination);
        TensorPrimitives.Multiply(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Multiply&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Multiply), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Multiply), typeof(ReadOnlySpan<float>), typeof(float), typeof(Span<float>))]
    public static void Multiply<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Multiply, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Multiply(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAdd&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAdd), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void MultiplyAdd<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, ReadOnlyDualSpan<float, TChunk> addend, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.MultiplyAdd, x, y, addend, destination);
        TensorPrimitives.MultiplyAdd(x.Primal, y.Primal, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAdd&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAdd), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(float), typeof(Span<float>))]
    public static void MultiplyAdd<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, FloatDual<TChunk> addend, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.MultiplyAdd, x, y, new(addend.Value, addend.Partials), destination);
        TensorPrimitives.MultiplyAdd(x.Primal, y.Primal, addend.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAdd&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAdd), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAdd), typeof(ReadOnlySpan<float>), typeof(float), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void MultiplyAdd<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, ReadOnlyDualSpan<float, TChunk> addend, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.MultiplyAdd, x, new(y.Value, y.Partials), addend, destination);
        TensorPrimitives.MultiplyAdd(x.Primal, y.Value, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAddEstimate&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAddEstimate), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MultiplyAddEstimate<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, ReadOnlyDualSpan<float, TChunk> addend, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.MultiplyAddEstimate, x, y, addend, destination);
        TensorPrimitives.MultiplyAddEstimate(x.Primal, y.Primal, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAddEstimate&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAddEstimate), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MultiplyAddEstimate<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, FloatDual<TChunk> addend, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.MultiplyAddEstimate, x, y, new(addend.Value, addend.Partials), destination);
        TensorPrimitives.MultiplyAddEstimate(x.Primal, y.Primal, addend.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.MultiplyAddEstimate&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.MultiplyAddEstimate), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void MultiplyAddEstimate<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, ReadOnlyDualSpan<float, TChunk> addend, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Ternary(TernaryFunction.MultiplyAddEstimate, x, new(y.Value, y.Partials), addend, destination);
        TensorPrimitives.MultiplyAddEstimate(x.Primal, y.Value, addend.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Negate&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Negate), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Negate), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Negate<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.Negate, x, destination);
        TensorPrimitives.Negate(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Remainder&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Remainder), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Remainder<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Remainder, x, y, destination);
        TensorPrimitives.Remainder(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Remainder&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Remainder), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Remainder<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Remainder, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Remainder(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Remainder&lt;float&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Remainder), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Remainder<TChunk>(FloatDual<TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Remainder, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Remainder(x.Value, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ScaleB&lt;float&gt;(ReadOnlySpan&lt;T&gt;, int, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ScaleB), typeof(ReadOnlySpan<T0>), typeof(int), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void ScaleB<TChunk>(ReadOnlyDualSpan<float, TChunk> x, int n, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Unary(UnaryFunction.ScaleB, x, destination, n);
        TensorPrimitives.ScaleB(x.Primal, n, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Subtract&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Subtract), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Subtract), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Subtract<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Subtract, x, y, destination);
        TensorPrimitives.Subtract(x.Primal, y.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Subtract&lt;float&gt;(ReadOnlySpan&lt;T&gt;, T, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Subtract), typeof(ReadOnlySpan<T0>), typeof(T0), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Subtract), typeof(ReadOnlySpan<float>), typeof(float), typeof(Span<float>))]
    public static void Subtract<TChunk>(ReadOnlyDualSpan<float, TChunk> x, FloatDual<TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Subtract, x, new(y.Value, y.Partials), destination);
        TensorPrimitives.Subtract(x.Primal, y.Value, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Subtract&lt;float&gt;(T, ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Subtract), typeof(T0), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static void Subtract<TChunk>(FloatDual<TChunk> x, ReadOnlyDualSpan<float, TChunk> y, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Binary(BinaryFunction.Subtract, new(x.Value, x.Partials), y, destination);
        TensorPrimitives.Subtract(x.Value, y.Primal, destination.Primal);
    }
}
