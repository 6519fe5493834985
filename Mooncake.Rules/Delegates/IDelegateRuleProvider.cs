using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Supplies the forward rule of a method that has no registered rule (a lambda, a closure, any
/// user method), for rules that receive delegates: the rule builder implements it by deriving
/// the rule from the method's IL.
/// </summary>
public interface IDelegateRuleProvider
{
    /// <summary>
    /// A delegate of type <paramref name="dualDelegateType"/> computing the forward rule of
    /// <paramref name="method"/> on <paramref name="target"/> at <paramref name="width"/>, or null
    /// if this provider cannot build one.
    /// </summary>
    Delegate? TryGetRule(MethodInfo method, object? target, ChunkWidth width, Type dualDelegateType);
}
