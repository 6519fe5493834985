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
            Evaluate(in inputs[i], out outputs[i]);
        }
    }

    /// <summary>
    /// <c>exp(sin x) / (1 + x²) + log(1 + cos² x)</c>, one operation per line (the witness is in
    /// destination-passing form), with sin and cos called separately as a user would write them.
    /// </summary>
    public static void Evaluate(in TDual x, out TDual result)
    {
        TOps.Sin(in x, out TDual sin);
        TOps.Exp(in sin, out TDual numerator);
        TOps.Multiply(in x, in x, out TDual denominator);
        TOps.Add(in denominator, 1.0, out denominator);
        TOps.Divide(in numerator, in denominator, out TDual left);
        TOps.Cos(in x, out TDual cos);
        TOps.Multiply(in cos, in cos, out TDual right);
        TOps.Add(in right, 1.0, out right);
        TOps.Log(in right, out right);
        TOps.Add(in left, in right, out result);
    }
}
