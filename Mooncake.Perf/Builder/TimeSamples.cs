namespace Mooncake.Perf.Builder;

/// <summary>The samples of one method in an interleaved measurement (nanoseconds per call), and their fastest and median.</summary>
/// <param name="PerCall">Every sample, in the order taken.</param>
public sealed record TimeSamples(double[] PerCall)
{
    /// <summary>The fastest sample: the least disturbed by other load (see <see cref="InterleavedTimes"/>).</summary>
    public double Min => PerCall.Min();

    /// <summary>The median sample (the mean of the middle two for an even count): what a typical call costs on the machine as it was loaded.</summary>
    public double Median
    {
        get
        {
            double[] sorted = [.. PerCall.Order()];
            int middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
        }
    }

    /// <summary>The same samples times <paramref name="factor"/>: per call when a sample ran several calls.</summary>
    public TimeSamples Scaled(double factor) => new([.. PerCall.Select(t => t * factor)]);
}
