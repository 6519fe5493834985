using Mooncake.Perf.Builder;
using Mooncake.Rules;

namespace Mooncake.Perf.Suite;

/// <summary>
/// Workloads 1, 2, 3 and 5 of the suite, built from the builder benchmark classes (which hold
/// the plain functions, the prepared plans, the hand-written dual code and the baseline): each row
/// takes its cells from those classes' benchmark methods and adds central differences.
/// </summary>
public static class BuilderWorkloads
{
    /// <summary>The reference width of the gradient rows: the hand-written, baseline and finite-difference columns.</summary>
    public const int GradientReferenceWidth = 8;

    /// <summary>The full gradient of <typeparamref name="TWorkload"/> over <see cref="BuilderInputs.Length"/> inputs: the plan at widths 1, 8 and 16, and the rest at width <see cref="GradientReferenceWidth"/>.</summary>
    public static SuiteWorkload Gradient<TWorkload>()
        where TWorkload : IGradientWorkload
    {
        var byWidth = new Dictionary<int, BuilderBenchmark>();
        var methods = new List<SuiteMethod>();
        foreach (Type type in BuilderBenchmarks.Gradient<TWorkload>())
        {
            var benchmark = (BuilderBenchmark)Activator.CreateInstance(type)!;
            if (benchmark.Width is not (1 or 8 or 16))
            {
                continue;
            }

            try
            {
                benchmark.Setup();
                byWidth[benchmark.Width] = benchmark;
                methods.Add(Cell(SuiteColumn.Derived(benchmark.Width), benchmark, Implementation.Derived));
            }
            catch (Exception e)
            {
                methods.Add(SuiteMethod.Failed(SuiteColumn.Derived(benchmark.Width), e));
            }
        }

        double[] x = BuilderInputs.Uniform(BuilderInputs.Length), work = new double[x.Length], gradient = new double[x.Length];
        Func<double[], double> f = TWorkload.Plain;
        if (byWidth.TryGetValue(GradientReferenceWidth, out BuilderBenchmark? reference))
        {
            methods.Add(Cell(SuiteColumn.HandWritten, reference, Implementation.HandWritten));
            methods.Add(Cell(SuiteColumn.Baseline, reference, Implementation.ForwardDiffBaseline));
        }

        methods.Add(SuiteMethod.Of(
            SuiteColumn.FiniteDifferences,
            () => CentralDifferences.Gradient(f, x, work, gradient),
            () => [CentralDifferences.Gradient(f, x, work, gradient), .. gradient]));
        return new SuiteWorkload(TWorkload.Name, $"gradient, n = {BuilderInputs.Length}", GradientReferenceWidth, () => TWorkload.Plain(x), methods);
    }

    /// <summary>Σ sin·cos·exp over <see cref="BuilderInputs.Length"/> inputs, one pass carrying 8 directions (a prepared <see cref="PushforwardPlan"/>).</summary>
    public static SuiteWorkload SinCosExp()
    {
        const int width = 8;
        var benchmark = (BuilderBenchmark)Activator.CreateInstance(BuilderBenchmarks.SinCosExpSum())!;
        Func<double[], double> f = SinCosExpSum.Plain;
        try
        {
            benchmark.Setup();
        }
        catch (Exception e)
        {
            double[] input = BuilderInputs.Uniform(BuilderInputs.Length);
            return new SuiteWorkload(benchmark.Workload, $"1 pass, {width} directions, n = {BuilderInputs.Length}", width, () => f(input), [SuiteMethod.Failed(SuiteColumn.Derived8, e)]);
        }

        // The benchmark's own inputs, so the central differences see the point and directions the others do.
        (double[] x, double[][] directions) = benchmark is IPassInputs inputs ? (inputs.Input, inputs.DirectionVectors) : throw new InvalidOperationException("Unexpected benchmark class.");
        double[] work = new double[x.Length], result = new double[width];
        return new SuiteWorkload(
            benchmark.Workload,
            $"1 pass, {width} directions, n = {x.Length}",
            width,
            () => f(x),
            [
                Cell(SuiteColumn.Derived8, benchmark, Implementation.Derived),
                Cell(SuiteColumn.HandWritten, benchmark, Implementation.HandWritten),
                Cell(SuiteColumn.Baseline, benchmark, Implementation.ForwardDiffBaseline),
                SuiteMethod.Of(
                    SuiteColumn.FiniteDifferences,
                    () => CentralDifferences.Directional(f, x, directions, work, result),
                    () => [CentralDifferences.Directional(f, x, directions, work, result), .. result]),
            ]);
    }

    /// <summary>The scalar chain's value and derivative at <see cref="ScalarChainBenchmark.Points"/> points (<see cref="Mooncake.DerivativePlan"/>).</summary>
    public static SuiteWorkload ScalarChainPoints()
    {
        var benchmark = new ScalarChainBenchmark();
        Func<double, double> f = ScalarChain.Plain;
        var methods = new List<SuiteMethod>();
        double[] t = BuilderInputs.Uniform(ScalarChainBenchmark.Points);
        try
        {
            benchmark.Setup();
            t = benchmark.Inputs;
            methods.Add(Cell(SuiteColumn.Derived1, benchmark, Implementation.Derived));
            methods.Add(Cell(SuiteColumn.HandWritten, benchmark, Implementation.HandWritten));
            methods.Add(Cell(SuiteColumn.Baseline, benchmark, Implementation.ForwardDiffBaseline));
        }
        catch (Exception e)
        {
            methods.Add(SuiteMethod.Failed(SuiteColumn.Derived1, e));
        }

        double[] values = new double[t.Length], derivatives = new double[t.Length];
        methods.Add(SuiteMethod.Of(
            SuiteColumn.FiniteDifferences,
            () => CentralDifferences.AtPoints(f, t, values, derivatives),
            () => { CentralDifferences.AtPoints(f, t, values, derivatives); return [.. values, .. derivatives]; }));
        return new SuiteWorkload(benchmark.Workload, $"derivative at {t.Length} points", 1, benchmark.Primal, methods);
    }

    private static SuiteMethod Cell(string column, BuilderBenchmark benchmark, string method) =>
        SuiteMethod.Of(column, benchmark.Methods().Single(m => m.Method == method).Run, () => benchmark.Output(method));
}
