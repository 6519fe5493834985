using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// What an analysis of one method needs to know about the methods it calls: whether a callee
/// produces tangents even when no argument carries one, and whether a callee keeps an argument
/// constant (writes no derivative into what it reaches, returns and stores none of it). Two sets of
/// answers: the precise ones a rule is built with, and pessimistic ones for the summaries that the
/// precise answers rest on, so that no summary depends on itself through the other.
/// </summary>
internal sealed class CallFacts
{
    private readonly Func<MethodBase, bool> _activeWithoutInputs;

    private CallFacts(Func<MethodBase, bool> activeWithoutInputs) => _activeWithoutInputs = activeWithoutInputs;

    /// <summary>
    /// The answers rules are built with: a callee produces tangents from no active argument when it
    /// reads, directly or through its callees, a static field whose data derived code may write
    /// derivatives into (<see cref="PrimalSafety"/>).
    /// </summary>
    public static CallFacts Precise { get; } = new(callee => !PrimalSafety.CanRunPrimal(callee));

    /// <summary>
    /// The answers summaries are computed with: every callee whose rule would be derived from its
    /// IL and that reads static data at all (<see cref="PrimalSafety.ReadsNoStaticData"/>) is taken to
    /// produce tangents from no active argument. Sound for the summaries (more activity can only
    /// break more), and free of <see cref="StaticConstancy"/>, which rests on summaries.
    /// </summary>
    public static CallFacts Pessimistic { get; } = new(callee => !PrimalSafety.ReadsNoStaticData(callee));

    /// <summary>
    /// Calls carry derivatives only from their arguments: for deciding which static fields receive
    /// values that carry derivatives (<see cref="StaticShadowing"/>), where a lazily built cache
    /// (<c>s_points = Generate(order, 1e-10)</c>) must stay constant. A store this misses (a callee
    /// without active arguments returning a shadowed field's value) is refused by the emitter.
    /// </summary>
    public static CallFacts ArgumentsOnly { get; } = new(_ => false);

    /// <summary>Whether a call of <paramref name="callee"/> with no active argument still runs its derived rule and may return a tangent.</summary>
    public bool ActiveWithoutInputs(MethodBase callee) => _activeWithoutInputs(callee);

    /// <summary>Whether reads of the static field <paramref name="field"/> may carry a derivative: a shadowed field (<see cref="StaticShadowing"/>).</summary>
    public static bool ReceivesDerivatives(FieldInfo field) => StaticShadowing.IsShadowed(field);

    /// <summary>Whether <paramref name="callee"/> keeps IL argument <paramref name="argument"/> constant when a caller passes it so (<see cref="ConstantArguments"/>).</summary>
    public static bool KeepsConstant(MethodBase callee, int argument) => ConstantArguments.CanStayConstant(callee, argument);
}
