using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// The result of a LINQ rule that returns a sequence of doubles: a <c>double[]</c> and its
/// <see cref="ArrayTangent{TChunk, T}"/>, filled element by element or in runs, and returned as
/// the dual of <c>IEnumerable&lt;double&gt;</c>. The array is what the sequence would yield when
/// enumerated, so the rules downstream (Sum, ToArray, another Select...) read it as they read any
/// array.
/// </summary>
internal readonly struct SequenceBuilder<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>A result of <paramref name="length"/> elements, all zero.</summary>
    public SequenceBuilder(int length)
    {
        Values = new double[length];
        Tangent = new ArrayTangent<TChunk, double>(length);
    }

    /// <summary>The primal elements.</summary>
    public double[] Values { get; }

    /// <summary>Their tangent.</summary>
    public ArrayTangent<TChunk, double> Tangent { get; }

    /// <summary>Sets element <paramref name="index"/> to <paramref name="value"/> with its partials.</summary>
    public void Set(int index, Dual<TChunk> value)
    {
        Values[index] = value.Value;
        Tangent.SetChunk(index, value.Partials);
    }

    /// <summary>The finished sequence as a dual.</summary>
    public Dual<IEnumerable<double>, object> Result() => new(Values, Tangent);
}
