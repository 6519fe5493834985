namespace Mooncake.Perf.Suite;

/// <summary>
/// One cell of the suite: an implementation that computes the row's derivatives, or why there is
/// none (the rule builder refused the function, or the implementation disagreed with the others).
/// </summary>
/// <param name="Column">Its column (<see cref="SuiteColumn"/>).</param>
/// <param name="Run">One call, returning the function's value; null when <paramref name="Error"/> is set.</param>
/// <param name="Output">One call on cleared outputs, returning the value and the derivatives computed (for the agreement check); null when <paramref name="Error"/> is set.</param>
/// <param name="Error">What to print instead of a ratio.</param>
public sealed record SuiteMethod(string Column, Func<double>? Run, Func<double[]>? Output, string? Error = null)
{
    /// <summary>An implementation that runs.</summary>
    public static SuiteMethod Of(string column, Func<double> run, Func<double[]> output) => new(column, run, output);

    /// <summary>
    /// The method <paramref name="create"/> builds, or, if building it throws (the rule builder
    /// refuses the function), a cell holding the first line of the exception's message.
    /// </summary>
    public static SuiteMethod Try(string column, Func<SuiteMethod> create)
    {
        try
        {
            return create();
        }
        catch (Exception e)
        {
            return Failed(column, e);
        }
    }

    /// <summary>A cell holding the first line of <paramref name="exception"/>'s message.</summary>
    public static SuiteMethod Failed(string column, Exception exception)
    {
        Exception inner = exception is System.Reflection.TargetInvocationException { InnerException: { } e } ? e : exception;
        string message = inner.Message.Split('\n', 2)[0].Trim();
        return new SuiteMethod(column, null, null, $"{inner.GetType().Name}: {message}");
    }

    /// <summary>Whether the implementation runs (it has no error).</summary>
    public bool Runs => Error is null;
}
