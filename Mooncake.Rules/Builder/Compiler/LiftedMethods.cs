using System.Collections.Concurrent;
using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Every method read and lifted once: the analyses and the emitter of every request for a method
/// (its rules at each width, activity and seed, its summaries) share one <see cref="LiftedMethod"/>,
/// which nothing changes after lifting.
/// </summary>
internal static class LiftedMethods
{
    private static readonly ConcurrentDictionary<MethodBase, LiftedMethod> Lifted = new();

    /// <summary>The lifted body of <paramref name="method"/>.</summary>
    /// <exception cref="UnsupportedILException">The body cannot be read or lifted (the failure is not cached, so each caller sees it).</exception>
    public static LiftedMethod Of(MethodBase method) => Lifted.GetOrAdd(method, StackLifter.Lift);

    /// <summary>Forgets every lifted method (see <see cref="RuleCompiler"/>'s version).</summary>
    internal static void Clear() => Lifted.Clear();
}
