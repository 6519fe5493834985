namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// Functions that behave well until told otherwise, then, from their fourth call on (a later
/// pass of a Jacobian or gradient), throw, return a longer array or return null: for the tests
/// that a reused plan still works after its function failed in a pass.
/// </summary>
internal sealed class Misbehaving
{
    /// <summary>The message of the exception <see cref="Mode.Throw"/> throws.</summary>
    public const string Failure = "a planned failure";

    private Mode _mode;
    private int _calls;

    /// <summary>What the functions do from their fourth call on.</summary>
    public enum Mode
    {
        /// <summary>What the well-behaved function does.</summary>
        Well,

        /// <summary>Throw an <see cref="InvalidOperationException"/>.</summary>
        Throw,

        /// <summary>Return an array one longer (<see cref="Map"/> only; the others throw).</summary>
        Lengthen,

        /// <summary>Return null (<see cref="Map"/> only; the others throw).</summary>
        ReturnNull,
    }

    /// <summary>Behaves as <paramref name="mode"/> says from the fourth call after this one on.</summary>
    public void Start(Mode mode)
    {
        _mode = mode;
        _calls = 0;
    }

    /// <summary>
    /// Asserts that <paramref name="call"/>, a high-level call of one of these functions, throws
    /// <see cref="Failure"/> when they fail in a later pass, and that the same call afterwards, on
    /// the plan the failed call left in the thread's slot, gives what a first call on a fresh thread gives.
    /// </summary>
    public void AssertACallAfterAFailedPassWorks(Func<double[,]> call, string what)
    {
        double[,] expected = FreshThread.Run(call);
        Start(Mode.Throw);
        Assert.AreEqual(Failure, Assert.ThrowsExactly<InvalidOperationException>(() => call()).Message, what);
        Start(Mode.Well);
        SameBits.Assert(expected, call(), $"{what} after the exception");
    }

    /// <summary><see cref="ReuseFunctions.Map"/>, or the misbehaviour.</summary>
    public double[] Map(double[] x)
    {
        if (Misbehaves())
        {
            return _mode == Mode.Lengthen ? new double[x.Length + 1] : _mode == Mode.ReturnNull ? null! : throw new InvalidOperationException(Failure);
        }

        return ReuseFunctions.Map(x);
    }

    /// <summary>Its argument, or the exception: a function that provably cannot write its argument, whose passes run on the caller's array and reseed only their lanes.</summary>
    public double[] Echo(double[] x) => _mode != Mode.Well && ++_calls > 3 ? throw new InvalidOperationException(Failure) : x; // no call: calls may write

    /// <summary><see cref="ReuseFunctions.MapInto"/>, or the exception.</summary>
    public void MapInto(double[] y, double[] x)
    {
        if (Misbehaves())
        {
            throw new InvalidOperationException(Failure);
        }

        ReuseFunctions.MapInto(y, x);
    }

    /// <summary><see cref="ReuseFunctions.MatrixSum"/>, or the exception.</summary>
    public double MatrixSum(double[,] m) => Misbehaves() ? throw new InvalidOperationException(Failure) : ReuseFunctions.MatrixSum(m);

    // Counts the call (racily when passes run in parallel: with ten passes the count passes three all the same).
    private bool Misbehaves() => _mode != Mode.Well && ++_calls > 3;
}
