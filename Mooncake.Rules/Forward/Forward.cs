using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// Derivatives of ordinary compiled C#: hand a delegate to your code and get exact derivatives,
/// with up to 64 directions per pass on SIMD lanes. The first call for a function builds its
/// derived rule from the method's IL and caches it per (method, width); later calls only look
/// it up. Inputs are never modified. All members are thread-safe.
/// </summary>
/// <remarks>
/// A function that captures variables (a closure, or a method of an object) is differentiated
/// with respect to its arguments only: captured state is constant at the start of every pass.
/// Where the function only reads that state, no tangent work is spent on it (a captured weight
/// times an input is a scaling). Where it writes values that carry derivatives into it (a scratch
/// buffer), those are followed within the pass, and the state gets a fresh zero tangent each pass,
/// which allocates in proportion to it.
/// </remarks>
[TakesDerivatives]
public static partial class Forward
{
    private static readonly ChunkWidth One = ChunkWidth.Resolve(1);

    /// <summary>The derivative of <paramref name="f"/> at <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double Derivative(Func<double, double> f, double x)
    {
        ArgumentNullException.ThrowIfNull(f);

        // One point of a DerivativePlan's loop: the same rule, built for the unit direction.
        double value = 0.0, derivative = 0.0;
        PointEntries.For(f.Method)(f.Target, EntryPoints.ZeroTangentOfTarget(f.Target, One), ref x, ref value, ref derivative, 1);
        return derivative;
    }

    /// <summary>The derivative of the array-valued <paramref name="f"/> at <paramref name="x"/>: element i is <c>d f(x)[i] / dx</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[] Derivative(Func<double, double[]> f, double x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ScalarToArray<Chunk1> entry = EntryPoints.For<ScalarToArray<Chunk1>>(f.Method, memo: false);
        _ = entry(f.Target, EntryPoints.ZeroTangentOfTarget(f.Target, One), x, Chunk1.OneHot(0, 1.0), out ArrayTangent<Chunk1, double> derivative);
        return [.. derivative.Block];
    }

    /// <summary>
    /// The derivative with respect to <paramref name="x"/> of what <paramref name="f"/> writes into
    /// <paramref name="y"/>; <paramref name="y"/> holds <c>f</c>'s result afterwards.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="y"/> is null.</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[] Derivative(Action<double[], double> f, double[] y, double x)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(y);
        ScalarIntoArray<Chunk1> entry = EntryPoints.For<ScalarIntoArray<Chunk1>>(f.Method, memo: false);
        var derivative = new ArrayTangent<Chunk1, double>(y.Length);
        entry(f.Target, EntryPoints.ZeroTangentOfTarget(f.Target, One), y, derivative, x, Chunk1.OneHot(0, 1.0));
        return derivative.Block;
    }

    /// <summary>A prepared derivative of <paramref name="f"/>: each evaluation allocates nothing.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static DerivativePlan PrepareDerivative(Func<double, double> f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new DerivativePlan(f);
    }

    internal static void RequireInputs(double[] x, string name)
    {
        ArgumentNullException.ThrowIfNull(x, name);
        if (x.Length == 0)
        {
            throw new ArgumentException("The input array is empty: there is nothing to differentiate with respect to.", name);
        }
    }
}
