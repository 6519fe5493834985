using System.Numerics.Tensors;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Rules of <see cref="TensorPrimitives"/> (System.Numerics.Tensors, the BCL's span numerics) for
/// its <c>double</c> and <c>float</c> instantiations and its non-generic <c>float</c> overloads:
/// element-wise functions, multiply-adds, reductions, selections, SoftMax and the conversions
/// between the two floating-point types. Each rule computes the primal with the
/// <see cref="TensorPrimitives"/> method itself (the plain call's values, bit for bit) and the
/// tangents as wide operations over the chunk-major tangent spans (<see cref="TensorKernels{TDual, TChunk, T}"/>),
/// with the scalar rules' derivative policies.
/// </summary>
/// <remarks>
/// The index-returning methods (<c>IndexOfMax</c>...), the predicates (<c>IsNaN</c>...), the
/// integer-only methods and the conversions to integers or <see cref="Half"/> carry no derivative
/// and have no rules; the bitwise operations, which <c>double</c> and <c>float</c> implement on
/// their bit patterns, are not differentiable functions of the values (see <c>RuleCoverage</c>).
/// </remarks>
public static partial class TensorPrimitivesRules
{
    // The kernels at the double and the float dual of the rule's width: the one generic
    // implementation both families of rules call.
    private sealed class DoubleKernels<TChunk> : TensorKernels<Dual<TChunk>, TChunk, double>
        where TChunk : struct, IChunk<TChunk, double>;

    private sealed class FloatKernels<TChunk> : TensorKernels<FloatDual<TChunk>, TChunk, float>
        where TChunk : struct, IChunk<TChunk, float>;
}
