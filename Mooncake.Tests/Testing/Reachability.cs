using System.Runtime.CompilerServices;

namespace Mooncake.Tests.Testing;

/// <summary>Whether something a test handed to the library is still reachable after the call, for plans that must not keep the caller's arrays alive.</summary>
internal static class Reachability
{
    /// <summary>
    /// Makes an object with <paramref name="make"/>, hands it to <paramref name="use"/>, drops it
    /// and collects: whether it was collected, that is, nothing <paramref name="use"/> called
    /// kept a reference to it.
    /// </summary>
    public static bool CollectedAfter<T>(Func<T> make, Action<T> use)
        where T : class
    {
        WeakReference weak = Use(make, use);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return !weak.IsAlive;
    }

    // Not inlined: the object must be held by no local of the caller (Debug builds keep locals alive to the method's end).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Use<T>(Func<T> make, Action<T> use)
        where T : class
    {
        T value = make();
        use(value);
        return new WeakReference(value);
    }
}
