using System.Numerics.Tensors;
using Mooncake.Tangents;
using T0 = Mooncake.GenericParameter.T0;
using T1 = Mooncake.GenericParameter.T1;

namespace Mooncake.Rules;

/// <summary>Rules of <see cref="TensorPrimitives"/>: the conversions between <c>double</c> and <c>float</c> spans (checked, saturating and truncating are the same cast between floating-point types).</summary>
public static partial class TensorPrimitivesRules
{
    /// <summary>The rule of <c>TensorPrimitives.ConvertChecked&lt;double, double&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertChecked), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static void ConvertChecked<TChunk>(ReadOnlyDualSpan<double, TChunk> source, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TensorConversions.Copy(source, destination);
        TensorPrimitives.ConvertChecked(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertChecked&lt;double, float&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertChecked), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(float) })]
    public static void ConvertChecked<TChunk, TFloatChunk>(ReadOnlyDualSpan<double, TChunk> source, DualSpan<float, TFloatChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        TensorConversions.Narrow(source, destination);
        TensorPrimitives.ConvertChecked(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertChecked&lt;float, double&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertChecked), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(float), typeof(double) })]
    public static void ConvertChecked<TChunk, TFloatChunk>(ReadOnlyDualSpan<float, TFloatChunk> source, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        TensorConversions.Widen(source, destination);
        TensorPrimitives.ConvertChecked(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertChecked&lt;float, float&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertChecked), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(float), typeof(float) })]
    public static void ConvertChecked<TChunk>(ReadOnlyDualSpan<float, TChunk> source, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        TensorConversions.Copy(source, destination);
        TensorPrimitives.ConvertChecked(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertSaturating&lt;double, double&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertSaturating), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static void ConvertSaturating<TChunk>(ReadOnlyDualSpan<double, TChunk> source, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TensorConversions.Copy(source, destination);
        TensorPrimitives.ConvertSaturating(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertSaturating&lt;double, float&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertSaturating), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(float) })]
    public static void ConvertSaturating<TChunk, TFloatChunk>(ReadOnlyDualSpan<double, TChunk> source, DualSpan<float, TFloatChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        TensorConversions.Narrow(source, destination);
        TensorPrimitives.ConvertSaturating(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertSaturating&lt;float, double&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertSaturating), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(float), typeof(double) })]
    public static void ConvertSaturating<TChunk, TFloatChunk>(ReadOnlyDualSpan<float, TFloatChunk> source, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        TensorConversions.Widen(source, destination);
        TensorPrimitives.ConvertSaturating(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertSaturating&lt;float, float&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertSaturating), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(float), typeof(float) })]
    public static void ConvertSaturating<TChunk>(ReadOnlyDualSpan<float, TChunk> source, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        TensorConversions.Copy(source, destination);
        TensorPrimitives.ConvertSaturating(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertTruncating&lt;double, double&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertTruncating), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static void ConvertTruncating<TChunk>(ReadOnlyDualSpan<double, TChunk> source, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
    {
        TensorConversions.Copy(source, destination);
        TensorPrimitives.ConvertTruncating(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertTruncating&lt;double, float&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertTruncating), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(float) })]
    public static void ConvertTruncating<TChunk, TFloatChunk>(ReadOnlyDualSpan<double, TChunk> source, DualSpan<float, TFloatChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        TensorConversions.Narrow(source, destination);
        TensorPrimitives.ConvertTruncating(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertTruncating&lt;float, double&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertTruncating), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(float), typeof(double) })]
    public static void ConvertTruncating<TChunk, TFloatChunk>(ReadOnlyDualSpan<float, TFloatChunk> source, DualSpan<double, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>
    {
        TensorConversions.Widen(source, destination);
        TensorPrimitives.ConvertTruncating(source.Primal, destination.Primal);
    }

    /// <summary>The rule of <c>TensorPrimitives.ConvertTruncating&lt;float, float&gt;</c>: a cast element by element, derivative 1.</summary>
    [FRule(typeof(TensorPrimitives), nameof(TensorPrimitives.ConvertTruncating), typeof(ReadOnlySpan<T0>), typeof(Span<T1>), GenericParameterCount = 2, TypeArguments = new[] { typeof(float), typeof(float) })]
    public static void ConvertTruncating<TChunk>(ReadOnlyDualSpan<float, TChunk> source, DualSpan<float, TChunk> destination)
        where TChunk : struct, IChunk<TChunk, float>
    {
        TensorConversions.Copy(source, destination);
        TensorPrimitives.ConvertTruncating(source.Primal, destination.Primal);
    }
}
