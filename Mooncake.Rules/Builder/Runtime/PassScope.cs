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

    // One memo per width: the zeros of a pass share their objects' tangents (TangentMemo), so a
    // static array and a static object holding it get one tangent for the array.
    [ThreadStatic]
    private static TangentMemo?[]? t_zeros;

    [ThreadStatic]
    private static bool t_used;

    /// <summary>Opens a scope (scopes nest; the outermost one owns the tangents).</summary>
    public static void Enter() => t_depth++;

    /// <summary>Closes a scope; closing the outermost forgets its tangents.</summary>
    public static void Exit()
    {
        if (--t_depth == 0 && t_used)
        {
            foreach (TangentMemo? memo in t_zeros!)
            {
                memo?.Clear();
            }

            t_used = false;
        }
    }

    /// <summary>The zero tangent of <paramref name="primal"/> at <c>ChunkWidth.All[width]</c>, the same object throughout the current pass.</summary>
    internal static object ZeroOf(object primal, int width)
    {
        if (t_depth == 0 || primal.GetType().IsValueType)
        {
            return Fresh(primal, width);
        }

        TangentMemo?[] memos = t_zeros ??= new TangentMemo?[ChunkWidth.All.Count];
        t_used = true;
        return TangentSpace.Of(primal.GetType(), ChunkWidth.All[width]).Zero(primal, memos[width] ??= new TangentMemo())!;
    }

    private static object Fresh(object primal, int width) => TangentSpace.Of(primal.GetType(), ChunkWidth.All[width]).Zero(primal)!;
}
