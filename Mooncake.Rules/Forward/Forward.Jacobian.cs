using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class Forward
{
    /// <summary>
    /// The Jacobian of <paramref name="f"/> at <paramref name="x"/>: <c>J[i, j] = d f_i / d x_j</c>,
    /// in passes of <paramref name="chunk"/> directions (0 chooses, see <see cref="ChunkChoice"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty, or <paramref name="f"/> returns arrays of different lengths.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="Builder.UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, int chunk = 0)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireInputs(x, nameof(x));
        int lanes = ChunkChoice.For(x.Length, chunk);
        return ChunkWidth.Resolve(lanes).Accept(new ReturningJacobian(f, x, lanes));
    }

    /// <summary>
    /// The Jacobian of what <paramref name="f"/> writes into <paramref name="y"/> with respect to
    /// <paramref name="x"/> (<c>f(y, x)</c> writes <c>y</c> in place): <c>J[i, j] = d y_i / d x_j</c>.
    /// <paramref name="y"/> holds the result of one call of <c>f</c> on the caller's <paramref name="y"/>
    /// afterwards, however many passes the Jacobian takes (each pass starts from that <paramref name="y"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="Builder.UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[,] Jacobian(Action<double[], double[]> f, double[] y, double[] x, int chunk = 0)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(y);
        RequireInputs(x, nameof(x));
        int lanes = ChunkChoice.For(x.Length, chunk);
        return ChunkWidth.Resolve(lanes).Accept(new InPlaceJacobian(f, y, x, lanes));
    }

    private sealed class ReturningJacobian(Func<double[], double[]> f, double[] x, int lanes) : IChunkVisitor<double[,]>
    {
        public double[,] Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
        {
            ArrayToArray<TChunk> entry = EntryPoints.For<ArrayToArray<TChunk>>(f.Method);
            object? targetTangent = EntryPoints.ZeroTangentOfTarget(f.Target, ChunkWidth.Of<TChunk>());
            var input = new double[x.Length];
            var direction = new ArrayTangent<TChunk, double>(x.Length);
            double[,]? jacobian = null;
            for (int start = 0; start < x.Length; start += lanes)
            {
                x.AsSpan().CopyTo(input);
                direction.Clear();
                direction.SeedIdentity(start, lanes);
                double[] y = entry(f.Target, targetTangent, input, direction, out ArrayTangent<TChunk, double> dy);
                jacobian ??= new double[y.Length, x.Length];
                if (y.Length != jacobian.GetLength(0))
                {
                    throw new ArgumentException($"The function returned {jacobian.GetLength(0)} values in one pass and {y.Length} in another.", nameof(f));
                }

                dy.ExtractColumns(start, Math.Min(lanes, x.Length - start), jacobian);
            }

            return jacobian!;
        }
    }

    private sealed class InPlaceJacobian(Action<double[], double[]> f, double[] y, double[] x, int lanes) : IChunkVisitor<double[,]>
    {
        public double[,] Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
        {
            ArrayIntoArray<TChunk> entry = EntryPoints.For<ArrayIntoArray<TChunk>>(f.Method);
            object? targetTangent = EntryPoints.ZeroTangentOfTarget(f.Target, ChunkWidth.Of<TChunk>());
            var input = new double[x.Length];
            var direction = new ArrayTangent<TChunk, double>(x.Length);
            var output = new ArrayTangent<TChunk, double>(y.Length);
            var jacobian = new double[y.Length, x.Length];

            // f may read y (y[i] += ...): every pass starts from the caller's y, so that the
            // derivative is that of one call and y holds one call's result afterwards.
            double[] initial = [.. y];
            for (int start = 0; start < x.Length; start += lanes)
            {
                initial.AsSpan().CopyTo(y);
                x.AsSpan().CopyTo(input);
                direction.Clear();
                direction.SeedIdentity(start, lanes);
                output.Clear();
                entry(f.Target, targetTangent, y, output, input, direction);
                output.ExtractColumns(start, Math.Min(lanes, x.Length - start), jacobian);
            }

            return jacobian;
        }
    }
}
