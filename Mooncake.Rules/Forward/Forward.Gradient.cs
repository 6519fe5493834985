using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

public static partial class Forward
{
    /// <summary>
    /// The gradient of <paramref name="f"/> at <paramref name="x"/>, in passes of
    /// <paramref name="chunk"/> directions (0 chooses, see <see cref="ChunkChoice"/>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[] Gradient(Func<double[], double> f, double[] x, int chunk = 0) => Gradient(f, x, chunk, parallel: false);

    /// <summary>
    /// The gradient of <paramref name="f"/> at <paramref name="x"/>, in passes of
    /// <paramref name="chunk"/> directions (0 chooses, see <see cref="ChunkChoice"/>), run on
    /// several threads when <paramref name="parallel"/> is true (one per processor, each pass on
    /// its own workspace; bit for bit the sequential result). <paramref name="f"/> must then be
    /// safe to call from several threads at once: it may not write state it shares between calls.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[] Gradient(Func<double[], double> f, double[] x, int chunk, bool parallel)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireInputs(x, nameof(x));
        int lanes = ChunkChoice.For(x.Length, chunk);
        var gradient = new double[x.Length];

        // The thread's last plan serves repeated calls for the same function, length and chunk, so
        // that a call allocates only its result. It is out of the slot while it runs, so a call
        // reentering on the same thread (which the builder refuses today) could never share it.
        GradientPlan? plan = LastPlan<GradientPlan>.Take();
        if (plan is null || !plan.Serves(f, x.Length, lanes, parallel))
        {
            plan = PrepareGradient(f, x.Length, lanes, parallel);
        }

        try
        {
            plan.ValueAndGradient(x, gradient);
        }
        finally
        {
            LastPlan<GradientPlan>.Keep(plan);
        }

        return gradient;
    }

    /// <summary>The gradient of <paramref name="f"/> at the matrix <paramref name="x"/>: <c>result[i, j] = d f / d x[i, j]</c>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[,] Gradient(Func<double[,], double> f, double[,] x, int chunk = 0) => Gradient(f, x, chunk, parallel: false);

    /// <summary>
    /// The gradient of <paramref name="f"/> at the matrix <paramref name="x"/>, its chunk passes run
    /// on several threads when <paramref name="parallel"/> is true (bit for bit the sequential
    /// result). <paramref name="f"/> must then be safe to call from several threads at once.
    /// Repeated calls on a thread for the same function, shape, chunk and flag reuse that thread's
    /// last plan and allocate only the gradient.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[,] Gradient(Func<double[,], double> f, double[,] x, int chunk, bool parallel)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0)
        {
            throw new ArgumentException("The input matrix is empty: there is nothing to differentiate with respect to.", nameof(x));
        }

        int lanes = ChunkChoice.For(x.Length, chunk);
        int rows = x.GetLength(0), columns = x.GetLength(1);

        // As for vectors: the thread's last plan, out of its slot while it runs.
        MatrixGradientPlan? plan = LastPlan<MatrixGradientPlan>.Take();
        if (plan is null || !plan.Serves(f, rows, columns, lanes, parallel))
        {
            plan = MatrixGradientPlan.Prepare(f, rows, columns, lanes, parallel);
        }

        try
        {
            return plan.Evaluate(x);
        }
        finally
        {
            LastPlan<MatrixGradientPlan>.Keep(plan);
        }
    }

    /// <summary>
    /// A prepared gradient of <paramref name="f"/> for inputs of <paramref name="length"/>
    /// elements: the rule is built and the workspaces allocated once, and each
    /// <see cref="GradientPlan.ValueAndGradient"/> allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive, or <paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static GradientPlan PrepareGradient(Func<double[], double> f, int length, int chunk = 0) => PrepareGradient(f, length, chunk, parallel: false);

    /// <summary>
    /// A prepared gradient of <paramref name="f"/> for inputs of <paramref name="length"/>
    /// elements that runs its chunk passes on several threads when <paramref name="parallel"/> is
    /// true (see <see cref="GradientPlan.Workers"/>); each evaluation still allocates nothing.
    /// <paramref name="f"/> must then be safe to call from several threads at once.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive, or <paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static GradientPlan PrepareGradient(Func<double[], double> f, int length, int chunk, bool parallel)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        int lanes = ChunkChoice.For(length, chunk);
        return ChunkWidth.Resolve(lanes).Accept(new GradientPlanFactory(f, length, lanes, parallel));
    }

    private sealed class GradientPlanFactory(Func<double[], double> f, int length, int lanes, bool parallel) : IChunkVisitor<GradientPlan>
    {
        public GradientPlan Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
            => new GradientPlan<TChunk>(f, length, lanes, parallel);
    }
}
