using System.Globalization;
using System.Text;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Double;
using MathNet.Numerics.OdeSolvers;
using Mooncake.Perf.Builder;

namespace Mooncake.Perf.Suite.ThirdParty;

/// <summary>
/// The Jacobian rows of the third-party tables (issue 15): MathNet.Numerics 5.0.0 code with
/// vector outputs differentiated as it is, through <see cref="Forward.Jacobian(Func{double[], double[]}, double[], int)"/> at
/// width 8 (which reuses the thread's plan), against the function called once: an RK4 solve of an oscillator (its parameters to its final
/// state, <c>RungeKutta.FourthOrder</c> over <c>Vector&lt;double&gt;</c>), and <c>Matrix.Solve</c> of a
/// 6 x 6 system (the matrix and the right-hand side to the solution: <c>Buffer.BlockCopy</c>
/// copies and the LU factorisation of MathNet's managed provider).
/// </summary>
public static class ThirdPartyJacobians
{
    /// <summary>The table's name, which <c>--only</c> matches.</summary>
    public const string Name = "third-party-jacobians";

    private const int Size = 6;

    /// <summary>The rows, each built when called.</summary>
    public static IEnumerable<Func<SuiteWorkload>> Rows()
    {
        yield return () => Row("RungeKutta.FourthOrder(y0, 0, 2, 101, oscillator)", "Jacobian of the final state (2) in the parameters (4)", RungeKuttaSolve, [1.0, 0.2, 2.5, 0.1]);
        yield return () => Row($"Matrix.Solve({Size} x {Size}, b)", $"Jacobian of the solution ({Size}) in the matrix and b ({(Size * Size) + Size})", Solve, SystemInputs());
    }

    /// <summary>The oscillator y'' = -ω y - γ y' from (y0, v0), its state at t = 2.</summary>
    public static double[] RungeKuttaSolve(double[] p)
    {
        Vector<double>[] states = RungeKutta.FourthOrder(
            DenseVector.OfArray([p[0], p[1]]), 0, 2, 101, (t, y) => DenseVector.OfArray([y[1], (-p[2] * y[0]) - (p[3] * y[1])]));
        Vector<double> last = states[^1];
        return [last[0], last[1]];
    }

    /// <summary>x with A x = b, A the first Size² inputs (column-major), b the rest.</summary>
    public static double[] Solve(double[] p)
    {
        Matrix<double> a = DenseMatrix.OfColumnMajor(Size, Size, p[..(Size * Size)]);
        return a.Solve(DenseVector.OfArray(p[(Size * Size)..])).ToArray();
    }

    /// <summary>The Markdown section of the measured rows.</summary>
    public static string ToMarkdown(IReadOnlyList<SuiteResult> results)
    {
        if (results.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder();
        text.AppendLine("### Third-party code: MathNet.Numerics 5.0.0 Jacobians, Jacobian / primal");
        text.AppendLine();
        text.AppendLine("The whole Jacobian through `Forward.Jacobian(f, x, 8)` (rules built and the thread's plan made before timing) against one call of the function, interleaved; central differences (2n calls) beside it. "
            + "Ratios: median (fastest-sample ratio in parentheses). The Jacobians were checked against central differences first.");
        text.AppendLine();
        text.AppendLine("| Function | Task | Primal (median) | Jacobian / primal | Central differences / primal |");
        text.AppendLine("|---|---|---:|---:|---:|");
        foreach (SuiteResult result in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{result.Workload.Name}` | {result.Workload.Task} | {SuiteTable.Time(result.Primal.Median)} | {Cell(result, SuiteColumn.Derived8)} | {Cell(result, SuiteColumn.FiniteDifferences)} |");
        }

        return text.ToString();
    }

    private static string Cell(SuiteResult result, string column) => result.MedianRatio(column) is { } median
        ? $"{SuiteTable.Ratio(median)} ({SuiteTable.Ratio(result.MinRatio(column)!.Value)})"
        : result.Text(column).Replace("|", "\\|", StringComparison.Ordinal);

    // A diagonally dominant system: well conditioned, so differences of the solution are accurate.
    private static double[] SystemInputs()
    {
        double[] p = BuilderInputs.Uniform((Size * Size) + Size, 31);
        for (int i = 0; i < Size; i++)
        {
            p[(i * Size) + i] += Size;
        }

        return p;
    }

    private static SuiteWorkload Row(string name, string task, Func<double[], double[]> f, double[] x)
    {
        var methods = new List<SuiteMethod>
        {
            SuiteMethod.Try(SuiteColumn.Derived8, () =>
            {
                // The first call builds the rules and the thread's plan, which later calls reuse.
                _ = Forward.Jacobian(f, x, 8);
                return SuiteMethod.Of(SuiteColumn.Derived8, () => Forward.Jacobian(f, x, 8)[0, 0], () => Flatten(Forward.Jacobian(f, x, 8)));
            }),
            SuiteMethod.Of(SuiteColumn.FiniteDifferences, () => Differences(f, x)[0, 0], () => Flatten(Differences(f, x))),
        };
        return new SuiteWorkload(name, task, 8, () => f(x)[0], methods);
    }

    private static double[,] Differences(Func<double[], double[]> f, double[] x)
    {
        double[] work = (double[])x.Clone();
        double[,] jacobian = new double[f(x).Length, x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            double h = CentralDifferences.RelativeStep * Math.Max(1, Math.Abs(x[j]));
            work[j] = x[j] + h;
            double[] up = f(work);
            work[j] = x[j] - h;
            double[] down = f(work);
            work[j] = x[j];
            for (int i = 0; i < up.Length; i++)
            {
                jacobian[i, j] = (up[i] - down[i]) / (2 * h);
            }
        }

        return jacobian;
    }

    private static double[] Flatten(double[,] m) => [.. m.Cast<double>()];

    /// <summary>The check before timing: the Jacobian against central differences, normwise.</summary>
    public static (SuiteWorkload Row, IReadOnlyList<string> Lines, bool Agree) Check(SuiteWorkload row)
    {
        SuiteMethod? derived = row.Cell(SuiteColumn.Derived8), differences = row.Cell(SuiteColumn.FiniteDifferences);
        if (derived is not { Runs: true } || differences is not { Runs: true })
        {
            return (row, [$"--   {row.Name}: no derived rule to check"], true);
        }

        double difference = BuilderResultCheck.Difference(differences.Output!(), derived.Output!());
        bool agree = difference <= SuiteCheck.FiniteDifferenceTolerance;
        string line = string.Create(CultureInfo.InvariantCulture, $"{(agree ? "ok  " : "FAIL")} {row.Name}: Jacobian vs central differences: normwise difference {difference:E1} (at most {SuiteCheck.FiniteDifferenceTolerance:E0})");
        return agree ? (row, [line], true) : (row.With(new SuiteMethod(SuiteColumn.Derived8, null, null, "Jacobian disagrees with central differences")), [line], false);
    }
}
