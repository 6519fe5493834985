using BenchmarkDotNet.Attributes;
using Mooncake.Tangents;

namespace Mooncake.Perf.Rules.Arrays;

/// <summary>
/// Base of the array rule benchmarks: each class times one rule at width 8 (one call carrying
/// eight lanes) against eight calls of the same rule at width 1, one per lane, the baseline.
/// The inputs come from a fixed seed; the eight width-1 tangents are the eight lanes of the
/// width-8 tangent, and the setup checks that both give the same lanes bit for bit before
/// anything is timed. A subclass builds the inputs and names the two calls.
/// </summary>
/// <typeparam name="TChunk">The width-8 chunk type (<see cref="Chunk8"/> or <see cref="Chunk8V512"/>).</typeparam>
public abstract class ArrayRuleBenchmark<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>The number of lanes compared.</summary>
    protected const int Lanes = 8;

    private const int Seed = 2026;

    /// <summary>The generator of the inputs.</summary>
    protected Random Random { get; } = new(Seed);

    /// <summary>Builds the inputs and checks the two ways of computing agree.</summary>
    [GlobalSetup]
    public void Setup()
    {
        if (TChunk.Width != Lanes)
        {
            throw new InvalidOperationException($"{typeof(TChunk).Name} has {TChunk.Width} lanes; the array rule benchmarks compare {Lanes}.");
        }

        Prepare();
        RequireSameLanes(Wide(), Lane);
    }

    /// <summary>The baseline: eight width-1 calls, one per lane.</summary>
    [Benchmark(Baseline = true)]
    public object EightWidthOneCalls()
    {
        object last = null!;
        for (int k = 0; k < Lanes; k++)
        {
            last = Lane(k);
        }

        return last;
    }

    /// <summary>One width-8 call.</summary>
    [Benchmark]
    public object WidthEight() => Wide();

    /// <summary>Builds the primal inputs and their width-8 and width-1 tangents.</summary>
    protected abstract void Prepare();

    /// <summary>The rule at width 8; returns the output tangent (a block, or a boxed chunk).</summary>
    protected abstract object Wide();

    /// <summary>The rule at width 1 in the direction of lane <paramref name="lane"/>; returns the output tangent.</summary>
    protected abstract object Lane(int lane);

    /// <summary><paramref name="length"/> values uniform in [-1, 1).</summary>
    protected double[] Vector(int length)
    {
        var x = new double[length];
        for (int i = 0; i < length; i++)
        {
            x[i] = (2 * Random.NextDouble()) - 1;
        }

        return x;
    }

    /// <summary>A matrix of values uniform in [-1, 1), plus <paramref name="diagonal"/> on the diagonal.</summary>
    protected double[,] Matrix(int rows, int columns, double diagonal = 0.0)
    {
        var a = new double[rows, columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                a[i, j] = (2 * Random.NextDouble()) - 1 + (i == j ? diagonal : 0.0);
            }
        }

        return a;
    }

    /// <summary>The dual of <paramref name="x"/> with random lanes at width 8, and the eight width-1 duals holding those lanes.</summary>
    protected (Dual<double[], ArrayTangent<TChunk, double>> Wide, Dual<double[], ArrayTangent<Chunk1, double>>[] Narrow) Seeded(double[] x)
    {
        var wide = new ArrayTangent<TChunk, double>(x.Length);
        var narrow = new Dual<double[], ArrayTangent<Chunk1, double>>[Lanes];
        for (int k = 0; k < Lanes; k++)
        {
            double[] lane = Vector(x.Length);
            wide.SetLane(k, lane);
            narrow[k] = new(x, new ArrayTangent<Chunk1, double>(lane, x.Length));
        }

        return (new(x, wide), narrow);
    }

    /// <summary>The dual of <paramref name="a"/> with random lanes at width 8, and the eight width-1 duals holding those lanes.</summary>
    protected (Dual<double[,], MatrixTangent<TChunk, double>> Wide, Dual<double[,], MatrixTangent<Chunk1, double>>[] Narrow) Seeded(double[,] a)
    {
        int rows = a.GetLength(0), columns = a.GetLength(1);
        var wide = new MatrixTangent<TChunk, double>(rows, columns);
        var narrow = new Dual<double[,], MatrixTangent<Chunk1, double>>[Lanes];
        for (int k = 0; k < Lanes; k++)
        {
            double[,] lane = Matrix(rows, columns);
            wide.SetLane(k, lane);
            var one = new MatrixTangent<Chunk1, double>(rows, columns);
            one.SetLane(0, lane);
            narrow[k] = new(a, one);
        }

        return (new(a, wide), narrow);
    }

    /// <summary>Throws unless lane k of the width-8 tangent <paramref name="wide"/> is the width-1 tangent <c>lane(k)</c>, bit for bit.</summary>
    private static void RequireSameLanes(object wide, Func<int, object> lane)
    {
        for (int k = 0; k < Lanes; k++)
        {
            switch (wide, lane(k))
            {
                case (BlockTangent<TChunk, double> block, BlockTangent<Chunk1, double> one):
                    int i = 0;
                    foreach (double value in block.Lane(k))
                    {
                        RequireSame(one.Block[i], value, k, i++);
                    }

                    break;
                case (TChunk chunk, Chunk1 one):
                    RequireSame(one[0], chunk[k], k, 0);
                    break;
                default:
                    throw new InvalidOperationException($"Cannot compare a {wide.GetType()} with a {lane(k).GetType()}.");
            }
        }
    }

    private static void RequireSame(double expected, double actual, int lane, int element)
    {
        if (BitConverter.DoubleToInt64Bits(expected) != BitConverter.DoubleToInt64Bits(actual))
        {
            throw new InvalidOperationException($"Lane {lane} of element {element} differs between the width-8 and width-1 runs: {actual:R} against {expected:R}.");
        }
    }
}
