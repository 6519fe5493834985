namespace Mooncake.Rules.Builder;

/// <summary>
/// The owner of every cache of compiled code (rules by request, entry points, dispatch adapters,
/// selector sums, summaries): each registers how to clear itself, and all are cleared together
/// when the rule registry changes, so that a rule registered after a function was differentiated is
/// seen by every later request, for the function's callees as much as for the function itself.
/// </summary>
/// <remarks>
/// Code already handed out (a prepared plan, a delegate in a running pass) keeps the rules it was
/// built with; only requests made after the change see it.
/// </remarks>
internal static class CompilerCaches
{
    private static readonly List<Action> Clears = [];
    private static readonly Lock Gate = new();
    private static int _version = RuleRegistry.Version;

    /// <summary>Registers a cache; <paramref name="clear"/> forgets everything it holds.</summary>
    public static void Register(Action clear)
    {
        lock (Gate)
        {
            Clears.Add(clear);
        }
    }

    /// <summary>Clears every cache if a rule was registered since they were filled. Cheap when nothing changed: one comparison.</summary>
    public static void EnsureCurrent()
    {
        int registry = RuleRegistry.Version;
        if (Volatile.Read(ref _version) == registry)
        {
            return;
        }

        lock (Gate)
        {
            if (_version == registry)
            {
                return;
            }

            foreach (Action clear in Clears)
            {
                clear();
            }

            Volatile.Write(ref _version, registry);
        }
    }
}
