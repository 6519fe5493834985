using System.Runtime.CompilerServices;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Forward rules of <see cref="LinearAlgebra"/>. Each computes the primal once with the primal
/// kernel, then the tangent of every lane in one pass over the chunk-major blocks: a linear map
/// applied to all lanes is one matrix-matrix product over the block read as an n × (m·Width)
/// matrix, never one product per lane. Workspace comes from a pool (<see cref="Workspace"/>),
/// so a rule allocates nothing per lane beyond the tangents it returns.
/// </summary>
public static partial class LinearAlgebraRules
{
    /// <summary>The first lane of <paramref name="tangent"/>, after checking it belongs to a vector of <paramref name="length"/> elements.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref double Lanes<TChunk>(ArrayTangent<TChunk, double> tangent, int length)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Check(tangent, length);
        return ref tangent.ChunkStart(0);
    }

    /// <summary>The first lane of <paramref name="tangent"/>, after checking it has the shape of <paramref name="primal"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref double Lanes<TChunk>(MatrixTangent<TChunk, double> tangent, double[,] primal)
        where TChunk : struct, IChunk<TChunk, double>
    {
        Check(tangent, primal);
        return ref tangent.ChunkStart(0);
    }

    /// <summary>Throws unless <paramref name="tangent"/> belongs to a vector of <paramref name="length"/> elements.</summary>
    internal static void Check<TChunk>(ArrayTangent<TChunk, double> tangent, int length)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(tangent);
        if (tangent.Length != length)
        {
            throw new ArgumentException($"The tangent has {tangent.Length} elements, but its primal vector has {length}.", nameof(tangent));
        }
    }

    /// <summary>Throws unless <paramref name="tangent"/> has the shape of <paramref name="primal"/>.</summary>
    internal static void Check<TChunk>(MatrixTangent<TChunk, double> tangent, double[,] primal)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(tangent);
        if (tangent.Rows != primal.GetLength(0) || tangent.Columns != primal.GetLength(1))
        {
            throw new ArgumentException($"The tangent is {tangent.Rows}×{tangent.Columns}, but its primal matrix is {LinearAlgebra.Shape(primal)}.", nameof(tangent));
        }
    }

    /// <summary>The first lane of row <paramref name="row"/> of a block whose rows hold <paramref name="columns"/> chunks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref double Row<TChunk>(ref double block, int row, int columns)
        where TChunk : struct, IChunk<TChunk, double>
        => ref ChunkKernels.Chunk<TChunk>(ref block, (nint)row * columns);

    /// <summary>Element <paramref name="index"/> of a run of scalars.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref double At(ref double start, nint index) => ref Unsafe.Add(ref start, index);
}
