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
    /// <exception cref="InvalidOperationException"><paramref name="f"/> returns null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="Builder.UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, int chunk = 0) => Jacobian(f, x, chunk, parallel: false);

    /// <summary>
    /// The Jacobian of <paramref name="f"/> at <paramref name="x"/>, its chunk passes run on
    /// several threads when <paramref name="parallel"/> is true (the first pass alone, to learn
    /// the output's length; bit for bit the sequential result). <paramref name="f"/> must then be
    /// safe to call from several threads at once.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty, or <paramref name="f"/> returns arrays of different lengths.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="f"/> returns null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="Builder.UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, int chunk, bool parallel)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireInputs(x, nameof(x));
        int lanes = ChunkChoice.For(x.Length, chunk);
        return ChunkWidth.Resolve(lanes).Accept(new ReturningJacobian(f, x, lanes, parallel));
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

    private sealed class ReturningJacobian(Func<double[], double[]> f, double[] x, int lanes, bool parallel) : IChunkVisitor<double[,]>
    {
        public double[,] Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
        {
            ArrayToArray<TChunk> entry = EntryPoints.For<ArrayToArray<TChunk>>(f.Method);
            int passes = ChunkSeeding.PassCount(x.Length, lanes);
            int workers = parallel ? Math.Min(ParallelPasses.DefaultWorkers, passes - 1) : 1;
            bool readOnly = InputWrites.CannotWrite(f.Method);
            var workspaces = new PassWorkspace<TChunk>[Math.Max(workers, 1)];
            workspaces[0] = new PassWorkspace<TChunk>(f.Target, x.Length, readOnly);
            using Builder.PrimalMemo.Installation memo = Builder.PrimalMemo.Install(passes > 1 ? workspaces[0].Memo : null);
            double[,] jacobian = RunPass(entry, workspaces[0], 0, null);
            if (workers > 1)
            {
                for (int w = 1; w < workers; w++)
                {
                    workspaces[w] = new PassWorkspace<TChunk>(f.Target, x.Length, readOnly);
                }

                // Passes 1.. on the workers; each writes its own columns.
                new ParallelPasses(workers, (w, first, end) =>
                {
                    using Builder.PrimalMemo.Installation workerMemo = Builder.PrimalMemo.Install(workspaces[w].Memo);
                    for (int pass = first + 1; pass < end + 1; pass++)
                    {
                        RunPass(entry, workspaces[w], pass, jacobian);
                    }
                }, TimeSpan.Zero).Run(passes - 1);
            }
            else
            {
                for (int pass = 1; pass < passes; pass++)
                {
                    RunPass(entry, workspaces[0], pass, jacobian);
                }
            }

            return jacobian;
        }

        // One pass; the first allocates the Jacobian once the output's length is known.
        private double[,] RunPass<TChunk>(ArrayToArray<TChunk> entry, PassWorkspace<TChunk> workspace, int pass, double[,]? jacobian)
            where TChunk : struct, IChunk<TChunk, double>
        {
            int start = pass * lanes;
            try
            {
                double[] y = entry(f.Target, workspace.TargetTangent, workspace.Begin(x, start, lanes), workspace.Direction, out ArrayTangent<TChunk, double> dy)
                    ?? throw new InvalidOperationException($"The function {f.Method.DeclaringType}.{f.Method.Name} returned null: a Jacobian needs an array.");
                jacobian ??= new double[y.Length, x.Length];
                if (y.Length != jacobian.GetLength(0))
                {
                    throw new ArgumentException($"The function returned {jacobian.GetLength(0)} values in one pass and {y.Length} in another.", nameof(f));
                }

                // Before the pass ends: the result's tangent may be the seed block itself (f returns x).
                dy.ExtractColumns(start, Math.Min(lanes, x.Length - start), jacobian);
            }
            finally
            {
                workspace.End(start, lanes);
            }

            return jacobian;
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
            var passMemo = new Builder.PrimalMemo();
            using Builder.PrimalMemo.Installation memo = Builder.PrimalMemo.Install(x.Length > lanes ? passMemo : null);
            for (int start = 0; start < x.Length; start += lanes)
            {
                passMemo.Rewind();
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
