using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// The plan of kind <typeparamref name="TPlan"/> that a high-level <see cref="Forward"/> call used
/// last on this thread, so that repeated calls for the same function and shape reuse its rule,
/// workspaces and workers and allocate only their result.
/// </summary>
/// <remarks>
/// A call takes the plan out of the slot while it runs and puts it (or the one it prepared
/// instead) back when it ends, also when the function throws: a call reentering on the same thread
/// then finds the slot empty and prepares its own rather than sharing one mid-evaluation, and
/// threads calling at once each have their own slot. The slot keeps that plan's function (its
/// closure) and workspaces (seed blocks of about length × chunk doubles and a memo per worker)
/// alive until the thread's next call of the kind for another function or shape.
/// </remarks>
internal static class LastPlan<TPlan>
    where TPlan : class
{
    [ThreadStatic]
    private static TPlan? t_plan;

    /// <summary>Takes this thread's last plan out of the slot (null if there is none).</summary>
    public static TPlan? Take()
    {
        TPlan? plan = t_plan;
        t_plan = null;
        return plan;
    }

    /// <summary>Puts <paramref name="plan"/> in the slot, for the thread's next call.</summary>
    public static void Keep(TPlan plan) => t_plan = plan;
}
