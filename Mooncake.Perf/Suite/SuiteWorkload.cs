namespace Mooncake.Perf.Suite;

/// <summary>
/// One row of the suite: a workload's primal function and the implementations of its derivative
/// (columns without one print "—").
/// </summary>
/// <param name="Name">The workload's name in the table.</param>
/// <param name="Task">What one AD call computes, e.g. "gradient, n = 1024" or "1 pass, 8 directions".</param>
/// <param name="ReferenceWidth">The width of the hand-written, baseline and finite-difference columns.</param>
/// <param name="Primal">One call of the plain function with the inputs of the row.</param>
/// <param name="Methods">The AD implementations, in <see cref="SuiteColumn.All"/> order.</param>
public sealed record SuiteWorkload(string Name, string Task, int ReferenceWidth, Func<double> Primal, IReadOnlyList<SuiteMethod> Methods)
{
    /// <summary>The row's cell in <paramref name="column"/>, if it has one.</summary>
    public SuiteMethod? Cell(string column) => Methods.FirstOrDefault(m => m.Column == column);

    /// <summary>This row with the cell of <paramref name="column"/> replaced by <paramref name="method"/>.</summary>
    public SuiteWorkload With(SuiteMethod method) =>
        this with { Methods = [.. Methods.Select(m => m.Column == method.Column ? method : m)] };
}
