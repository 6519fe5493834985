using BenchmarkDotNet.Attributes;

namespace Mooncake.Perf.Tangents;

/// <summary>
/// Workload (a), arithmetic bound: a degree-16 polynomial with 17 constant coefficients,
/// evaluated by Horner's rule at each of 1024 duals: per element one dual × constant and 15
/// dual × dual products, and 16 sums with a constant.
/// </summary>
/// <typeparam name="TOps">The operations witness of <typeparamref name="TDual"/>.</typeparam>
/// <typeparam name="TDual">The dual type under test.</typeparam>
public class HornerBenchmark<TOps, TDual> : ElementwiseBenchmark<TOps, TDual>
    where TOps : IDualOps<TDual>
    where TDual : struct
{
    // c_k = (-1)^k / (k + 1): the polynomial stays of order one on [-1, 1].
    private static readonly double[] Coefficients = [.. Enumerable.Range(0, 17).Select(k => (k % 2 == 0 ? 1.0 : -1.0) / (k + 1))];

    /// <inheritdoc/>
    [Benchmark]
    public override void Run()
    {
        ReadOnlySpan<double> coefficients = Coefficients;
        TDual[] inputs = Inputs, outputs = Outputs;
        for (int i = 0; i < inputs.Length; i++)
        {
            Evaluate(in inputs[i], coefficients, out outputs[i]);
        }
    }

    /// <summary>
    /// <c>c[0] + x (c[1] + x (... + x c[n]))</c>. The innermost product is dual × constant, as
    /// in Julia's <c>evalpoly</c>, which starts from the last coefficient as a plain number.
    /// </summary>
    public static void Evaluate(in TDual x, ReadOnlySpan<double> c, out TDual result)
    {
        int n = c.Length - 1;
        TOps.Multiply(in x, c[n], out TDual r);
        TOps.Add(in r, c[n - 1], out r);
        for (int k = n - 2; k >= 0; k--)
        {
            TOps.Multiply(in r, in x, out r);
            TOps.Add(in r, c[k], out r);
        }

        result = r;
    }
}
