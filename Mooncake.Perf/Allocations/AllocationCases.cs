namespace Mooncake.Perf.Allocations;

/// <summary>
/// The rows of the allocation verdict: the prepared plans (which may allocate nothing), the
/// high-level calls (which may allocate their result, plus, for a function that itself allocates,
/// what its passes allocate), and the reference rows their expectations are made of.
/// </summary>
public static class AllocationCases
{
    private const string Rosenbrock = "Rosenbrock, n = 1024";
    private const string Chain = "scalar chain";
    private const string Map = "x ↦ x · sin(shifted x), n = 64";
    private const string Matrix = "Σ X²ᵢⱼ + XᵢⱼXⱼᵢ, 32 × 32";

    // Where the direct measurement puts results: a static field, so that the JIT cannot prove a
    // reference row's array dead and allocate it on the stack (.NET 10 does, for a constant length).
    private static object? s_kept;

    /// <summary>The calls, plans first, each run on <paramref name="b"/>.</summary>
    public static IReadOnlyList<AllocationCase> Calls(AllocationBenchmarks b)
    {
        ExpectedPart[] nothing = [];
        int passes = AllocationBenchmarks.MapPasses;
        return
        [
            new(nameof(b.GradientPlanSequential), "`GradientPlan.ValueAndGradient`", Rosenbrock, nothing, () => b.GradientPlanSequential()),
            new(nameof(b.GradientPlanParallel), "`GradientPlan.ValueAndGradient`, `parallel: true`", Rosenbrock, nothing, () => b.GradientPlanParallel()),
            new(nameof(b.PushforwardPlanJagged), "`PushforwardPlan.ValueAndPushforward`, `double[][]` directions", Rosenbrock + ", 8 directions", nothing, () => b.PushforwardPlanJagged()),
            new(nameof(b.PushforwardPlanMatrix), "`PushforwardPlan.ValueAndPushforward`, `double[,]` directions", Rosenbrock + ", 8 directions", nothing, () => b.PushforwardPlanMatrix()),
            new(nameof(b.PushforwardPlanPrepared), "`PushforwardPlan.ValueAndPushforward`, prepared directions", Rosenbrock + ", 8 directions", nothing, () => b.PushforwardPlanPrepared()),
            new(nameof(b.DerivativePlanPoint), "`DerivativePlan.ValueAndDerivative`", Chain + ", 1 point", nothing, () => b.DerivativePlanPoint()),
            new(nameof(b.DerivativePlanBatch), "`DerivativePlan.ValuesAndDerivatives`", Chain + $", {AllocationBenchmarks.Points} points", nothing, b.DerivativePlanBatch),
            new(nameof(b.ForwardGradient), "`Forward.Gradient(f, x)`", Rosenbrock, [new(nameof(b.NewGradient), 1)], () => Keep(b.ForwardGradient())),
            new(nameof(b.ForwardGradientParallel), "`Forward.Gradient(f, x, 0, parallel: true)`", Rosenbrock, [new(nameof(b.NewGradient), 1)], () => Keep(b.ForwardGradientParallel())),
            new(
                nameof(b.ForwardJacobian),
                "`Forward.Jacobian(f, x)`, f returns its result",
                Map,
                [new(nameof(b.NewJacobian), 1), new(nameof(b.MapPrimal), passes), new(nameof(b.NewMapOutputTangent), passes)],
                () => Keep(b.ForwardJacobian())),
            new(nameof(b.ForwardJacobianInPlace), "`Forward.Jacobian(f, y, x)`, f writes y", Map, [new(nameof(b.NewJacobian), 1)], () => Keep(b.ForwardJacobianInPlace())),
            new(nameof(b.ForwardDerivative), "`Forward.Derivative(f, x)`", Chain, nothing, () => b.ForwardDerivative()),
            new(nameof(b.ForwardPushforward), "`Forward.Pushforward(f, x, directions, result)`", Rosenbrock + ", 8 directions", nothing, () => b.ForwardPushforward()),
            new(nameof(b.ForwardMatrixGradient), "`Forward.Gradient(f, X)`, X a `double[,]`", Matrix, [new(nameof(b.NewMatrixGradient), 1)], () => Keep(b.ForwardMatrixGradient())),
        ];
    }

    /// <summary>The reference rows, each run on <paramref name="b"/>.</summary>
    public static IReadOnlyList<AllocationReference> References(AllocationBenchmarks b)
    {
        const int n = AllocationBenchmarks.Length, m = AllocationBenchmarks.MapLength, side = AllocationBenchmarks.MatrixSide;
        int block = m * AllocationBenchmarks.MapChunk;
        return
        [
            new(nameof(b.NewGradient), $"`new double[{n}]`", VectorLayout(n), VectorBytes(n), () => Keep(b.NewGradient())),
            new(nameof(b.NewJacobian), $"`new double[{m}, {m}]`", MatrixLayout(m, m), MatrixBytes(m, m), () => Keep(b.NewJacobian())),
            new(nameof(b.NewMatrixGradient), $"`new double[{side}, {side}]`", MatrixLayout(side, side), MatrixBytes(side, side), () => Keep(b.NewMatrixGradient())),
            new(nameof(b.MapPrimal), $"f(x) of the Jacobian rows (its `double[{m}]`)", VectorLayout(m), VectorBytes(m), () => Keep(b.MapPrimal())),
            new(
                nameof(b.NewMapOutputTangent),
                $"the tangent of f's result at width {AllocationBenchmarks.MapChunk} (`ArrayTangent`)",
                $"32 (object: header 16, block reference 8, count 4, padding 4) + {VectorLayout(block)}",
                32 + VectorBytes(block),
                () => Keep(b.NewMapOutputTangent())),
        ];
    }

    // A double[] of n: header 8, method table 8, length 4 and padding 4, then the elements.
    private static long VectorBytes(long n) => 24 + (8 * n);

    private static string VectorLayout(long n) => $"24 + 8·{n} = {VectorBytes(n)}";

    // A double[r, c]: header 8, method table 8, total length 4 and padding 4, then per dimension a
    // length and a lower bound of 4 each (16 for rank 2), then the elements.
    private static long MatrixBytes(long rows, long columns) => 40 + (8 * rows * columns);

    private static string MatrixLayout(long rows, long columns) => $"40 + 8·{rows}·{columns} = {MatrixBytes(rows, columns)}";

    private static void Keep(object result) => s_kept = result;
}
