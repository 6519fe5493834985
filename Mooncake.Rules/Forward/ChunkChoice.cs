using System.Runtime.CompilerServices;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// How many directions a chunked pass carries. A requested chunk of 1 to 64 is used as given
/// (rounded up internally to a supported chunk width, the spare lanes zero, results identical).
/// The automatic choice (0) carries all inputs in one pass when there are at most
/// <see cref="AutomaticThreshold"/>, and otherwise passes of <see cref="AutomaticThreshold"/> lanes:
/// two 256-bit vectors of doubles per chunk, which fill the vector registers without spilling on
/// AVX2 and AVX-512 machines alike.
/// </summary>
public static class ChunkChoice
{
    /// <summary>The chunk the automatic choice uses for more inputs than it.</summary>
    public const int AutomaticThreshold = 8;

    /// <summary>The chunk to use for <paramref name="inputs"/> inputs when <paramref name="requested"/> is asked for (0 = automatic).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requested"/> is negative or above 64.</exception>
    /// <param name="inputs">The number of inputs.</param>
    /// <param name="requested">The chunk asked for: 0 for automatic, or 1 to 64.</param>
    /// <param name="name">The caller's name for <paramref name="requested"/>, which the exception names.</param>
    public static int For(int inputs, int requested, [CallerArgumentExpression(nameof(requested))] string name = "")
    {
        if (requested is < 0 or > Tangents.ChunkWidth.MaxWidth)
        {
            throw new ArgumentOutOfRangeException(name, requested, $"The chunk size {requested} is invalid: use 0 for automatic or a size between 1 and {Tangents.ChunkWidth.MaxWidth}.");
        }

        return requested != 0 ? requested : Math.Clamp(inputs, 1, AutomaticThreshold);
    }
}
