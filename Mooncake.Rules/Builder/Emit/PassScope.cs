using System.ComponentModel;
using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// One pass of a derived rule on one thread: while a pass runs, the zero tangent a derived rule
/// materialises for an object that reached it without one (an array read from a static field, an
/// object returned by a call without active arguments) is the same object at every read, so an
/// active value written into that object is there when it is read back. Each pass starts with
/// none: static data is constant at the start of every pass.
/// </summary>
/// <remarks>
/// Without the scope each read materialised a fresh zero tangent, and
/// <c>Buffer[0] = x[0] * x[1]; return Buffer[0];</c> over a static <c>Buffer</c> lost its derivative.
/// The <c>Forward</c> entry points open a scope around each call of a derived rule; outside one
/// (a rule called directly), reads get fresh zeros as before. Public (but hidden) because the
/// persisted-assembly debug path calls it like ordinary code.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class PassScope
{
    [ThreadStatic]
    private static int t_depth;

    [ThreadStatic]
    private static Dictionary<(object Primal, int Width), object>? t_zeros;

    /// <summary>Opens a scope (scopes nest; the outermost one owns the tangents).</summary>
    public static void Enter() => t_depth++;

    /// <summary>Closes a scope; closing the outermost forgets its tangents.</summary>
    public static void Exit()
    {
        if (--t_depth == 0 && t_zeros is { Count: > 0 } zeros)
        {
            zeros.Clear();
        }
    }

    /// <summary>The zero tangent of <paramref name="primal"/> at <c>ChunkWidth.All[width]</c>, the same object throughout the current pass.</summary>
    internal static object ZeroOf(object primal, int width)
    {
        if (t_depth == 0 || primal.GetType().IsValueType)
        {
            return Fresh(primal, width);
        }

        Dictionary<(object, int), object> zeros = t_zeros ??= new(IdentityComparer.Instance);
        if (!zeros.TryGetValue((primal, width), out object? tangent))
        {
            tangent = Fresh(primal, width);
            zeros.Add((primal, width), tangent);
        }

        return tangent;
    }

    private static object Fresh(object primal, int width) => TangentSpace.Of(primal.GetType(), ChunkWidth.All[width]).Zero(primal)!;

    // Objects by identity: a primal's Equals (a record, a struct-like class) must not merge two objects' tangents.
    private sealed class IdentityComparer : IEqualityComparer<(object Primal, int Width)>
    {
        public static readonly IdentityComparer Instance = new();

        public bool Equals((object Primal, int Width) a, (object Primal, int Width) b) => ReferenceEquals(a.Primal, b.Primal) && a.Width == b.Width;

        public int GetHashCode((object Primal, int Width) key) => HashCode.Combine(RuntimeHelpers.GetHashCode(key.Primal), key.Width);
    }
}
