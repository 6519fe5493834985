using System.Reflection;

namespace Mooncake.Rules.Builder;

/// <summary>
/// A fact of a <see cref="RuleRequest"/>: which delegate arguments are known, at the call site, to
/// call which method (a lambda built there, <c>new Func&lt;double, double&gt;(closure.Method)</c>,
/// handed to an integrator or a solver). The callee's rule then calls that method's rule directly
/// where it invokes the argument, instead of finding it through the dispatch cache on every call.
/// </summary>
/// <remarks>
/// Value equality by content, so requests with the same facts share a rule. Only delegates bound to
/// an instance method of a class with <c>ldftn</c> (not <c>ldvirtftn</c>) are known: such a
/// delegate calls exactly that method on its target.
/// </remarks>
internal readonly struct KnownDelegates : IEquatable<KnownDelegates>
{
    private readonly (int Argument, MethodInfo Method)[]? _known;

    private KnownDelegates((int Argument, MethodInfo Method)[] known) => _known = known.Length == 0 ? null : known;

    /// <summary>No fact.</summary>
    public static KnownDelegates None => default;

    /// <summary>Whether there is no fact.</summary>
    public bool IsEmpty => _known is null;

    /// <summary>The method the delegate in IL argument <paramref name="argument"/> calls, or null.</summary>
    public MethodInfo? TargetOf(int argument)
    {
        foreach ((int a, MethodInfo m) in _known ?? [])
        {
            if (a == argument)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>These facts and IL argument <paramref name="argument"/> calling <paramref name="method"/>.</summary>
    public KnownDelegates With(int argument, MethodInfo method) =>
        new([.. (_known ?? []).Where(k => k.Argument != argument).Append((Argument: argument, Method: method)).OrderBy(k => k.Argument)]);

    /// <summary>These facts without the ones <paramref name="keep"/> rejects.</summary>
    public KnownDelegates Where(Func<int, bool> keep) => _known is null ? this : new([.. _known.Where(k => keep(k.Argument))]);

    /// <inheritdoc/>
    public bool Equals(KnownDelegates other) =>
        ReferenceEquals(_known, other._known) || (_known is { } a && other._known is { } b && a.AsSpan().SequenceEqual(b));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is KnownDelegates other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach ((int a, MethodInfo m) in _known ?? [])
        {
            hash.Add(a);
            hash.Add(m);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() => _known is null ? "" : string.Join(", ", _known.Select(k => $"argument {k.Argument} calls {k.Method.DeclaringType?.Name}.{k.Method.Name}"));
}
