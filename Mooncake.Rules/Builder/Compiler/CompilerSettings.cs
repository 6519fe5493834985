namespace Mooncake.Rules.Builder;

/// <summary>
/// The optimisations the <c>Forward</c> API's requests are made with on this thread: all of them,
/// unless a test asks for fewer (<see cref="Use"/>) to compare each optimisation with the reference
/// level. Entry points, plans and run-time dispatch sites remember the options they were built
/// with, so a rule built at one level never serves a request at another.
/// </summary>
internal static class CompilerSettings
{
    [ThreadStatic]
    private static CompilerOptions? t_options;

    /// <summary>The options of requests made on this thread now.</summary>
    public static CompilerOptions Current => t_options ?? CompilerOptions.All;

    /// <summary>Makes requests on this thread use <paramref name="options"/> until the returned scope is disposed.</summary>
    public static Scope Use(CompilerOptions options)
    {
        var scope = new Scope(t_options);
        t_options = options;
        return scope;
    }

    /// <summary>Restores the options that were current before <see cref="Use"/>.</summary>
    internal readonly struct Scope(CompilerOptions? previous) : IDisposable
    {
        /// <inheritdoc/>
        public void Dispose() => t_options = previous;
    }
}
