using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

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
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, int chunk = 0) => Jacobian(f, x, chunk, parallel: false);

    /// <summary>
    /// The Jacobian of <paramref name="f"/> at <paramref name="x"/>, its chunk passes run on
    /// several threads when <paramref name="parallel"/> is true (the first pass alone, to learn
    /// the output's length; bit for bit the sequential result). <paramref name="f"/> must then be
    /// safe to call from several threads at once. Repeated calls on a thread for the same function,
    /// length, chunk and flag reuse that thread's last plan: they allocate the Jacobian and what
    /// <paramref name="f"/>'s passes allocate themselves (its result and that result's tangent).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> or <paramref name="x"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty, or <paramref name="f"/> returns arrays of different lengths.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="f"/> returns null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[,] Jacobian(Func<double[], double[]> f, double[] x, int chunk, bool parallel)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireInputs(x, nameof(x));
        int lanes = ChunkChoice.For(x.Length, chunk);

        // As in Gradient: the thread's last plan, out of its slot while it runs.
        JacobianPlan? plan = LastPlan<JacobianPlan>.Take();
        if (plan is null || !plan.Serves(f, x.Length, lanes, parallel))
        {
            plan = JacobianPlan.Prepare(f, x.Length, lanes, parallel);
        }

        try
        {
            return plan.Evaluate(x);
        }
        finally
        {
            LastPlan<JacobianPlan>.Keep(plan);
        }
    }

    /// <summary>
    /// The Jacobian of what <paramref name="f"/> writes into <paramref name="y"/> with respect to
    /// <paramref name="x"/> (<c>f(y, x)</c> writes <c>y</c> in place): <c>J[i, j] = d y_i / d x_j</c>.
    /// <paramref name="y"/> holds the result of one call of <c>f</c> on the caller's <paramref name="y"/>
    /// afterwards, however many passes the Jacobian takes (each pass starts from that <paramref name="y"/>).
    /// Repeated calls on a thread for the same function, lengths and chunk reuse that thread's last
    /// plan and allocate only the Jacobian.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="chunk"/> is not in [0, 64].</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double[,] Jacobian(Action<double[], double[]> f, double[] y, double[] x, int chunk = 0)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(y);
        RequireInputs(x, nameof(x));
        int lanes = ChunkChoice.For(x.Length, chunk);
        InPlaceJacobianPlan? plan = LastPlan<InPlaceJacobianPlan>.Take();
        if (plan is null || !plan.Serves(f, y.Length, x.Length, lanes))
        {
            plan = InPlaceJacobianPlan.Prepare(f, y.Length, x.Length, lanes);
        }

        try
        {
            return plan.Evaluate(y, x);
        }
        finally
        {
            LastPlan<InPlaceJacobianPlan>.Keep(plan);
        }
    }
}
