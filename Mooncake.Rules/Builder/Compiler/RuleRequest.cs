using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>How many passes an entry runs per call of the function, which decides the primal memo.</summary>
internal enum PassesPerCall
{
    /// <summary>One pass per call (a pushforward, a derivative at a point): no memo is ever installed, so the rule reads none.</summary>
    One,

    /// <summary>Several passes of the same primal computation (a gradient, a Jacobian): the rule reads the thread's <see cref="PrimalMemo"/>.</summary>
    Many,
}

/// <summary>The tangent every call of a rule passes for its first <see cref="double"/> argument.</summary>
internal enum Seed
{
    /// <summary>Whatever the caller passes (the tangent parameter).</summary>
    General,

    /// <summary>
    /// The unit direction, at width 1, for the first argument after the receiver: the rule takes it
    /// as a constant and ignores the parameter, so the JIT folds the first chain-rule steps.
    /// </summary>
    Unit,
}

/// <summary>
/// The facts of one call of a derived rule, the one seam between whoever needs a rule (the
/// <c>Forward</c> API's entry points, a derived body calling a callee, run-time dispatch) and the
/// compiler: the method, the chunk width, which arguments carry tangents, how many passes run per
/// call and the seed. Equal requests get the same rule (<see cref="RuleCompiler"/> caches by
/// request); the compiler decides from them, and from nothing else, the memo, the pass scope and
/// which constant arguments it can honour.
/// </summary>
/// <param name="Method">The primal method.</param>
/// <param name="Width">The chunk width.</param>
/// <param name="Activity">Which arguments carry tangents.</param>
/// <param name="Passes">One pass per call or several (the memo).</param>
/// <param name="Seed">The seed of the first double argument.</param>
internal sealed record RuleRequest(MethodBase Method, ChunkWidth Width, ArgumentActivity Activity, PassesPerCall Passes, Seed Seed)
{
    /// <summary>The delegate arguments known to call a given method (<see cref="KnownDelegates"/>).</summary>
    public KnownDelegates Delegates { get; init; }

    /// <summary>The optimisations the rule is built with (all of them unless a test asks for fewer); a rule's callees are built with the same.</summary>
    public CompilerOptions Options { get; init; } = CompilerOptions.All;

    /// <summary>The request of a rule with every argument active and the general seed, with this thread's options (<see cref="CompilerSettings"/>).</summary>
    public static RuleRequest General(MethodBase method, ChunkWidth width, bool memo) =>
        new(method, width, ArgumentActivity.AllActive, memo ? PassesPerCall.Many : PassesPerCall.One, Seed.General) { Options = CompilerSettings.Current };

    /// <summary>Whether the rule reads the thread's <see cref="PrimalMemo"/>: it runs several passes per call, and the memo is on.</summary>
    public bool Memo => Passes == PassesPerCall.Many && Options.HasFlag(CompilerOptions.Memo);

    /// <summary>The argument (IL index) whose tangent is the unit direction, or -1.</summary>
    public int UnitSeededArgument => Seed == Seed.Unit ? (Method.IsStatic ? 0 : 1) : -1;

    /// <summary>The request of a callee of this rule: the same width and passes (a build's callees share its memo variant), the general seed.</summary>
    public RuleRequest ForCallee(MethodBase callee, ArgumentActivity activity, KnownDelegates delegates = default) =>
        new(callee, Width, activity, Passes, Seed.General) { Options = Options, Delegates = delegates };

    /// <summary>This request with another activity.</summary>
    public RuleRequest With(ArgumentActivity activity) => this with { Activity = activity };

    /// <inheritdoc/>
    public override string ToString() =>
        $"{Method.DeclaringType?.Name}.{Method.Name} at {Width.Lanes} lanes, {Activity}, {(Memo ? "memo" : "no memo")}{(Seed == Seed.Unit ? ", unit seed" : "")}{(Delegates.IsEmpty ? "" : $", {Delegates}")}{(Options == CompilerOptions.All ? "" : $", options {Options}")}";
}
