using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Rules;

/// <summary>
/// Dense linear algebra on <c>double[]</c> vectors and row-major <c>double[,]</c> matrices:
/// the primitives numerical code calls, each with a forward rule that works on whole
/// chunk-major tangent blocks.
/// </summary>
/// <remarks>
/// <para>Every function checks its arguments: a null argument throws
/// <see cref="ArgumentNullException"/>, and mismatched dimensions throw
/// <see cref="ArgumentException"/> with a message giving both shapes. A singular matrix passed to
/// a solve, a factorisation or <see cref="Inverse"/>, or a matrix that is not positive definite
/// passed to <see cref="Cholesky"/>, throws <see cref="ArgumentException"/> saying so.</para>
/// <para>Functions that return an array return a new one; <see cref="Axpy"/> and
/// <see cref="Scale"/> update their last argument in place, as BLAS does. Kernels are written
/// for row-major storage (inner loops run along rows) with explicit fused multiply-adds, and
/// add up in a fixed order, so a result is the same on every machine.</para>
/// </remarks>
public static partial class LinearAlgebra
{
    internal static void RequireSameLength(int expected, int actual, string parameterName)
    {
        if (expected != actual)
        {
            throw new ArgumentException($"Vector lengths differ: {expected} and {actual}.", parameterName);
        }
    }

    /// <summary>The order of the square matrix <paramref name="a"/>, or an exception naming its shape.</summary>
    internal static int RequireSquare(double[,] a, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(a, parameterName);
        int n = a.GetLength(0);
        if (a.GetLength(1) != n)
        {
            throw new ArgumentException($"The matrix must be square, but it is {Shape(a)}.", parameterName);
        }

        return n;
    }

    // The checks take the matrix rather than its shape's text, so that a message is built only
    // when it is thrown.

    /// <summary>Throws unless the vector <paramref name="b"/> has <paramref name="length"/> elements to go with <paramref name="matrix"/>.</summary>
    internal static void RequireLength(double[] b, int length, string parameterName, double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(b, parameterName);
        if (b.Length != length)
        {
            throw new ArgumentException($"The vector has {b.Length} elements, but the {Shape(matrix)} matrix needs {length}.", parameterName);
        }
    }

    /// <summary>Throws unless the matrix <paramref name="b"/> has <paramref name="rows"/> rows to go with <paramref name="matrix"/>.</summary>
    internal static void RequireRows(double[,] b, int rows, string parameterName, double[,] matrix)
    {
        ArgumentNullException.ThrowIfNull(b, parameterName);
        if (b.GetLength(0) != rows)
        {
            throw new ArgumentException($"The right-hand side is {Shape(b)}, but the {Shape(matrix)} matrix needs {rows} rows.", parameterName);
        }
    }

    /// <summary>The exception for a singular matrix.</summary>
    internal static ArgumentException Singular(string parameterName, string detail) =>
        new($"The matrix is singular: {detail}.", parameterName);

    /// <summary><c>rows×columns</c>, for messages.</summary>
    internal static string Shape(double[,] a) => $"{a.GetLength(0)}×{a.GetLength(1)}";

    /// <summary>The first element of <paramref name="a"/> (row-major), for kernels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref double Data(double[,] a) => ref Unsafe.As<byte, double>(ref MemoryMarshal.GetArrayDataReference(a));

    /// <summary>The first element of <paramref name="x"/>, for kernels.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref double Data(double[] x) => ref MemoryMarshal.GetArrayDataReference(x);

    /// <summary>The first element of row <paramref name="row"/> of a row-major matrix with <paramref name="columns"/> columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref double Row(ref double data, int row, int columns) => ref Unsafe.Add(ref data, (nint)row * columns);

    /// <summary>Element (<paramref name="row"/>, <paramref name="column"/>) of a row-major matrix with <paramref name="columns"/> columns.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref double Element(ref double data, int row, int column, int columns) => ref Unsafe.Add(ref data, ((nint)row * columns) + column);

    /// <summary>Element <paramref name="index"/> of a run of doubles.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref double At(ref double data, int index) => ref Unsafe.Add(ref data, index);
}
