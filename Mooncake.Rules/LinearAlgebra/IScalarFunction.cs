using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// A scalar function applied element by element by <see cref="LinearAlgebra.Map{TFunction}(double[])"/>,
/// written as a struct with static members (as TensorPrimitives' operators are) so the loop is
/// compiled once per function with the calls inlined. It carries its own derivative: the generic
/// overload evaluates the function on a dual number.
/// </summary>
/// <example>
/// <code>
/// readonly struct Softplus : IScalarFunction
/// {
///     public static double Invoke(double x) => Math.Log(1 + Math.Exp(x));
///     public static Dual&lt;TChunk&gt; Invoke&lt;TChunk&gt;(Dual&lt;TChunk&gt; x) where TChunk : struct, IChunk&lt;TChunk, double&gt;
///         => Dual&lt;TChunk&gt;.Log(1 + Dual&lt;TChunk&gt;.Exp(x));
/// }
/// double[] y = LinearAlgebra.Map&lt;Softplus&gt;(x);
/// </code>
/// </example>
public interface IScalarFunction
{
    /// <summary>The function at <paramref name="x"/>.</summary>
    static abstract double Invoke(double x);

    /// <summary>
    /// The function at the dual <paramref name="x"/>: its value must be <see cref="Invoke(double)"/>
    /// at <c>x.Value</c> bit for bit, and its partials the derivative times <c>x.Partials</c>.
    /// </summary>
    static abstract Dual<TChunk> Invoke<TChunk>(Dual<TChunk> x)
        where TChunk : struct, IChunk<TChunk, double>;
}

/// <summary>
/// A scalar function of two arguments applied element by element by
/// <see cref="LinearAlgebra.Zip{TFunction}(double[], double[])"/>; see <see cref="IScalarFunction"/>.
/// </summary>
public interface IBinaryScalarFunction
{
    /// <summary>The function at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    static abstract double Invoke(double x, double y);

    /// <summary>
    /// The function at the duals <paramref name="x"/> and <paramref name="y"/>: its value must be
    /// <see cref="Invoke(double, double)"/> at their values bit for bit.
    /// </summary>
    static abstract Dual<TChunk> Invoke<TChunk>(Dual<TChunk> x, Dual<TChunk> y)
        where TChunk : struct, IChunk<TChunk, double>;
}
