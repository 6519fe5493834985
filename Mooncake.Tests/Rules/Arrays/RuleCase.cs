using System.Reflection;
using Mooncake.Rules.Testing;

namespace Mooncake.Tests.Rules.Arrays;

/// <summary>One run of <see cref="RuleTester"/>: a named primal, a fresh set of arguments, and the options.</summary>
public sealed record RuleCase(string Name, MethodInfo Primal, Func<object?[]> Arguments, RuleTestOptions? Options = null)
{
    /// <summary>Runs the harness on this case.</summary>
    public void Run() => RuleTester.TestRule(Primal, Arguments(), Options ?? new RuleTestOptions());

    /// <summary>The method <paramref name="name"/> of <paramref name="type"/> with exactly these parameter types.</summary>
    public static MethodInfo Method(Type type, string name, params Type[] parameters) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static | BindingFlags.Instance, parameters)
        ?? throw new InvalidOperationException($"{type.Name}.{name}({string.Join(", ", parameters.Select(p => p.Name))}) does not exist.");

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>A list of harness cases, one catalogue per family of rules.</summary>
public interface IRuleCatalogue
{
    /// <summary>The cases, built afresh.</summary>
    static abstract IEnumerable<RuleCase> All();
}
