using BenchmarkDotNet.Attributes;

namespace Mooncake.Perf.Tangents;

/// <summary>
/// Workload (b), transcendental bound: <c>exp(sin x) / (1 + x²) + log(1 + cos² x)</c> at each
/// of 1024 duals. The primal calls (exp, two sincos, log) cost the same for every dual type,
/// so the SIMD speed-up is smaller here by construction.
/// </summary>
/// <typeparam name="TOps">The operations witness of <typeparamref name="TDual"/>.</typeparam>
/// <typeparam name="TDual">The dual type under test.</typeparam>
public class TranscendentalBenchmark<TOps, TDual> : ElementwiseBenchmark<TOps, TDual>
    where TOps : IDualOps<TDual>
    where TDual : struct
{
    /// <inheritdoc/>
    [Benchmark]
    public override void Run()
    {
        TDual[] inputs = Inputs, outputs = Outputs;
        for (int i = 0; i < inputs.Length; i++)
        {
            outputs[i] = Evaluate(inputs[i]);
        }
    }

    /// <summary><c>exp(sin x) / (1 + x²) + log(1 + cos² x)</c>, written as a user would, sin and cos called separately.</summary>
    public static TDual Evaluate(TDual x)
    {
        TDual cos = TOps.Cos(x);
        TDual left = TOps.Divide(TOps.Exp(TOps.Sin(x)), TOps.Add(TOps.Multiply(x, x), 1.0));
        TDual right = TOps.Log(TOps.Add(TOps.Multiply(cos, cos), 1.0));
        return TOps.Add(left, right);
    }
}
