using System.Collections;
using Mooncake.Tangents;

namespace Mooncake.Rules;

public static partial class EnumerableRules
{
    /// <summary>
    /// The rule of <see cref="Enumerable.Cast{TResult}(IEnumerable)"/> at <c>double</c>: a
    /// <c>double[]</c> comes back as it is, with its tangent, as the BCL returns it; a list of doubles
    /// becomes an array of its elements with their chunks; a <c>double[,]</c> becomes its elements in the order its enumerator yields them (row by row)
    /// with the chunks of its tangent, copied into an array (see the remarks on
    /// <see cref="EnumerableRules"/> on eager sequences), so <c>m.Cast&lt;double&gt;().Sum()</c>
    /// differentiates. Any other source without a tangent is enumerated as the BCL would and gets
    /// a zero tangent.
    /// </summary>
    /// <exception cref="ArgumentNullException">The source is null.</exception>
    /// <exception cref="NotSupportedException">The source carries a tangent but is neither a sequence of doubles nor a <c>double[,]</c>.</exception>
    [FRule(typeof(Enumerable), nameof(Enumerable.Cast), typeof(IEnumerable), GenericParameterCount = 1, TypeArguments = new[] { typeof(double) })]
    public static Dual<IEnumerable<double>, object> Cast<TChunk>(Dual<IEnumerable, object> source)
        where TChunk : struct, IChunk<TChunk, double>
    {
        ArgumentNullException.ThrowIfNull(source.Primal, nameof(source));
        switch (source.Primal)
        {
            case double[] array:
                return new(array, source.Tangent);
            case IEnumerable<double> doubles:
                // A list (or another sequence of doubles the sequence rules read): its elements and
                // their chunks, copied into one array and block, as every sequence rule returns them.
                var elements = new DualSequence<TChunk>(new Dual<IEnumerable<double>, object>(doubles, source.Tangent!), "Enumerable.Cast");
                var copy = new SequenceBuilder<TChunk>(elements.Length);
                elements.CopyTo(0, elements.Length, copy, 0);
                return copy.Result();
            case double[,] matrix:
                var values = new double[matrix.Length];
                CommunityToolkit.HighPerformance.ArrayExtensions.AsSpan(matrix).CopyTo(values);
                var tangent = new ArrayTangent<TChunk, double>(matrix.Length);
                switch (source.Tangent)
                {
                    case MatrixTangent<TChunk, double> chunks:
                        chunks.Block.AsSpan().CopyTo(tangent.Block);
                        break;
                    case null:
                        break;
                    default:
                        throw new NotSupportedException($"The rule of Enumerable.Cast<double> found a double[,] with a tangent of type {source.Tangent.GetType().Name}, not a MatrixTangent at this width.");
                }

                return new(values, tangent);
            default:
                if (source.Tangent is not null)
                {
                    throw new NotSupportedException($"The rule of Enumerable.Cast<double> takes its derivative from a sequence of doubles or a double[,], not a {source.Primal.GetType().Name} that carries a tangent.");
                }

                double[] primal = [.. source.Primal.Cast<double>()];
                return new(primal, new ArrayTangent<TChunk, double>(primal.Length));
        }
    }
}
