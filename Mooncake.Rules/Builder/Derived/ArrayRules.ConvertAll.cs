using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class ArrayRules
{
    /// <summary>
    /// The rule of <see cref="Array.ConvertAll{TInput, TOutput}(TInput[], Converter{TInput, TOutput})"/>
    /// on <c>double[]</c> to <c>double[]</c>: the converter's split rule (registered or derived, with
    /// its target's tangent, see <see cref="DelegateRules"/>) runs on each element and its chunk,
    /// writing the result's chunk in place. Without this rule the builder follows the BCL's loop,
    /// whose <c>converter(array[i])</c> is a delegate call dispatched at run time per element.
    /// </summary>
    [FRule(typeof(Array), nameof(Array.ConvertAll), typeof(GenericParameter.T0[]), typeof(Converter<GenericParameter.T0, GenericParameter.T1>),
        GenericParameterCount = 2, TypeArguments = new[] { typeof(double), typeof(double) })]
    public static Dual<double[], ArrayTangent<TChunk, double>> ConvertAll<TChunk>(Dual<double[], ArrayTangent<TChunk, double>> array, Dual<Converter<double, double>, object> converter)
        where TChunk : struct, IChunk<TChunk, double>
    {
        // The BCL's argument checks, in its order.
        ArgumentNullException.ThrowIfNull(array.Primal, nameof(array));
        ArgumentNullException.ThrowIfNull(converter.Primal, nameof(converter));
        (ScalarToScalar<TChunk> rule, object? target, object? targetTangent) = DelegateRules.Split<TChunk>(converter);
        double[] source = array.Primal;
        var result = new double[source.Length];
        var tangent = new ArrayTangent<TChunk, double>(source.Length);
        if (source.Length > 0)
        {
            ref double from = ref LinearAlgebraRules.Lanes(array.Tangent, source.Length);
            ref double to = ref LinearAlgebraRules.Lanes(tangent, source.Length);
            for (int i = 0; i < source.Length; i++)
            {
                result[i] = rule(target, targetTangent, source[i], ChunkKernels.Load<TChunk>(ref from, i), out TChunk d);
                ChunkKernels.Store(d, ref to, i);
            }
        }

        return new(result, tangent);
    }
}
