using System.Numerics.Tensors;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The reductions: each takes the value the primal returned (the rule calls the primal first, which
/// checks the arguments: a reduction writes nothing) and returns it with its partials.
/// </summary>
internal abstract partial class TensorKernels<TDual, TChunk, T>
{
    /// <summary><c>Sum</c>: the sum of the tangents.</summary>
    public static TDual Sum(T value, ReadOnlyDualSpan<T, TChunk> x)
    {
        TChunk d = TChunk.Zero;
        foreach (TChunk dx in x.Tangent)
        {
            d = TChunk.Add(d, dx);
        }

        return TDual.Create(value, d);
    }

    /// <summary><c>Average</c>: the sum of the tangents over the count.</summary>
    public static TDual Average(T value, ReadOnlyDualSpan<T, TChunk> x) =>
        TDual.Create(value, DualMath<TDual, TChunk, T>.Divide(Sum(value, x), T.CreateTruncating(x.Length)).Partials);

    /// <summary><c>SumOfSquares</c>: <c>Σ 2 x dx</c>.</summary>
    public static TDual SumOfSquares(T value, ReadOnlyDualSpan<T, TChunk> x) => TDual.Create(value, SquaresTangent(x));

    /// <summary><c>SumOfMagnitudes</c>: <c>Σ |x|'</c>, with <c>Abs</c>'s one-sided derivative at zero.</summary>
    public static TDual SumOfMagnitudes(T value, ReadOnlyDualSpan<T, TChunk> x)
    {
        TChunk d = TChunk.Zero;
        for (int i = 0; i < x.Tangent.Length; i++)
        {
            d = TChunk.Add(d, DualMath<TDual, TChunk, T>.Abs(TDual.Create(x.Primal[i], x.Tangent[i])).Partials);
        }

        return TDual.Create(value, d);
    }

    /// <summary><c>Dot</c>: <c>Σ dx y + x dy</c>.</summary>
    public static TDual Dot(T value, ReadOnlyDualSpan<T, TChunk> x, ReadOnlyDualSpan<T, TChunk> y) => TDual.Create(value, DotTangent(x, y));

    /// <summary><c>Norm</c>: the square root of the sum of squares, under <c>Sqrt</c>'s policy at zero.</summary>
    public static TDual Norm(T value, ReadOnlyDualSpan<T, TChunk> x) =>
        TDual.Create(value, DualMath<TDual, TChunk, T>.Sqrt(TDual.Create(TensorPrimitives.SumOfSquares(x.Primal), SquaresTangent(x))).Partials);

    /// <summary><c>Distance</c>: the norm of <c>x - y</c>.</summary>
    public static TDual Distance(T value, ReadOnlyDualSpan<T, TChunk> x, ReadOnlyDualSpan<T, TChunk> y)
    {
        T sum = T.Zero;
        TChunk d = TChunk.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            T difference = x.Primal[i] - y.Primal[i];
            sum += difference * difference;
            d = TChunk.MulAdd(TChunk.Subtract(x.TangentAt(i), y.TangentAt(i)), difference + difference, d);
        }

        return TDual.Create(value, DualMath<TDual, TChunk, T>.Sqrt(TDual.Create(sum, d)).Partials);
    }

    /// <summary><c>CosineSimilarity</c>: <c>x·y / (|x| |y|)</c>, composed of the dual formulas.</summary>
    public static TDual CosineSimilarity(T value, ReadOnlyDualSpan<T, TChunk> x, ReadOnlyDualSpan<T, TChunk> y)
    {
        TDual dot = TDual.Create(TensorPrimitives.Dot(x.Primal, y.Primal), DotTangent(x, y));
        TDual xx = DualMath<TDual, TChunk, T>.Sqrt(TDual.Create(TensorPrimitives.SumOfSquares(x.Primal), SquaresTangent(x)));
        TDual yy = DualMath<TDual, TChunk, T>.Sqrt(TDual.Create(TensorPrimitives.SumOfSquares(y.Primal), SquaresTangent(y)));
        return TDual.Create(value, DualMath<TDual, TChunk, T>.Divide(dot, DualMath<TDual, TChunk, T>.Multiply(xx, yy)).Partials);
    }

    /// <summary>
    /// <c>Product</c>, <c>ProductOfSums</c> (<paramref name="y"/> added) and <c>ProductOfDifferences</c>
    /// (subtracted): the product rule carried along the running product, which is exact where
    /// factors are zero (no division by a factor).
    /// </summary>
    public static TDual Product(T value, ReadOnlyDualSpan<T, TChunk> x, ReadOnlyDualSpan<T, TChunk> y = default, int sign = 0)
    {
        TDual product = TDual.Create(T.One, TChunk.Zero);
        for (int i = 0; i < x.Length; i++)
        {
            TDual factor = TDual.Create(x.Primal[i], x.TangentAt(i));
            if (sign != 0)
            {
                TDual other = TDual.Create(y.Primal[i], y.TangentAt(i));
                factor = sign > 0 ? DualMath<TDual, TChunk, T>.Add(factor, other) : DualMath<TDual, TChunk, T>.Subtract(factor, other);
            }

            product = DualMath<TDual, TChunk, T>.Multiply(product, factor);
        }

        return TDual.Create(value, product.Partials);
    }

    /// <summary><c>StdDev</c> (the population standard deviation): <c>sqrt(Σ (x - mean)² / n)</c> in dual arithmetic.</summary>
    public static TDual StdDev(T value, ReadOnlyDualSpan<T, TChunk> x)
    {
        T count = T.CreateTruncating(x.Length);
        TDual mean = DualMath<TDual, TChunk, T>.Divide(Sum(TensorPrimitives.Sum(x.Primal), x), count);
        TDual squares = TDual.Create(T.Zero, TChunk.Zero);
        for (int i = 0; i < x.Length; i++)
        {
            TDual deviation = DualMath<TDual, TChunk, T>.Subtract(TDual.Create(x.Primal[i], x.TangentAt(i)), mean);
            squares = DualMath<TDual, TChunk, T>.FusedMultiplyAdd(deviation, deviation, squares);
        }

        return TDual.Create(value, DualMath<TDual, TChunk, T>.Sqrt(DualMath<TDual, TChunk, T>.Divide(squares, count)).Partials);
    }

    /// <summary>
    /// <c>Max</c>, <c>Min</c> and their magnitude and number forms: the partials of the element the
    /// primal returned, the first one holding its bits (so the primal's NaN and signed-zero choices
    /// decide, and a tie takes the first, as the scalar rules do).
    /// </summary>
    public static TDual Selected(T value, ReadOnlyDualSpan<T, TChunk> x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            T element = x.Primal[i];
            if (T.IsNegative(element) == T.IsNegative(value) && (element == value || (T.IsNaN(element) && T.IsNaN(value))))
            {
                return TDual.Create(value, x.TangentAt(i));
            }
        }

        // Not reached for a value the primal returned; a NaN it made itself carries NaN partials.
        return TDual.Create(value, TChunk.Broadcast(T.NaN));
    }

    /// <summary><c>SoftMax</c>, after the primal wrote <c>s</c>: <c>ds_i = s_i (dx_i - Σ s_j dx_j)</c>, which needs only the output and the input's tangent, so it is right in place.</summary>
    public static void SoftMax(ReadOnlyDualSpan<T, TChunk> x, DualSpan<T, TChunk> destination)
    {
        if (!Targets(destination, x.Length, !x.Tangent.IsEmpty, out Span<TChunk> dz))
        {
            return;
        }

        ReadOnlySpan<T> s = destination.Primal;
        ReadOnlySpan<TChunk> dx = x.Tangent;
        TChunk mean = TChunk.Zero;
        for (int i = 0; i < dx.Length; i++)
        {
            mean = TChunk.MulAdd(dx[i], s[i], mean);
        }

        for (int i = 0; i < dx.Length; i++)
        {
            dz[i] = TChunk.Scale(TChunk.Subtract(dx[i], mean), s[i]);
        }
    }

    /// <summary><c>Sigmoid</c>, after the primal wrote <c>s</c>: <c>ds = s (1 - s) dx</c>, from the output alone (finite where <c>exp(-x)</c> overflows).</summary>
    public static void Sigmoid(ReadOnlyDualSpan<T, TChunk> x, DualSpan<T, TChunk> destination)
    {
        if (!Targets(destination, x.Length, !x.Tangent.IsEmpty, out Span<TChunk> dz))
        {
            return;
        }

        ReadOnlySpan<T> s = destination.Primal;
        ReadOnlySpan<TChunk> dx = x.Tangent;
        for (int i = 0; i < dx.Length; i++)
        {
            dz[i] = TChunk.Scale(dx[i], s[i] * (T.One - s[i]));
        }
    }

    private static TChunk SquaresTangent(ReadOnlyDualSpan<T, TChunk> x)
    {
        TChunk d = TChunk.Zero;
        for (int i = 0; i < x.Tangent.Length; i++)
        {
            d = TChunk.MulAdd(x.Tangent[i], x.Primal[i] + x.Primal[i], d);
        }

        return d;
    }

    private static TChunk DotTangent(ReadOnlyDualSpan<T, TChunk> x, ReadOnlyDualSpan<T, TChunk> y)
    {
        TChunk d = TChunk.Zero;
        for (int i = 0; i < x.Length; i++)
        {
            d = TChunk.Add(d, TChunk.Combine(x.TangentAt(i), y.Primal[i], y.TangentAt(i), x.Primal[i]));
        }

        return d;
    }
}
