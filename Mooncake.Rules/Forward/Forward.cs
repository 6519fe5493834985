using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Derivatives of ordinary compiled C#: hand a delegate to your code and get exact derivatives.
/// The first call for a function builds its derived rule (from the method's IL) and caches it.
/// </summary>
public static partial class Forward
{
    /// <summary>The derivative of <paramref name="f"/> at <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="Builder.UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double Derivative(Func<double, double> f, double x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ScalarEntry<Chunk1> entry = EntryPoints.Scalar<Chunk1>(f.Method);
        _ = entry(f.Target, EntryPoints.ZeroTangentOfTarget(f.Target, ChunkWidth.Resolve(1)), x, Chunk1.OneHot(0, 1.0), out Chunk1 derivative);
        return derivative[0];
    }
}
