using System.Collections.Concurrent;
using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The dual functions of delegate arguments, for rules such as <c>Enumerable.Sum(source, selector)</c>
/// that call a function the user passes: a delegate to a method with a registered rule (a method
/// group such as <c>Math.Exp</c>, or any method with a user rule) uses that rule; any other
/// delegate goes to <see cref="Provider"/>, which the rule builder sets.
/// </summary>
public static class DelegateRules
{
    private static readonly ConcurrentDictionary<(MethodInfo Method, Type Delegate), Delegate> StaticRules = new();

    /// <summary>Builds rules for delegates whose method has no registered rule; null until the rule builder installs one.</summary>
    public static IDelegateRuleProvider? Provider { get; set; }

    /// <summary>The dual function of <paramref name="function"/> at the width of <typeparamref name="TChunk"/>.</summary>
    /// <exception cref="NotSupportedException">Neither a registered rule nor the provider can differentiate the delegate.</exception>
    public static Func<Dual<TChunk>, Dual<TChunk>> Unary<TChunk>(Func<double, double> function)
        where TChunk : struct, IChunk<TChunk, double>
        => Resolve<Func<Dual<TChunk>, Dual<TChunk>>>(function, ChunkWidth.Of<TChunk>());

    /// <summary>The dual function of the two-argument <paramref name="function"/> at the width of <typeparamref name="TChunk"/>.</summary>
    /// <exception cref="NotSupportedException">Neither a registered rule nor the provider can differentiate the delegate.</exception>
    public static Func<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>> Binary<TChunk>(Func<double, double, double> function)
        where TChunk : struct, IChunk<TChunk, double>
        => Resolve<Func<Dual<TChunk>, Dual<TChunk>, Dual<TChunk>>>(function, ChunkWidth.Of<TChunk>());

    private static TDual Resolve<TDual>(Delegate function, ChunkWidth width)
        where TDual : Delegate
    {
        ArgumentNullException.ThrowIfNull(function);
        if (function.GetInvocationList().Length > 1)
        {
            throw new NotSupportedException("A multicast delegate has no single result to differentiate.");
        }

        MethodInfo method = function.Method;
        if (function.Target is null && RuleRegistry.TryFind(method, out Rule? rule) && rule is not null)
        {
            return (TDual)StaticRules.GetOrAdd((method, typeof(TDual)), key => rule.Instantiate(width).CreateDelegate(key.Delegate));
        }

        return Provider?.TryGetRule(method, function.Target, width, typeof(TDual)) as TDual
            ?? throw new NotSupportedException(
                $"The delegate to {method.DeclaringType?.Name}.{method.Name} has no registered rule, and differentiating lambdas and closures needs the rule builder (not installed).");
    }
}
