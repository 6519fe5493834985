using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;

namespace Mooncake.Perf.Tangents;

/// <summary>
/// Workload (c), memory and arithmetic: the dot product of two 1024-element arrays whose
/// tangents are chunk-major blocks, as <see cref="Mooncake.Tangents.ArrayTangent{TChunk, T}"/>
/// stores them (a primal <c>double[]</c> plus a block of <c>1024 × Width</c> doubles). Each
/// element is read into a dual (the SIMD dual loads its chunk as whole vectors, the baseline
/// copies the lanes into its buffer) and accumulated as <c>acc + x * y</c>.
/// </summary>
/// <typeparam name="TOps">The operations witness of <typeparamref name="TDual"/>.</typeparam>
/// <typeparam name="TDual">The dual type under test.</typeparam>
public class DotBenchmark<TOps, TDual> : TangentBenchmark<TOps, TDual>
    where TOps : IDualOps<TDual>
    where TDual : struct
{
    private double[] _x = [], _xBlock = [], _y = [], _yBlock = [];
    private TDual _result;

    /// <inheritdoc/>
    [Benchmark]
    public override void Run() => _result = Dot(_x, _xBlock, _y, _yBlock);

    /// <summary>
    /// <c>Σ x[i] y[i]</c> with the tangents of <paramref name="x"/> and <paramref name="y"/> read
    /// from their blocks; <paramref name="xBlock"/> and <paramref name="yBlock"/> must hold
    /// <c>Width</c> values per element.
    /// </summary>
    public static TDual Dot(ReadOnlySpan<double> x, ReadOnlySpan<double> xBlock, ReadOnlySpan<double> y, ReadOnlySpan<double> yBlock)
    {
        if (y.Length != x.Length || xBlock.Length != x.Length * TOps.Width || yBlock.Length != xBlock.Length)
        {
            throw new ArgumentException("The arrays and their tangent blocks differ in length.");
        }

        // The checks above make every chunk start in range, so the kernel reads without bounds checks.
        ref double xLanes = ref MemoryMarshal.GetReference(xBlock);
        ref double yLanes = ref MemoryMarshal.GetReference(yBlock);
        TDual acc = TOps.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            TOps.Load(x[i], in Unsafe.Add(ref xLanes, i * TOps.Width), out TDual xi);
            TOps.Load(y[i], in Unsafe.Add(ref yLanes, i * TOps.Width), out TDual yi);
            TOps.Multiply(in xi, in yi, out TDual product);
            TOps.Add(in acc, in product, out acc);
        }

        return acc;
    }

    /// <inheritdoc/>
    protected override ReadOnlySpan<TDual> Results => new(in _result);

    /// <inheritdoc/>
    protected override void Prepare(Random random)
    {
        _x = Uniform(random, Length, -1.0, 1.0);
        _xBlock = TangentBlock(random);
        _y = Uniform(random, Length, -1.0, 1.0);
        _yBlock = TangentBlock(random);
    }
}
