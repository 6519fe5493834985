using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The compiler's one cache of derived rules, keyed by <see cref="RuleRequest"/>: every rule anyone
/// needs (an entry point, a derived body's callee, run-time dispatch, a delegate's rule) comes from
/// <see cref="Get"/>. A request that misses runs one <see cref="RuleBuild"/>, which builds the rule
/// and every callee rule it needs that is not built yet.
/// </summary>
/// <remarks>
/// Building is serialised by one lock. Rules become visible to other threads only when the whole
/// build they belong to has completed, so no thread can call a body still being emitted. The
/// cache is owned by <see cref="CompilerCaches"/>: a rule registered for a method the compiler has
/// looked up clears it.
/// </remarks>
internal static class RuleCompiler
{
    private static readonly ConcurrentDictionary<RuleRequest, DerivedRule> Completed = new();
    private static readonly Lock BuildLock = new();

    static RuleCompiler()
    {
        CompilerCaches.Register(Completed.Clear);

        // LINQ rules meeting a lazy sequence with a tangent enumerate it through derived code.
        SequenceMaterialiser.Install();
    }

    /// <summary>The rule of <paramref name="request"/>, or of the request the compiler honours in its place (see <see cref="RuleBuild.Honour"/>).</summary>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated; the message says where and why.</exception>
    public static DerivedRule Get(RuleRequest request)
    {
        ArgumentNullException.ThrowIfNull(request.Method);
        ArgumentNullException.ThrowIfNull(request.Width);
        CompilerCaches.EnsureCurrent();
        if (Completed.TryGetValue(request, out DerivedRule? rule))
        {
            return rule;
        }

        lock (BuildLock)
        {
            RuleBuild build = NewBuild();
            rule = build.Get(request);
            Publish(build);

            // The request as asked for finds the rule it was honoured with, without a build.
            Completed.TryAdd(request, rule);
            return rule;
        }
    }

    /// <summary>
    /// Emits <paramref name="request"/>'s body into an entry's loop (see <see cref="RuleBuild.TryEmitInline"/>).
    /// </summary>
    /// <returns>The locals the body declared, or null, with nothing emitted, where the method does not qualify.</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public static IReadOnlyList<LocalBuilder>? TryEmitInline(RuleRequest request, ILGenerator il, InlineBody inline)
    {
        CompilerCaches.EnsureCurrent();
        lock (BuildLock)
        {
            RuleBuild build = NewBuild();
            IReadOnlyList<LocalBuilder>? locals = build.TryEmitInline(request, il, inline);
            Publish(build);
            return locals;
        }
    }

    /// <summary>
    /// Emits <paramref name="request"/>'s rule into an entry point whose parameters are the split
    /// ones after leading ones the body ignores (see <see cref="RuleBuild.TryEmitAsEntry"/>).
    /// </summary>
    /// <returns>False, with nothing emitted, where the method does not qualify.</returns>
    /// <exception cref="UnsupportedILException">The method, or a method it calls, cannot be differentiated.</exception>
    public static bool TryEmitAsEntry(RuleRequest request, ILGenerator il, SplitSignature signature)
    {
        CompilerCaches.EnsureCurrent();
        lock (BuildLock)
        {
            RuleBuild build = NewBuild();
            bool emitted = build.TryEmitAsEntry(request, il, signature);
            Publish(build);
            return emitted;
        }
    }

    private static RuleBuild NewBuild() => new(DefineDynamic, r => Completed.TryGetValue(r, out DerivedRule? done) ? done : null);

    // Only a build that completed is published; whether its rules need a pass scope first, so
    // that an entry point built for a published rule finds the answer.
    private static void Publish(RuleBuild build)
    {
        ScopeUse.Publish(build.ScopeUses);
        foreach ((RuleRequest request, DerivedRule rule) in build.Built)
        {
            Completed[request] = rule;
        }
    }

    private static (MethodInfo, ILGenerator) DefineDynamic(RuleRequest request, SplitSignature signature)
    {
        MethodBase method = request.Method;
        var rule = new DynamicMethod(
            $"d{method.DeclaringType?.Name}.{method.Name}",
            signature.ReturnType,
            signature.Parameters,
            typeof(RuleCompiler).Module,
            skipVisibility: true);
        return (rule, rule.GetILGenerator());
    }
}
