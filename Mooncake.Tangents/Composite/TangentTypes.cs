namespace Mooncake.Tangents;

/// <summary>
/// The entry points that map a primal type to its tangent type and its dual type at a width.
/// There is exactly one tangent type per (primal type, width).
/// </summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>primal</term><description>tangent at width N</description></listheader>
/// <item><term><c>double</c>, <c>float</c></term><description>the width's chunk type (e.g. <see cref="Chunk8"/>, <see cref="FloatChunk8"/>)</description></item>
/// <item><term><c>double[]</c>, <c>float[]</c></term><description><see cref="ArrayTangent{TChunk, T}"/>: one chunk-major block</description></item>
/// <item><term><c>double[,]</c>, <c>float[,]</c></term><description><see cref="MatrixTangent{TChunk, T}"/></description></item>
/// <item><term><c>E[]</c> (jagged, structs, objects)</term><description>an array of the tangents of E</description></item>
/// <item><term><c>ValueTuple</c> of 2..7</term><description><see cref="TupleTangent{T1, T2}"/> and wider, of the element tangents</description></item>
/// <item><term>other structs</term><description>a struct built at run time with a field per field</description></item>
/// <item><term>classes</term><description>a class built at run time mirroring fields and the class hierarchy</description></item>
/// <item><term><c>T?</c></term><description>the tangent of <c>T</c> (null has the zero tangent)</description></item>
/// <item><term><c>object</c>, interfaces</term><description><see cref="object"/>, holding the tangent of the run-time value</description></item>
/// <item><term>delegates</term><description><see cref="object"/>, holding the tangent of the delegate's target (a closure's captured values)</description></item>
/// <item><term>integers, booleans, enums, strings, exceptions</term><description><see cref="NoTangent"/></description></item>
/// </list>
/// A struct, tuple, array or sealed class with nothing differentiable inside is
/// <see cref="NoTangent"/> too. Non-sealed classes always get a class tangent, because a field
/// of that type may hold a subclass with derivatives.
/// </remarks>
public static class TangentTypes
{
    /// <summary>The tangent type of <paramref name="primal"/> at <paramref name="width"/>.</summary>
    /// <exception cref="NotSupportedException">The type (or a type it holds) cannot carry a tangent; the message names it and why.</exception>
    public static Type TangentType(Type primal, ChunkWidth width)
    {
        ArgumentNullException.ThrowIfNull(primal);
        ArgumentNullException.ThrowIfNull(width);
        return TangentTypeBuilder.For(width).TangentOf(primal);
    }

    /// <summary>The tangent type of <paramref name="primal"/> at the requested width (rounded up to a supported one).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not in [1, 64].</exception>
    /// <exception cref="NotSupportedException">The type cannot carry a tangent.</exception>
    public static Type TangentType(Type primal, int width) => TangentType(primal, ChunkWidth.Resolve(width));

    /// <summary>
    /// The dual type of <paramref name="primal"/> at <paramref name="width"/>: <see cref="Dual{TChunk}"/>
    /// for <c>double</c>, <see cref="FloatDual{TChunk}"/> for <c>float</c>, the primal type itself
    /// when it has no tangent, and <see cref="Dual{TPrimal, TTangent}"/> otherwise.
    /// </summary>
    /// <exception cref="NotSupportedException">The type cannot carry a tangent.</exception>
    public static Type DualType(Type primal, ChunkWidth width)
    {
        Type tangent = TangentType(primal, width);
        if (primal == typeof(double))
        {
            return typeof(Dual<>).MakeGenericType(tangent);
        }

        if (primal == typeof(float))
        {
            return typeof(FloatDual<>).MakeGenericType(tangent);
        }

        return tangent == typeof(NoTangent) ? primal : typeof(Dual<,>).MakeGenericType(primal, tangent);
    }

    /// <summary>The dual type of <paramref name="primal"/> at the requested width.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="width"/> is not in [1, 64].</exception>
    /// <exception cref="NotSupportedException">The type cannot carry a tangent.</exception>
    public static Type DualType(Type primal, int width) => DualType(primal, ChunkWidth.Resolve(width));

    /// <summary>Whether values of <paramref name="primal"/> can carry a derivative (its tangent is not <see cref="NoTangent"/>).</summary>
    /// <exception cref="NotSupportedException">The type cannot be a primal.</exception>
    public static bool HasTangent(Type primal)
    {
        ArgumentNullException.ThrowIfNull(primal);
        return PrimalTypes.HasTangent(primal);
    }

    /// <summary>How <paramref name="primal"/> is represented in the tangent system.</summary>
    /// <exception cref="NotSupportedException">The type cannot be a primal.</exception>
    public static PrimalKind KindOf(Type primal)
    {
        ArgumentNullException.ThrowIfNull(primal);
        return PrimalTypes.KindOf(primal);
    }
}
