using System.Numerics.Tensors;
using Mooncake.Tangents;
using T0 = Mooncake.GenericParameter.T0;

namespace Mooncake.Rules;

/// <summary>Rules of <see cref="TensorPrimitives"/>: the reductions to a number: sums, products, norms, dot products, distances, the cosine similarity and the standard deviation.</summary>
public static partial class TensorPrimitivesRules
{
    /// <summary>The rule of <c>TensorPrimitives.Average&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Average), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Average<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Average(TensorPrimitives.Average(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.CosineSimilarity&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.CosineSimilarity), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> CosineSimilarity<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.CosineSimilarity(TensorPrimitives.CosineSimilarity(x.Primal, y.Primal), x, y);

    /// <summary>The rule of <c>TensorPrimitives.Distance&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Distance), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Distance<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Distance(TensorPrimitives.Distance(x.Primal, y.Primal), x, y);

    /// <summary>The rule of <c>TensorPrimitives.Dot&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Dot), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Dot<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Dot(TensorPrimitives.Dot(x.Primal, y.Primal), x, y);

    /// <summary>The rule of <c>TensorPrimitives.Norm&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Norm), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Norm<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Norm(TensorPrimitives.Norm(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.Product&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Product), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Product<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Product(TensorPrimitives.Product(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.ProductOfDifferences&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ProductOfDifferences), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> ProductOfDifferences<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Product(TensorPrimitives.ProductOfDifferences(x.Primal, y.Primal), x, y, -1);

    /// <summary>The rule of <c>TensorPrimitives.ProductOfSums&lt;double&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ProductOfSums), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> ProductOfSums<TChunk>(ReadOnlyDualSpan<double, TChunk> x, ReadOnlyDualSpan<double, TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Product(TensorPrimitives.ProductOfSums(x.Primal, y.Primal), x, y, 1);

    /// <summary>The rule of <c>TensorPrimitives.StdDev&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.StdDev), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> StdDev<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.StdDev(TensorPrimitives.StdDev(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.Sum&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sum), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> Sum<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.Sum(TensorPrimitives.Sum(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.SumOfMagnitudes&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SumOfMagnitudes), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> SumOfMagnitudes<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.SumOfMagnitudes(TensorPrimitives.SumOfMagnitudes(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.SumOfSquares&lt;double&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SumOfSquares), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<TChunk> SumOfSquares<TChunk>(ReadOnlyDualSpan<double, TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>
        => DoubleKernels<TChunk>.SumOfSquares(TensorPrimitives.SumOfSquares(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.Average&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Average), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static FloatDual<TChunk> Average<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Average(TensorPrimitives.Average(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.CosineSimilarity&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.CosineSimilarity), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.CosineSimilarity), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> CosineSimilarity<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.CosineSimilarity(TensorPrimitives.CosineSimilarity(x.Primal, y.Primal), x, y);

    /// <summary>The rule of <c>TensorPrimitives.Distance&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Distance), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Distance), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> Distance<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Distance(TensorPrimitives.Distance(x.Primal, y.Primal), x, y);

    /// <summary>The rule of <c>TensorPrimitives.Dot&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Dot), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Dot), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> Dot<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Dot(TensorPrimitives.Dot(x.Primal, y.Primal), x, y);

    /// <summary>The rule of <c>TensorPrimitives.Norm&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Norm), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Norm), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> Norm<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Norm(TensorPrimitives.Norm(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.Product&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Product), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Product), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> Product<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Product(TensorPrimitives.Product(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.ProductOfDifferences&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ProductOfDifferences), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ProductOfDifferences), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> ProductOfDifferences<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Product(TensorPrimitives.ProductOfDifferences(x.Primal, y.Primal), x, y, -1);

    /// <summary>The rule of <c>TensorPrimitives.ProductOfSums&lt;float&gt;(ReadOnlySpan&lt;T&gt;, ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ProductOfSums), typeof(ReadOnlySpan<T0>), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ProductOfSums), typeof(ReadOnlySpan<float>), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> ProductOfSums<TChunk>(ReadOnlyDualSpan<float, TChunk> x, ReadOnlyDualSpan<float, TChunk> y)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Product(TensorPrimitives.ProductOfSums(x.Primal, y.Primal), x, y, 1);

    /// <summary>The rule of <c>TensorPrimitives.StdDev&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c>.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.StdDev), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    public static FloatDual<TChunk> StdDev<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.StdDev(TensorPrimitives.StdDev(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.Sum&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sum), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.Sum), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> Sum<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.Sum(TensorPrimitives.Sum(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.SumOfMagnitudes&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SumOfMagnitudes), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SumOfMagnitudes), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> SumOfMagnitudes<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.SumOfMagnitudes(TensorPrimitives.SumOfMagnitudes(x.Primal), x);

    /// <summary>The rule of <c>TensorPrimitives.SumOfSquares&lt;float&gt;(ReadOnlySpan&lt;T&gt;)</c> and of its <c>float</c> overload.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SumOfSquares), typeof(ReadOnlySpan<T0>), GenericParameterCount = 1, TypeArguments = new[] { typeof(float) })]
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.SumOfSquares), typeof(ReadOnlySpan<float>))]
    public static FloatDual<TChunk> SumOfSquares<TChunk>(ReadOnlyDualSpan<float, TChunk> x)
        where TChunk : struct, IChunk<TChunk, float>
        => FloatKernels<TChunk>.SumOfSquares(TensorPrimitives.SumOfSquares(x.Primal), x);
}
