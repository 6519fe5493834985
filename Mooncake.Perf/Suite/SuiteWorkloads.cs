using Mooncake.Perf.Builder;
using Mooncake.Perf.Suite.MooncakeJl;

namespace Mooncake.Perf.Suite;

/// <summary>The one list of suite rows, in issue 5's order. Building a row builds its derived rules, so a refusal by the rule builder lands in that row's cells.</summary>
public static class SuiteWorkloads
{
    /// <summary>Builds the rows one at a time.</summary>
    public static IEnumerable<Func<SuiteWorkload>> All()
    {
        yield return BuilderWorkloads.Gradient<Rosenbrock>;
        yield return BuilderWorkloads.Gradient<Ackley>;
        yield return BuilderWorkloads.SinCosExp;
        yield return SmallMlpWorkload.Create;
        yield return BuilderWorkloads.ScalarChainPoints;
        foreach (Func<SuiteWorkload> row in MooncakeJlSuite.Rows())
        {
            yield return row;
        }

        foreach (Func<SuiteWorkload> row in UserSimdWorkloads.Rows())
        {
            yield return row;
        }
    }
}
