using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The System.Numerics functions computed on float duals, field by field, for the tangents of
/// their rules (the rules take the primal from the runtime's own method): each is the textbook
/// formula the runtime computes, so its partials are the derivative of that function.
/// </summary>
internal static class NumericsTwins<TChunk>
    where TChunk : struct, IChunk<TChunk, float>
{
    public static FloatDual<TChunk> Sqrt(FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Sqrt(x);

    public static FloatDual<TChunk> Sin(FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Sin(x);

    public static FloatDual<TChunk> Cos(FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Cos(x);

    public static FloatDual<TChunk> Acos(FloatDual<TChunk> x) => DualMath<FloatDual<TChunk>, TChunk, float>.Acos(x);

    /// <summary>Σ a_i b_i.</summary>
    public static FloatDual<TChunk> Dot(ReadOnlySpan<FloatDual<TChunk>> a, ReadOnlySpan<FloatDual<TChunk>> b)
    {
        FloatDual<TChunk> sum = a[0] * b[0];
        for (int i = 1; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Each field divided by <paramref name="s"/>.</summary>
    public static FloatDual<TChunk>[] Divide(ReadOnlySpan<FloatDual<TChunk>> a, FloatDual<TChunk> s)
    {
        var r = new FloatDual<TChunk>[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            r[i] = a[i] / s;
        }

        return r;
    }

    /// <summary>Each field times <paramref name="s"/>.</summary>
    public static FloatDual<TChunk>[] Scale(ReadOnlySpan<FloatDual<TChunk>> a, FloatDual<TChunk> s)
    {
        var r = new FloatDual<TChunk>[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            r[i] = a[i] * s;
        }

        return r;
    }

    /// <summary><c>a + (b - a) t</c>, field by field.</summary>
    public static FloatDual<TChunk>[] Lerp(ReadOnlySpan<FloatDual<TChunk>> a, ReadOnlySpan<FloatDual<TChunk>> b, FloatDual<TChunk> t)
    {
        var r = new FloatDual<TChunk>[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            r[i] = (a[i] * (1f - t)) + (b[i] * t);
        }

        return r;
    }

    /// <summary><c>a - b</c>, field by field.</summary>
    public static FloatDual<TChunk>[] Difference(ReadOnlySpan<FloatDual<TChunk>> a, ReadOnlySpan<FloatDual<TChunk>> b)
    {
        var r = new FloatDual<TChunk>[a.Length];
        for (int i = 0; i < a.Length; i++)
        {
            r[i] = a[i] - b[i];
        }

        return r;
    }

    /// <summary>The row vector <paramref name="v"/> (padded with <paramref name="w"/> as its last coordinate where shorter) times the first columns of the row-major matrix <paramref name="m"/> of <paramref name="columns"/> columns.</summary>
    public static FloatDual<TChunk>[] RowTimesMatrix(ReadOnlySpan<FloatDual<TChunk>> v, FloatDual<TChunk>? w, ReadOnlySpan<FloatDual<TChunk>> m, int columns, int outputs)
    {
        int rows = m.Length / columns;
        var r = new FloatDual<TChunk>[outputs];
        for (int j = 0; j < outputs; j++)
        {
            FloatDual<TChunk> sum = v[0] * m[j];
            for (int k = 1; k < v.Length; k++)
            {
                sum += v[k] * m[(k * columns) + j];
            }

            if (w is { } last)
            {
                sum += last * m[((rows - 1) * columns) + j];
            }

            r[j] = sum;
        }

        return r;
    }

    /// <summary>The product of two row-major matrices: a (rows × inner) times b (inner × columns).</summary>
    public static FloatDual<TChunk>[] MatrixProduct(ReadOnlySpan<FloatDual<TChunk>> a, ReadOnlySpan<FloatDual<TChunk>> b, int rows, int inner, int columns)
    {
        var r = new FloatDual<TChunk>[rows * columns];
        for (int i = 0; i < rows; i++)
        {
            for (int j = 0; j < columns; j++)
            {
                FloatDual<TChunk> sum = a[i * inner] * b[j];
                for (int k = 1; k < inner; k++)
                {
                    sum += a[(i * inner) + k] * b[(k * columns) + j];
                }

                r[(i * columns) + j] = sum;
            }
        }

        return r;
    }

    /// <summary>The constant <paramref name="value"/> (no derivative).</summary>
    public static FloatDual<TChunk> Constant(float value) => new(value);
}
