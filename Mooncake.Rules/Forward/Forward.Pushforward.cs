using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

public static partial class Forward
{
    /// <summary>
    /// One pass carrying <c>directions.Length</c> directions (at most 64): returns <c>f(x)</c> and
    /// sets <c>result[k]</c> to the directional derivative <c>grad f(x) · directions[k]</c>.
    /// Repeated calls on a thread for the same function, length and number of directions reuse
    /// that thread's last <see cref="PushforwardPlan"/> and allocate nothing.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument or a direction is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty, a direction's length differs from x's, there are no directions or more than 64, or <paramref name="result"/> is shorter than the directions.</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static double Pushforward(Func<double[], double> f, double[] x, double[][] directions, double[] result)
    {
        ArgumentNullException.ThrowIfNull(f);
        RequireInputs(x, nameof(x));
        ArgumentNullException.ThrowIfNull(directions);
        ArgumentNullException.ThrowIfNull(result);
        if (directions.Length is 0 or > ChunkWidth.MaxWidth)
        {
            throw new ArgumentException($"A pushforward carries between 1 and {ChunkWidth.MaxWidth} directions, not {directions.Length}.", nameof(directions));
        }

        // As in Gradient: the thread's last plan, out of its slot while it runs.
        PushforwardPlan? plan = LastPlan<PushforwardPlan>.Take();
        if (plan is null || !plan.Serves(f, x.Length, directions.Length))
        {
            plan = PreparePushforward(f, x.Length, directions.Length);
        }

        try
        {
            return plan.ValueAndPushforward(x, directions, result);
        }
        finally
        {
            LastPlan<PushforwardPlan>.Keep(plan);
        }
    }

    /// <summary>
    /// A prepared pushforward of <paramref name="f"/> for inputs of <paramref name="length"/>
    /// elements carrying <paramref name="directions"/> directions (1 to 64) in one pass: the rule
    /// is built and the workspaces allocated once, and each
    /// <see cref="PushforwardPlan.ValueAndPushforward(double[], double[][], double[])"/> allocates nothing.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="f"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is not positive, or <paramref name="directions"/> is not in [1, 64].</exception>
    /// <exception cref="UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
    public static PushforwardPlan PreparePushforward(Func<double[], double> f, int length, int directions)
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        if (directions is < 1 or > ChunkWidth.MaxWidth)
        {
            throw new ArgumentOutOfRangeException(nameof(directions), directions, $"A pushforward carries between 1 and {ChunkWidth.MaxWidth} directions, not {directions}.");
        }

        return ChunkWidth.Resolve(directions).Accept(new PushforwardPlanFactory(f, length, directions));
    }

    private sealed class PushforwardPlanFactory(Func<double[], double> f, int length, int directions) : IChunkVisitor<PushforwardPlan>
    {
        public PushforwardPlan Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
            => new PushforwardPlan<TChunk>(f, length, directions);
    }
}
