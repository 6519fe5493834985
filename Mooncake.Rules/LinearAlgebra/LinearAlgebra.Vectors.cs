namespace Mooncake.Rules;

public static partial class LinearAlgebra
{
    // Sums of squares inside this range lost nothing to underflow and did not overflow.
    private const double SquaresFloor = 1e-270, SquaresCeiling = 1e270;

    /// <summary>The sum <c>Σ x[i]</c> (eight interleaved partial sums, then the tail).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static double Sum(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return ScalarKernels.Sum(ref Data(x), x.Length);
    }

    /// <summary>The dot product <c>Σ x[i] y[i]</c>, accumulated with fused multiply-adds (eight interleaved partial sums, then the tail).</summary>
    /// <exception cref="ArgumentNullException">A vector is null.</exception>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    public static double Dot(double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        RequireSameLength(x.Length, y.Length, nameof(y));
        return ScalarKernels.Dot(ref Data(x), ref Data(y), x.Length);
    }

    /// <summary><c>y += a x</c>, in place (BLAS <c>daxpy</c>); <paramref name="x"/> and <paramref name="y"/> may be the same array.</summary>
    /// <exception cref="ArgumentNullException">A vector is null.</exception>
    /// <exception cref="ArgumentException">The vectors differ in length.</exception>
    public static void Axpy(double a, double[] x, double[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        RequireSameLength(x.Length, y.Length, nameof(y));
        ScalarKernels.Axpy(ref Data(y), a, ref Data(x), x.Length);
    }

    /// <summary>
    /// <c>x *= a</c>, in place (BLAS <c>dscal</c>). To keep the original, scale a copy:
    /// <c>Scale(a, (double[])x.Clone())</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static void Scale(double a, double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        ScalarKernels.Scale(ref Data(x), a, x.Length);
    }

    /// <summary>
    /// The Euclidean norm <c>√(Σ x[i]²)</c>. It neither overflows nor underflows when the result
    /// is representable: when the plain sum of squares leaves the normal range, the vector is
    /// rescaled by its largest magnitude first.
    /// </summary>
    /// <remarks>Its derivative is <c>x·dx / ‖x‖</c>; at <c>x = 0</c> it is the zero subgradient, as for <see cref="Math"/>'s hypotenuse at the origin.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="x"/> is null.</exception>
    public static double Norm2(double[] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        ref double data = ref Data(x);
        double squares = ScalarKernels.Dot(ref data, ref data, x.Length);
        if (squares is > SquaresFloor and < SquaresCeiling)
        {
            return Math.Sqrt(squares);
        }

        // The sum of squares may have overflowed or lost its small terms to underflow (or is
        // zero or NaN): scale by the largest magnitude, which also returns 0 for a zero vector
        // and propagates NaN and infinity.
        double largest = 0.0;
        foreach (double value in x)
        {
            if (double.IsNaN(value))
            {
                return double.NaN;
            }

            largest = Math.Max(largest, Math.Abs(value));
        }

        if (largest == 0.0 || double.IsInfinity(largest))
        {
            return largest;
        }

        double scaled = 0.0;
        foreach (double value in x)
        {
            double r = value / largest;
            scaled = Math.FusedMultiplyAdd(r, r, scaled);
        }

        return largest * Math.Sqrt(scaled);
    }
}
