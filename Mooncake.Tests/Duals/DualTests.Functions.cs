namespace Mooncake.Tests.Duals;

// Every function of the catalogue, at random points in random directions: the value is the plain
// function's, each lane is the finite-difference directional derivative, the spare lanes stay
// zero, and lane k is exactly what a width-1 run in direction k gives.
public abstract partial class DualTests<TChunk>
{
    private const int Trials = 3;

    [TestMethod]
    [DynamicData(nameof(ScalarCases.Names), typeof(ScalarCases))]
    public void ValueIsThePlainFunctionBitwise(string name)
    {
        ScalarCase scalarCase = ScalarCases.Named(name);
        Checks(scalarCase).ValueIsThePlainFunction(RandomFor($"{nameof(ValueIsThePlainFunctionBitwise)}/{name}"), Run<TChunk>(scalarCase), x => GenericMath.Evaluate<double>(scalarCase.PlainName, x));
    }

    [TestMethod]
    [DynamicData(nameof(ScalarCases.Names), typeof(ScalarCases))]
    public void DerivativesMatchFiniteDifferences(string name)
    {
        ScalarCase scalarCase = ScalarCases.Named(name);
        Checks(scalarCase).DerivativesMatchFiniteDifferences(RandomFor($"{nameof(DerivativesMatchFiniteDifferences)}/{name}"), Run<TChunk>(scalarCase), scalarCase.Tolerance);
    }

    [TestMethod]
    [DynamicData(nameof(ScalarCases.Names), typeof(ScalarCases))]
    public void EachLaneEqualsTheWidthOneRunInItsDirection(string name)
    {
        ScalarCase scalarCase = ScalarCases.Named(name);
        Checks(scalarCase).EachLaneIsTheWidthOneRunInItsDirection(RandomFor($"{nameof(EachLaneEqualsTheWidthOneRunInItsDirection)}/{name}"), Run<TChunk>(scalarCase), Run<Chunk1>(scalarCase));
    }

    private FunctionChecks Checks(ScalarCase scalarCase) => new(scalarCase, Lanes, x => x);

    private static FunctionChecks.Run Run<TRun>(ScalarCase scalarCase)
        where TRun : struct, IChunk<TRun, double>
        => (x, directions) => Observed.Of<Dual<TRun>, TRun, double>(
            ScalarCases.Evaluate<TRun>(scalarCase, FunctionChecks.Arguments<Dual<TRun>, TRun, double>(x, directions)));
}
