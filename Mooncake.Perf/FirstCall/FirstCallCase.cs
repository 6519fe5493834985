namespace Mooncake.Perf.FirstCall;

/// <summary>
/// One case of the first-call measurement, run in a fresh process: the primal called once first
/// (loading its assembly and compiling it, which a program pays with or without AD), then the
/// derivative twice, the first call paying for building the rules.
/// </summary>
/// <param name="Name">The case's name on the command line (<c>firstcall --child NAME</c>).</param>
/// <param name="Description">What the derivative call does, for the table.</param>
/// <param name="Primal">One call of the plain function.</param>
/// <param name="Derivative">One derivative call from the public API, preparation included; returns a derivative.</param>
public sealed record FirstCallCase(string Name, string Description, Func<double> Primal, Func<double> Derivative);
