using System.Numerics.Tensors;
using Mooncake.Tangents;
using T0 = Mooncake.GenericParameter.T0;

namespace Mooncake.Rules;

/// <summary>Rules of <see cref="TensorPrimitives"/>: the SoftMax and Sigmoid, whose tangents are computed from the values the primal wrote.</summary>
public static partial class TensorPrimitivesRules
{
    /// <summary>The rule of <c>TensorPrimitives.Sigmoid&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sigmoid), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void Sigmoid<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TensorPrimitives.Sigmoid(x.Primal, destination.Primal);
        DoubleKernels<TChunk>.Sigmoid(x, destination);
    }

    /// <summary>The rule of <c>TensorPrimitives.SoftMax&lt;double&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SoftMax), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static void SoftMax<TChunk>(ReadOnlyDualSpan<double, TChunk> x, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TensorPrimitives.SoftMax(x.Primal, destination.Primal);
        DoubleKernels<TChunk>.SoftMax(x, destination);
    }

    /// <summary>The rule of <c>TensorPrimitives.Sigmoid&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sigmoid), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sigmoid), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void Sigmoid<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        TensorPrimitives.Sigmoid(x.Primal, destination.Primal);
        FloatKernels<TChunk>.Sigmoid(x, destination);
    }

    /// <summary>The rule of <c>TensorPrimitives.SoftMax&lt;float&gt;(ReadOnlySpan&lt;T&gt;, Span&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SoftMax), typeof(ReadOnlySpan<T0>), typeof(Span<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SoftMax), typeof(ReadOnlySpan<float>), typeof(Span<float>))]
    public static void SoftMax<TChunk>(ReadOnlyDualSpan<float, TChunk> x, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        TensorPrimitives.SoftMax(x.Primal, destination.Primal);
        FloatKernels<TChunk>.SoftMax(x, destination);
    }
}
