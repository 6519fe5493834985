namespace Mooncake.Perf.Bounds;

/// <summary>
/// One workload of <see cref="BoundRows"/>: its primal, its derived rule, and hand-written code
/// that bounds what the derived rule can reach, timed side by side (the first method is the primal).
/// </summary>
/// <param name="Workload">The suite row.</param>
/// <param name="Target">The ratio issue 5 asks for.</param>
/// <param name="Reading">What the floors show, in a sentence.</param>
/// <param name="Methods">The primal first, then the derived rule, then the floors.</param>
public sealed record BoundComparison(string Workload, double Target, string Reading, IReadOnlyList<(string Method, Func<double> Run)> Methods);
