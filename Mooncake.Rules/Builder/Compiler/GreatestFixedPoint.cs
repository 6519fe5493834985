namespace Mooncake.Rules.Builder;

/// <summary>
/// A property of methods that holds unless a method's own code breaks it, where a method may
/// depend on the property of others, recursion included ("this argument is never written with a
/// value that carries a derivative", "this method reads no tainted static"): the greatest fixed
/// point. A key being evaluated is assumed to hold when it is met again (recursion that breaks
/// nothing breaks nothing); a false answer is final at once (assuming more keys true can only make
/// more keys true), a true one only when no assumption it rested on turned out false, otherwise the
/// whole query is evaluated again with that key known false.
/// </summary>
/// <typeparam name="TKey">What the property is of.</typeparam>
internal sealed class GreatestFixedPoint<TKey>
    where TKey : notnull
{
    private readonly Func<TKey, bool> _evaluate;
    private readonly Dictionary<TKey, bool> _final = [];
    private readonly Dictionary<TKey, bool> _provisional = [];
    private readonly HashSet<TKey> _inProgress = [];
    private readonly HashSet<TKey> _assumed = [];
    private readonly Lock _gate = new();
    private bool _contradicted;
    private int _depth;

    /// <summary>Prepares the property whose value for one key <paramref name="evaluate"/> computes, querying others through <see cref="Holds"/>.</summary>
    public GreatestFixedPoint(Func<TKey, bool> evaluate) => _evaluate = evaluate;

    /// <summary>Whether the property holds for <paramref name="key"/>.</summary>
    public bool Holds(TKey key)
    {
        lock (_gate)
        {
            if (_final.TryGetValue(key, out bool known))
            {
                return known;
            }

            if (_depth > 0)
            {
                return Evaluate(key);
            }

            while (true)
            {
                _provisional.Clear();
                _assumed.Clear();
                _contradicted = false;
                bool holds;
                try
                {
                    holds = Evaluate(key);
                }
                finally
                {
                    _inProgress.Clear();
                    _depth = 0;
                }

                if (!_contradicted)
                {
                    foreach ((TKey confirmed, bool value) in _provisional)
                    {
                        _final[confirmed] = value;
                    }

                    return holds;
                }
            }
        }
    }

    /// <summary>Forgets every answer (see <see cref="CompilerCaches"/>).</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _final.Clear();
        }
    }

    private bool Evaluate(TKey key)
    {
        if (_final.TryGetValue(key, out bool known) || _provisional.TryGetValue(key, out known))
        {
            return known;
        }

        if (!_inProgress.Add(key))
        {
            _assumed.Add(key);
            return true;
        }

        _depth++;
        bool holds = _evaluate(key);
        _depth--;
        _inProgress.Remove(key);
        if (holds)
        {
            _provisional[key] = true;
        }
        else
        {
            _final[key] = false;
            _contradicted |= _assumed.Contains(key);
        }

        return holds;
    }
}
