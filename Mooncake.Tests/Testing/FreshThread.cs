using System.Runtime.ExceptionServices;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.Testing;

/// <summary>
/// Runs a call on a thread of its own. The high-level <c>Forward</c> calls keep the thread's last
/// plan; on a new thread there is none, so the call there is a first call, with a plan of its own.
/// </summary>
internal static class FreshThread
{
    /// <summary>
    /// The result of <paramref name="call"/> made on a new thread; its exception, rethrown here.
    /// Without <paramref name="memo"/> the call's passes run without a <see cref="PrimalMemo"/>.
    /// </summary>
    public static T Run<T>(Func<T> call, bool memo = true)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                // The thread ends with the call, so the setting need not be put back.
                PrimalMemo.SuppressedOnThisThread = !memo;
                result = call();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        });
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
