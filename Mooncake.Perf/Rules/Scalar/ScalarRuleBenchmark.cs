using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Scalar;

/// <summary>
/// A scalar rule over 1024 duals against its primal over 1024 doubles (the baseline): the ratio
/// is what differentiating the function costs beyond computing it. One derived class per rule
/// family lists its (function, width) instantiations.
/// </summary>
/// <remarks>
/// Both loops have the same shape (no bounds checks, one result stored per element) so that
/// the ratio measures the rule, not the loop. Inputs come from a fixed seed; the setup checks
/// that the rule's values equal the primal's bit for bit before anything is timed.
/// </remarks>
/// <typeparam name="TFunction">The function.</typeparam>
/// <typeparam name="TChunk">The chunk type; it fixes the width.</typeparam>
public abstract class ScalarRuleBenchmark<TFunction, TChunk>
    where TFunction : IScalarFunction
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>The number of elements.</summary>
    public const int Length = 1024;

    private const int Seed = 2026;

    private readonly double[][] _primals = new double[3][];
    private readonly Dual<TChunk>[][] _duals = new Dual<TChunk>[3][];
    private double[] _primalResults = [];
    private Dual<TChunk>[] _ruleResults = [];

    /// <summary>Draws the inputs and checks the rule's values against the primal's.</summary>
    /// <exception cref="InvalidOperationException">A value differs.</exception>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(Seed);
        for (int argument = 0; argument < 3; argument++)
        {
            (double min, double max) = TFunction.Range(argument);
            _primals[argument] = new double[Length];
            _duals[argument] = new Dual<TChunk>[Length];
            for (int i = 0; i < Length; i++)
            {
                double value = min + ((max - min) * random.NextDouble());
                TChunk partials = TChunk.Zero;
                for (int lane = 0; lane < TChunk.Width; lane++)
                {
                    partials = partials.WithLane(lane, (2.0 * random.NextDouble()) - 1.0);
                }

                _primals[argument][i] = value;
                _duals[argument][i] = new(value, partials);
            }
        }

        _primalResults = new double[Length];
        _ruleResults = new Dual<TChunk>[Length];
        Primal();
        Rule();
        for (int i = 0; i < Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(_primalResults[i]) != BitConverter.DoubleToInt64Bits(_ruleResults[i].Value))
            {
                throw new InvalidOperationException($"{typeof(TFunction).Name}: at element {i} the rule gives {_ruleResults[i].Value:R}, the primal {_primalResults[i]:R}.");
            }
        }
    }

    /// <summary>The primal over 1024 doubles.</summary>
    [Benchmark(Baseline = true)]
    public void Primal()
    {
        ref double x = ref MemoryMarshal.GetArrayDataReference(_primals[0]);
        ref double y = ref MemoryMarshal.GetArrayDataReference(_primals[1]);
        ref double z = ref MemoryMarshal.GetArrayDataReference(_primals[2]);
        ref double result = ref MemoryMarshal.GetArrayDataReference(_primalResults);
        for (int i = 0; i < Length; i++)
        {
            Unsafe.Add(ref result, i) = TFunction.Primal(in Unsafe.Add(ref x, i), in Unsafe.Add(ref y, i), in Unsafe.Add(ref z, i));
        }
    }

    /// <summary>The rule over 1024 duals.</summary>
    [Benchmark]
    public void Rule()
    {
        ref Dual<TChunk> x = ref MemoryMarshal.GetArrayDataReference(_duals[0]);
        ref Dual<TChunk> y = ref MemoryMarshal.GetArrayDataReference(_duals[1]);
        ref Dual<TChunk> z = ref MemoryMarshal.GetArrayDataReference(_duals[2]);
        ref Dual<TChunk> result = ref MemoryMarshal.GetArrayDataReference(_ruleResults);
        for (int i = 0; i < Length; i++)
        {
            Unsafe.Add(ref result, i) = TFunction.Rule(in Unsafe.Add(ref x, i), in Unsafe.Add(ref y, i), in Unsafe.Add(ref z, i));
        }
    }
}
