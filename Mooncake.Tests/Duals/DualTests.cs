namespace Mooncake.Tests.Duals;

/// <summary>
/// The tests of <see cref="Dual{TChunk}"/>, written once for every width: a run at
/// <see cref="Lanes"/> requested lanes uses the chunk type that holds them, with the spare lanes
/// of an odd width left zero in every input. One sealed subclass per requested width runs them.
/// The partial files hold the function catalogue checks, the singular points and kinks, generic
/// code, and the number-base plumbing (conversions, parsing, formatting, comparisons).
/// </summary>
/// <typeparam name="TChunk">The chunk type of the run.</typeparam>
public abstract partial class DualTests<TChunk>
    where TChunk : struct, IChunk<TChunk, double>
{
    /// <summary>The number of lanes the run seeds (at most <c>TChunk.Width</c>; the rest are spare).</summary>
    protected abstract int Lanes { get; }

    private static int Width => TChunk.Width;

    /// <summary>A tangent pattern: lane k is zero for even k (of both signs) and non-zero for odd k.</summary>
    protected static double ZeroInEvenLanes(int k) => k % 2 == 0 ? (k % 4 == 0 ? 0.0 : -0.0) : 0.5 * (k + 1) * (k % 4 == 1 ? 1 : -1);

    /// <summary>A tangent pattern with every lane non-zero and distinct.</summary>
    protected static double NonZeroInEveryLane(int k) => 0.25 * (k + 1) * (k % 2 == 0 ? 1 : -1);

    /// <summary>The partials with lane k = <paramref name="lane"/>(k) for the seeded lanes and zero in the spare lanes.</summary>
    protected TChunk Partials(Func<int, double> lane)
    {
        TChunk partials = TChunk.Zero;
        for (int k = 0; k < Lanes; k++)
        {
            partials = partials.WithLane(k, lane(k));
        }

        return partials;
    }

    /// <summary>A dual with value <paramref name="value"/> and the seeded lanes from <paramref name="lane"/>.</summary>
    protected Dual<TChunk> Seeded(double value, Func<int, double> lane) => new(value, Partials(lane));

    /// <summary>
    /// Asserts that the seeded lanes of <paramref name="actual"/> are <paramref name="expected"/>(k)
    /// (exactly where that is zero or not finite, to 1e-14 otherwise) and the spare lanes are zero.
    /// </summary>
    protected void AssertLanes(Func<int, double> expected, Dual<TChunk> actual, string what)
    {
        AssertSpareLanesZero(actual, what);
        for (int k = 0; k < Lanes; k++)
        {
            double e = expected(k);
            string where = $"{what}, lane {k} of {Lanes}";
            if (e == 0)
            {
                Expect.Zero(actual[k], where);
            }
            else if (!double.IsFinite(e))
            {
                Expect.Same(e, actual[k], where);
            }
            else
            {
                Expect.Close(e, actual[k], 1e-14, where);
            }
        }
    }

    /// <summary>Asserts that the lanes beyond the seeded ones are zero.</summary>
    protected void AssertSpareLanesZero(Dual<TChunk> actual, string what)
    {
        for (int k = Lanes; k < Width; k++)
        {
            Expect.Zero(actual[k], $"{what}, spare lane {k}");
        }
    }

    /// <summary>A generator for one test, seeded by the test, the width and the chunk type.</summary>
    protected Random RandomFor(string test) => TestRandom.For($"{test}/{Lanes}/{typeof(TChunk).Name}");
}

// One run per requested width; widths 8 and 16 in both vector variants. Width 3 runs on the
// width-4 chunk with the fourth lane spare.
[TestClass] public sealed class DualTestsAt1Lane : DualTests<Chunk1> { protected override int Lanes => 1; }
[TestClass] public sealed class DualTestsAt3Lanes : DualTests<Chunk4> { protected override int Lanes => 3; }
[TestClass] public sealed class DualTestsAt4Lanes : DualTests<Chunk4> { protected override int Lanes => 4; }
[TestClass] public sealed class DualTestsAt8Lanes : DualTests<Chunk8> { protected override int Lanes => 8; }
[TestClass] public sealed class DualTestsAt8LanesV512 : DualTests<Chunk8V512> { protected override int Lanes => 8; }
[TestClass] public sealed class DualTestsAt16Lanes : DualTests<Chunk16> { protected override int Lanes => 16; }
[TestClass] public sealed class DualTestsAt16LanesV512 : DualTests<Chunk16V512> { protected override int Lanes => 16; }
