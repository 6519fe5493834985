using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

public static partial class Forward
{
    /// <summary>
    /// The debug option: builds the derived rule of <paramref name="f"/> (and of everything it
    /// calls) at <paramref name="chunk"/> lanes into an assembly saved at <paramref name="path"/>
    /// for inspection (ILSpy, ILVerify), verifies it by loading and compiling every method, and
    /// returns a listing of each method's lifted IL, the activity of its variables and the IL
    /// emitted for it. See <see cref="RuleDebugger"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [1, 64].</exception>
    /// <exception cref="UnsupportedILException">The function cannot be differentiated.</exception>
    /// <exception cref="InvalidProgramException">A derived rule's IL is invalid; the message names the method.</exception>
    public static string SaveRule(Delegate f, int chunk, string path)
    {
        ArgumentNullException.ThrowIfNull(f);
        // The rule Forward itself uses: a delegate's target is constant state.
        return RuleDebugger.Save(f.Method, ChunkWidth.Resolve(chunk), path, constantReceiver: f.Target is not null);
    }
}
