using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class Forward
{
    /// <summary>
    /// One pass carrying <c>directions.Length</c> directions (at most 64): returns <c>f(x)</c> and
    /// sets <c>result[k]</c> to the directional derivative <c>grad f(x) · directions[k]</c>.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument or a direction is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="x"/> is empty, a direction's length differs from x's, there are no directions or more than 64, or <paramref name="result"/> is shorter than the directions.</exception>
    /// <exception cref="Builder.UnsupportedILException">The function uses a construct the rule builder cannot differentiate.</exception>
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

        for (int k = 0; k < directions.Length; k++)
        {
            ArgumentNullException.ThrowIfNull(directions[k], $"{nameof(directions)}[{k}]");
            if (directions[k].Length != x.Length)
            {
                throw new ArgumentException($"Direction {k} has {directions[k].Length} elements but x has {x.Length}.", nameof(directions));
            }
        }

        if (result.Length < directions.Length)
        {
            throw new ArgumentException($"The result has room for {result.Length} derivatives but there are {directions.Length} directions.", nameof(result));
        }

        return ChunkWidth.Resolve(directions.Length).Accept(new Pushforwards(f, x, directions, result));
    }

    private sealed class Pushforwards(Func<double[], double> f, double[] x, double[][] directions, double[] result) : IChunkVisitor<double>
    {
        public double Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
        {
            ArrayToScalar<TChunk> entry = EntryPoints.For<ArrayToScalar<TChunk>>(f.Method);
            var tangent = new ArrayTangent<TChunk, double>(x.Length);
            for (int k = 0; k < directions.Length; k++)
            {
                tangent.SetLane(k, directions[k]);
            }

            // The caller's input is copied only for a function that may write its argument.
            double[] input = InputWrites.CannotWrite(f.Method) ? x : [.. x];
            double value = entry(f.Target, EntryPoints.ZeroTangentOfTarget(f.Target, ChunkWidth.Of<TChunk>()), input, tangent, out TChunk partials);
            for (int k = 0; k < directions.Length; k++)
            {
                result[k] = partials[k];
            }

            return value;
        }
    }
}
