using System.Globalization;

namespace Mooncake.Perf.Builder;

/// <summary>
/// Before timing: runs every implementation of every builder benchmark once and compares its
/// value and derivatives with the derived rule's. The implementations do the same operations in
/// the same order but not always with the same roundings (a generic-math constant is a dual
/// with zero partials, so <c>100 * b</c> is a dual product there and a scaling in the derived
/// rule), so the comparison is normwise: the largest absolute difference over the value and every
/// derivative, divided by the largest magnitude among the derived rule's, must be at most
/// <see cref="Tolerance"/>.
/// </summary>
public static class BuilderResultCheck
{
    /// <summary>The largest normwise relative difference accepted.</summary>
    public const double Tolerance = 1e-13;

    /// <summary>One line per benchmark class and implementation, and whether all agree.</summary>
    public static (IReadOnlyList<string> Lines, bool Agree) Run()
    {
        var lines = new List<string>();
        bool agree = true;
        foreach (Type type in BuilderBenchmarks.Types())
        {
            var benchmark = (BuilderBenchmark)Activator.CreateInstance(type)!;
            benchmark.Setup();
            IReadOnlyList<(string Method, double[] Output)> outputs = benchmark.RunEach();
            double[] reference = outputs.Single(o => o.Method == Implementation.Derived).Output;
            foreach ((string method, double[] output) in outputs.Where(o => o.Method != Implementation.Derived))
            {
                double difference = Difference(reference, output);
                bool ok = difference <= Tolerance;
                agree &= ok;
                string identical = reference.AsSpan().SequenceEqual(output) ? "bit-identical" : $"max normwise difference {difference.ToString("E1", CultureInfo.InvariantCulture)}";
                lines.Add($"{(ok ? "ok  " : "FAIL")} {benchmark.Workload}, width {benchmark.Width}: {method} vs {Implementation.Derived} ({reference.Length} numbers): {identical}");
            }
        }

        return (lines, agree);
    }

    /// <summary>The normwise relative difference <c>max |a - b| / max |a|</c> of <paramref name="actual"/> from <paramref name="reference"/>; arrays of different lengths and NaN (a missing or non-finite result) compare as infinitely different.</summary>
    public static double Difference(double[] reference, double[] actual)
    {
        if (reference.Length != actual.Length)
        {
            return double.PositiveInfinity;
        }

        double scale = 0.0, difference = 0.0;
        for (int i = 0; i < reference.Length; i++)
        {
            scale = Math.Max(scale, Math.Abs(reference[i]));
            double d = Math.Abs(reference[i] - actual[i]);
            difference = double.IsNaN(d) ? double.PositiveInfinity : Math.Max(difference, d);
        }

        return scale == 0.0 ? difference : difference / scale;
    }
}
