using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// What a prepared plan was prepared for: the function, the shape of its arguments, the chunk,
/// whether its passes run in parallel, and the compiler it was built by (the options and the rule
/// registry's version). The high-level calls reuse the thread's last plan only when its key
/// matches the call at hand.
/// </summary>
/// <remarks>
/// The function matches by its method and its target, the same object (not an equal one): the plan
/// calls the derived rule with the target it was prepared with and holds that target's tangent.
/// Comparing the delegate itself would miss the common case of a method group converted anew at
/// every call site.
/// </remarks>
internal readonly struct PlanKey
{
    private readonly Delegate _function;
    private readonly int _length, _other, _chunk;
    private readonly bool _parallel;
    private readonly CompilerOptions _options = CompilerSettings.Current;

    // A rule registered since (for a method the compiler had looked up) makes a new plan.
    private readonly int _registry = RuleRegistry.Version;

    /// <param name="function">The function the plan runs.</param>
    /// <param name="length">The length of its input (the rows of a matrix input).</param>
    /// <param name="other">The second extent of the shape: a matrix input's columns, an in-place function's output length; 0 where there is none.</param>
    /// <param name="chunk">The directions each pass carries.</param>
    /// <param name="parallel">Whether the passes run on several threads.</param>
    public PlanKey(Delegate function, int length, int other, int chunk, bool parallel)
    {
        _function = function;
        _length = length;
        _other = other;
        _chunk = chunk;
        _parallel = parallel;
    }

    /// <summary>Whether a plan with this key serves <paramref name="function"/> for the given shape, chunk and parallel flag (parameters as the constructor's).</summary>
    public bool Matches(Delegate function, int length, int other, int chunk, bool parallel) =>
        function.Method == _function.Method && ReferenceEquals(function.Target, _function.Target)
        && length == _length && other == _other && chunk == _chunk && parallel == _parallel && _options == CompilerSettings.Current && _registry == RuleRegistry.Version;
}
