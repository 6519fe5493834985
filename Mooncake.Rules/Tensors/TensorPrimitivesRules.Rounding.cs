using System.Numerics.Tensors;
using Mooncake.Tangents;
using T0 = Mooncake.GenericParameter.T0;

namespace Mooncake.Rules;

/// <summary>Rules of <see cref="TensorPrimitives"/>: the rounding functions: piecewise constant, so registered as <see cref="RuleKind.ZeroDerivative"/>, with zero tangents.</summary>
public static partial class TensorPrimitivesRules
{
    /// <summary>The rule of <c>TensorPrimitives.Ceiling&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Ceiling), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) }, Kind = RuleKind.ZeroDerivative)]
    public static void Ceiling<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Ceiling(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Floor&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Floor), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) }, Kind = RuleKind.ZeroDerivative)]
    public static void Floor<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Floor(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Round&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Round), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) }, Kind = RuleKind.ZeroDerivative)]
    public static void Round<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Round(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Round&lt;double&gt;(ReadOnlySpan&lt;T&gt;, MidpointRounding, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Round), typeof(ReadOnlySpan<T0>), typeof(MidpointRounding), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) }, Kind = RuleKind.ZeroDerivative)]
    public static void Round<TChunk>(ReadOnlyDualSpan<double, TChunk> x, MidpointRounding mode, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Round(x.Primal, mode, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Round&lt;double&gt;(ReadOnlySpan&lt;T&gt;, int, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Round), typeof(ReadOnlySpan<T0>), typeof(int), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) }, Kind = RuleKind.ZeroDerivative)]
    public static void Round<TChunk>(ReadOnlyDualSpan<double, TChunk> x, int digits, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Round(x.Primal, digits, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Round&lt;double&gt;(ReadOnlySpan&lt;T&gt;, int, MidpointRounding, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Round), typeof(ReadOnlySpan<T0>), typeof(int), typeof(MidpointRounding), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) }, Kind = RuleKind.ZeroDerivative)]
    public static void Round<TChunk>(ReadOnlyDualSpan<double, TChunk> x, int digits, MidpointRounding mode, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Round(x.Primal, digits, mode, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Truncate&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Truncate), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) }, Kind = RuleKind.ZeroDerivative)]
    public static void Truncate<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        DoubleKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Truncate(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Ceiling&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Ceiling), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) }, Kind = RuleKind.ZeroDerivative)]
    public static void Ceiling<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Ceiling(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Floor&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Floor), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) }, Kind = RuleKind.ZeroDerivative)]
    public static void Floor<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Floor(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Round&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Round), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) }, Kind = RuleKind.ZeroDerivative)]
    public static void Round<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Round(x.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Round&lt;float&gt;(ReadOnlySpan&lt;T&gt;, MidpointRounding, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Round), typeof(ReadOnlySpan<T0>), typeof(MidpointRounding), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) }, Kind = RuleKind.ZeroDerivative)]
    public static void Round<TChunk>(ReadOnlyDualSpan<float, TChunk> x, MidpointRounding mode, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Round(x.Primal, mode, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Round&lt;float&gt;(ReadOnlySpan&lt;T&gt;, int, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Round), typeof(ReadOnlySpan<T0>), typeof(int), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) }, Kind = RuleKind.ZeroDerivative)]
    public static void Round<TChunk>(ReadOnlyDualSpan<float, TChunk> x, int digits, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Round(x.Primal, digits, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Round&lt;float&gt;(ReadOnlySpan&lt;T&gt;, int, MidpointRounding, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Round), typeof(ReadOnlySpan<T0>), typeof(int), typeof(MidpointRounding), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) }, Kind = RuleKind.ZeroDerivative)]
    public static void Round<TChunk>(ReadOnlyDualSpan<float, TChunk> x, int digits, MidpointRounding mode, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Round(x.Primal, digits, mode, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.Truncate&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Truncate), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) }, Kind = RuleKind.ZeroDerivative)]
    public static void Truncate<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        FloatKernels<TChunk>.Constant(x, destination);
        TensorPrimitives.Truncate(x.Primal, destination.Primal);
    }
}
