using Mooncake.Perf.Tangents;

namespace Mooncake.Perf.Builder;

/// <summary>
/// Seeds duals for one pass carrying several given directions: dual i gets the value
/// <c>x[i]</c> and, in lane k, element i of direction k (spare lanes zero). Written once for both
/// dual types through their <see cref="IDualOps{TDual}"/> witnesses.
/// </summary>
public static class DirectionSeeding
{
    /// <summary>Fills <paramref name="duals"/> from <paramref name="x"/> and <paramref name="directions"/> (each as long as x, at most Width of them).</summary>
    public static void Seed<TOps, TDual>(double[] x, double[][] directions, TDual[] duals)
        where TOps : IDualOps<TDual>
        where TDual : struct
    {
        Span<double> lanes = stackalloc double[TOps.Width];
        lanes.Clear();
        for (int i = 0; i < x.Length; i++)
        {
            for (int k = 0; k < directions.Length; k++)
            {
                lanes[k] = directions[k][i];
            }

            TOps.Load(x[i], in lanes[0], out duals[i]);
        }
    }

    /// <summary>Copies the first <paramref name="result"/>.Length lanes of <paramref name="y"/> into <paramref name="result"/>.</summary>
    public static void Extract<TOps, TDual>(in TDual y, double[] result)
        where TOps : IDualOps<TDual>
        where TDual : struct
    {
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = TOps.Lane(in y, k);
        }
    }
}
