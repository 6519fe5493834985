namespace Mooncake.Perf.Baseline;

/// <summary>
/// A fixed-size buffer of <see cref="Width"/> doubles holding the partials of a
/// <see cref="BaselineDual{TPartials}"/>. C# has no const generics, so each width is one
/// <c>[InlineArray]</c> struct and this interface carries the width at the type level; the JIT
/// specialises generic code per buffer type and sees <see cref="Width"/> as a constant.
/// </summary>
/// <typeparam name="TSelf">The implementing buffer type.</typeparam>
public interface IPartials<TSelf>
    where TSelf : struct, IPartials<TSelf>
{
    /// <summary>The number of partials (lanes).</summary>
    static abstract int Width { get; }
}
