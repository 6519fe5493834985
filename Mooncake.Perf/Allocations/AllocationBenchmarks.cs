using BenchmarkDotNet.Attributes;
using Mooncake.Perf.Builder;
using Mooncake.Rules;
using Mooncake.Tangents;

namespace Mooncake.Perf.Allocations;

/// <summary>
/// The calls whose allocations issue 5 bounds, as BenchmarkDotNet benchmarks (run with its
/// MemoryDiagnoser), and the reference rows that allocate exactly the results the high-level
/// calls return, measured in the same run. Every delegate is created once here, so a call's
/// bytes are the library's, not a method group's conversion at the call site.
/// </summary>
/// <remarks>
/// BenchmarkDotNet runs the methods in the order they are declared. The reference rows, the
/// expectations of the others, come first, where they are measured exactly: BenchmarkDotNet's own
/// bytes in the iteration it measures allocations in (see <see cref="Empty"/>) differ most in the
/// first benchmark of a run, and a few hundred bytes either way are nothing over the many calls of
/// a reference row but several bytes per call over the few calls of a slow one.
/// </remarks>
public class AllocationBenchmarks
{
    /// <summary>The inputs of Rosenbrock.</summary>
    public const int Length = BuilderInputs.Length;

    /// <summary>The inputs (and outputs) of the Jacobian's vector map.</summary>
    public const int MapLength = 64;

    /// <summary>The rows and columns of the matrix gradient's input.</summary>
    public const int MatrixSide = 32;

    /// <summary>The directions of the pushforwards.</summary>
    public const int Directions = 8;

    /// <summary>The points of the batched derivative.</summary>
    public const int Points = 1000;

    /// <summary>The directions per pass of the Jacobians (the automatic choice for <see cref="MapLength"/> inputs).</summary>
    public static int MapChunk { get; } = ChunkChoice.For(MapLength, 0);

    /// <summary>The passes of the Jacobians.</summary>
    public static int MapPasses { get; } = ChunkSeeding.PassCount(MapLength, MapChunk);

    private static readonly Func<double[], double> RosenbrockFunction = Rosenbrock.Plain;
    private static readonly Func<double, double> ChainFunction = ScalarChain.Plain;
    private static readonly Func<double[], double[]> MapFunction = AllocationFunctions.Map;
    private static readonly Action<double[], double[]> MapIntoFunction = AllocationFunctions.MapInto;
    private static readonly Func<double[,], double> MatrixFunction = AllocationFunctions.MatrixQuadratic;

    private double[] _x = [];
    private double[] _gradient = [];
    private double[][] _directions = [];
    private double[,] _directionMatrix = new double[0, 0];
    private double[] _pushforward = [];
    private double[] _points = [];
    private double[] _values = [];
    private double[] _derivatives = [];
    private double[] _mapInput = [];
    private double[] _mapOutput = [];
    private double[,] _matrix = new double[0, 0];
    private GradientPlan? _sequentialPlan;
    private GradientPlan? _parallelPlan;
    private PushforwardPlan? _pushforwardPlan;
    private PushforwardDirections? _preparedDirections;
    private DerivativePlan? _derivativePlan;
    private Func<object>? _newMapOutputTangent;

    /// <summary>Builds the inputs and the plans (the rules are built here, not in a measured call).</summary>
    [GlobalSetup]
    public void Setup()
    {
        _x = BuilderInputs.Uniform(Length);
        _gradient = new double[Length];
        _directions = [.. Enumerable.Range(0, Directions).Select(k => BuilderInputs.Uniform(Length, stream: 1 + k))];
        _directionMatrix = new double[Length, Directions];
        for (int i = 0; i < Length; i++)
        {
            for (int k = 0; k < Directions; k++)
            {
                _directionMatrix[i, k] = _directions[k][i];
            }
        }

        _pushforward = new double[Directions];
        _points = BuilderInputs.Uniform(Points, stream: 20);
        _values = new double[Points];
        _derivatives = new double[Points];
        _mapInput = BuilderInputs.Uniform(MapLength, stream: 30);
        _mapOutput = new double[MapLength];
        double[] flat = BuilderInputs.Uniform(MatrixSide * MatrixSide, stream: 40);
        _matrix = new double[MatrixSide, MatrixSide];
        Buffer.BlockCopy(flat, 0, _matrix, 0, flat.Length * sizeof(double));
        _sequentialPlan = Forward.PrepareGradient(RosenbrockFunction, Length);
        _parallelPlan = Forward.PrepareGradient(RosenbrockFunction, Length, 0, parallel: true);
        _pushforwardPlan = Forward.PreparePushforward(RosenbrockFunction, Length, Directions);
        _preparedDirections = _pushforwardPlan.PrepareDirections(_directions);
        _derivativePlan = Forward.PrepareDerivative(ChainFunction);
        _newMapOutputTangent = ChunkWidth.Resolve(MapChunk).Accept(new TangentFactory(MapLength));
    }

    /// <summary>Reference: the gradient's result alone.</summary>
    [Benchmark]
    public double[] NewGradient() => new double[Length];

    /// <summary>Reference: the Jacobian's result alone.</summary>
    [Benchmark]
    public double[,] NewJacobian() => new double[MapLength, MapLength];

    /// <summary>Reference: the matrix gradient's result alone.</summary>
    [Benchmark]
    public double[,] NewMatrixGradient() => new double[MatrixSide, MatrixSide];

    /// <summary>Reference: the plain vector map, which allocates its result (as each pass of its Jacobian does).</summary>
    [Benchmark]
    public double[] MapPrimal() => AllocationFunctions.Map(_mapInput);

    /// <summary>Reference: the tangent of the map's result at the Jacobian's width, which each pass of its derived rule returns.</summary>
    [Benchmark]
    public object NewMapOutputTangent() => _newMapOutputTangent!();

    /// <summary>
    /// Calls nothing: what BenchmarkDotNet's own code allocates in the iteration it measures
    /// allocations over (a few kilobytes in process), to be taken off every other row's total.
    /// </summary>
    [Benchmark]
    public void Empty()
    {
    }

    /// <summary>A prepared gradient, sequential.</summary>
    [Benchmark]
    public double GradientPlanSequential() => _sequentialPlan!.ValueAndGradient(_x, _gradient);

    /// <summary>A prepared gradient whose passes run on one thread per processor.</summary>
    [Benchmark]
    public double GradientPlanParallel() => _parallelPlan!.ValueAndGradient(_x, _gradient);

    /// <summary>A prepared pushforward, the directions as one array each.</summary>
    [Benchmark]
    public double PushforwardPlanJagged() => _pushforwardPlan!.ValueAndPushforward(_x, _directions, _pushforward);

    /// <summary>A prepared pushforward, the directions as a length × directions matrix.</summary>
    [Benchmark]
    public double PushforwardPlanMatrix() => _pushforwardPlan!.ValueAndPushforward(_x, _directionMatrix, _pushforward);

    /// <summary>A prepared pushforward along directions the plan seeded once.</summary>
    [Benchmark]
    public double PushforwardPlanPrepared() => _pushforwardPlan!.ValueAndPushforward(_x, _preparedDirections!, _pushforward);

    /// <summary>A prepared derivative at one point.</summary>
    [Benchmark]
    public double DerivativePlanPoint() => _derivativePlan!.ValueAndDerivative(0.3, out _);

    /// <summary>A prepared derivative at a batch of points in one call.</summary>
    [Benchmark]
    public void DerivativePlanBatch() => _derivativePlan!.ValuesAndDerivatives(_points, _values, _derivatives);

    /// <summary>The high-level gradient (the thread's last plan serves it).</summary>
    [Benchmark]
    public double[] ForwardGradient() => Forward.Gradient(RosenbrockFunction, _x);

    /// <summary>The high-level gradient, its passes on one thread per processor.</summary>
    [Benchmark]
    public double[] ForwardGradientParallel() => Forward.Gradient(RosenbrockFunction, _x, 0, parallel: true);

    /// <summary>The high-level Jacobian of a function that returns its result.</summary>
    [Benchmark]
    public double[,] ForwardJacobian() => Forward.Jacobian(MapFunction, _mapInput);

    /// <summary>The high-level Jacobian of a function that writes its result into the caller's array.</summary>
    [Benchmark]
    public double[,] ForwardJacobianInPlace() => Forward.Jacobian(MapIntoFunction, _mapOutput, _mapInput);

    /// <summary>The high-level scalar derivative.</summary>
    [Benchmark]
    public double ForwardDerivative() => Forward.Derivative(ChainFunction, 0.3);

    /// <summary>The high-level pushforward into the caller's result (the thread's last plan serves it).</summary>
    [Benchmark]
    public double ForwardPushforward() => Forward.Pushforward(RosenbrockFunction, _x, _directions, _pushforward);

    /// <summary>The high-level gradient of a function of a matrix.</summary>
    [Benchmark]
    public double[,] ForwardMatrixGradient() => Forward.Gradient(MatrixFunction, _matrix);

    // Makes the zero tangent of an array of the given length at a width's chunk type.
    private sealed class TangentFactory(int length) : IChunkVisitor<Func<object>>
    {
        public Func<object> Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
            => () => new ArrayTangent<TChunk, double>(length);
    }
}
