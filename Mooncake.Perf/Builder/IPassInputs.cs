namespace Mooncake.Perf.Builder;

/// <summary>The point and the directions of a benchmark that carries several given directions in one pass, for other implementations (central differences) to use the same ones.</summary>
public interface IPassInputs
{
    /// <summary>The point of the pass (after setup).</summary>
    double[] Input { get; }

    /// <summary>The directions carried in the pass (after setup).</summary>
    double[][] DirectionVectors { get; }
}
