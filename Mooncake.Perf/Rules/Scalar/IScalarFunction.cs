using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Scalar;

/// <summary>
/// One scalar primitive and its registered rule, as a struct witness (the operator pattern of
/// TensorPrimitives), so that <see cref="ScalarRuleBenchmark{TFunction, TChunk}"/> is written once
/// and the JIT specialises its loops per function and width. Every function takes three inputs
/// by reference and reads the ones it needs; the others' addresses are dead and cost nothing
/// (by value, a dead copy of a 136-byte dual might survive).
/// </summary>
public interface IScalarFunction
{
    /// <summary>The interval the benchmark draws argument <paramref name="argument"/> (0, 1 or 2) from: inside the domain, away from singular points.</summary>
    static virtual (double Min, double Max) Range(int argument) => (-2.0, 2.0);

    /// <summary>The primal call.</summary>
    static abstract double Primal(in double x, in double y, in double z);

    /// <summary>The rule of the primal call.</summary>
    static abstract Dual<TChunk> Rule<TChunk>(in Dual<TChunk> x, in Dual<TChunk> y, in Dual<TChunk> z)
        where TChunk : struct, IChunk<TChunk, double>;
}
