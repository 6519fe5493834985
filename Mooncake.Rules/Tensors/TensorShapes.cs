using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Rules;

/// <summary>
/// The argument checks of <c>TensorPrimitives</c>, made before a rule writes anything: the
/// same conditions, exception types, messages and parameter names as the primal's own checks, so a
/// differentiated call fails as the plain call does. A rule that writes tangents before calling the
/// primal (which it must where the destination may be an input: the primal would overwrite
/// the values the tangent needs) checks first.
/// </summary>
internal static class TensorShapes
{
    /// <summary>The number of elements an operation over inputs of these lengths (-1 for a scalar) computes, checking that the spans among them agree.</summary>
    /// <exception cref="ArgumentException">Two span inputs differ in length.</exception>
    public static int Length(int first, int second = -1, int third = -1)
    {
        // -1 stands for a scalar input, which fits any length.
        int length = Math.Max(first, Math.Max(second, third));
        if ((first >= 0 && first != length) || (second >= 0 && second != length) || (third >= 0 && third != length))
        {
            throw new ArgumentException("Input span arguments must all have the same length.");
        }

        return Math.Max(length, 0);
    }

    /// <summary>Checks that <paramref name="destination"/> holds <paramref name="length"/> elements; the primal names it <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">It is shorter.</exception>
    public static void Destination<T>(Span<T> destination, int length, string name = "destination")
    {
        if (destination.Length < length)
        {
            throw new ArgumentException("Destination is too short.", name);
        }
    }

    /// <summary>Checks that <paramref name="destination"/> is the input itself or lies apart from it, as the primal requires.</summary>
    /// <exception cref="ArgumentException">The two overlap without starting at the same element.</exception>
    public static void Apart<T>(ReadOnlySpan<T> input, Span<T> destination)
    {
        if (!input.IsEmpty && input.Overlaps(destination)
            && !Unsafe.AreSame(ref MemoryMarshal.GetReference(input), ref MemoryMarshal.GetReference(destination)))
        {
            throw new ArgumentException("The destination span may only overlap with an input span if the two spans start at the same memory location.", nameof(destination));
        }
    }
}
