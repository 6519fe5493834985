using Mooncake.Rules;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// Bad input to the <c>Forward</c> API: null delegates and arrays, empty inputs, length
/// mismatches and invalid chunk sizes raise an exception that names the argument and the
/// problem, and leave the caller's arrays as they were.
/// </summary>
[TestClass]
public sealed class ForwardBadInputTests
{
    private static readonly Func<double, double> Scalar = x => x * x;
    private static readonly Func<double, double[]> ScalarToArray = x => [x, x * x];
    private static readonly Action<double[], double> ScalarIntoArray = (y, x) => y[0] = x * x;
    private static readonly Func<double[], double> VectorToScalar = x => x[0] * x[^1];
    private static readonly Func<double[,], double> MatrixToScalar = x => x[0, 0] * x[x.GetLength(0) - 1, x.GetLength(1) - 1];
    private static readonly Func<double[], double[]> VectorToVector = x => [x[0] * x[^1]];
    private static readonly Action<double[], double[]> VectorIntoVector = (y, x) => y[0] = x[0] * x[^1];

    [TestMethod]
    public void NullDelegatesAreNamed()
    {
        double[] x = [1, 2];
        Named<ArgumentNullException>(() => Forward.Derivative((Func<double, double>)null!, 1.0), "f");
        Named<ArgumentNullException>(() => Forward.Derivative((Func<double, double[]>)null!, 1.0), "f");
        Named<ArgumentNullException>(() => Forward.Derivative(null!, new double[1], 1.0), "f");
        Named<ArgumentNullException>(() => Forward.Gradient((Func<double[], double>)null!, x), "f");
        Named<ArgumentNullException>(() => Forward.Gradient((Func<double[,], double>)null!, new double[1, 1]), "f");
        Named<ArgumentNullException>(() => Forward.Jacobian((Func<double[], double[]>)null!, x), "f");
        Named<ArgumentNullException>(() => Forward.Jacobian(null!, new double[1], x), "f");
        Named<ArgumentNullException>(() => Forward.Pushforward(null!, x, [x], new double[1]), "f");
        Named<ArgumentNullException>(() => Forward.PrepareGradient(null!, 2), "f");
        Named<ArgumentNullException>(() => Forward.PrepareDerivative(null!), "f");
    }

    [TestMethod]
    public void NullArraysAreNamed()
    {
        double[] x = [1, 2];
        Named<ArgumentNullException>(() => Forward.Derivative(ScalarIntoArray, null!, 1.0), "y");
        Named<ArgumentNullException>(() => Forward.Gradient(VectorToScalar, null!), "x");
        Named<ArgumentNullException>(() => Forward.Gradient(MatrixToScalar, (double[,])null!), "x");
        Named<ArgumentNullException>(() => Forward.Jacobian(VectorToVector, null!), "x");
        Named<ArgumentNullException>(() => Forward.Jacobian(VectorIntoVector, null!, x), "y");
        Named<ArgumentNullException>(() => Forward.Jacobian(VectorIntoVector, new double[1], null!), "x");
        Named<ArgumentNullException>(() => Forward.Pushforward(VectorToScalar, null!, [x], new double[1]), "x");
        Named<ArgumentNullException>(() => Forward.Pushforward(VectorToScalar, x, null!, new double[1]), "directions");
        Named<ArgumentNullException>(() => Forward.Pushforward(VectorToScalar, x, [x, null!], new double[2]), "directions[1]");
        Named<ArgumentNullException>(() => Forward.Pushforward(VectorToScalar, x, [x], null!), "result");
        GradientPlan plan = Forward.PrepareGradient(VectorToScalar, 2);
        Named<ArgumentNullException>(() => plan.ValueAndGradient(null!, new double[2]), "x");
        Named<ArgumentNullException>(() => plan.ValueAndGradient(x, null!), "gradient");
    }

    [TestMethod]
    public void EmptyInputsSayThereIsNothingToDifferentiate()
    {
        Named<ArgumentException>(() => Forward.Gradient(VectorToScalar, []), "x", "empty");
        Named<ArgumentException>(() => Forward.Gradient(MatrixToScalar, new double[0, 3]), "x", "empty");
        Named<ArgumentException>(() => Forward.Jacobian(VectorToVector, []), "x", "empty");
        Named<ArgumentException>(() => Forward.Jacobian(VectorIntoVector, new double[1], []), "x", "empty");
        Named<ArgumentException>(() => Forward.Pushforward(VectorToScalar, [], [[]], new double[1]), "x", "empty");
        Named<ArgumentOutOfRangeException>(() => Forward.PrepareGradient(VectorToScalar, 0), "length");
    }

    [TestMethod]
    public void LengthMismatchesNameBothLengths()
    {
        double[] x = [1, 2, 3];
        Named<ArgumentException>(() => Forward.Pushforward(VectorToScalar, x, [[1, 0, 0], [1, 0]], new double[2]), "directions", "Direction 1", "2 elements", "3");
        Named<ArgumentException>(() => Forward.Pushforward(VectorToScalar, x, [[1, 0, 0], [0, 1, 0]], new double[1]), "result", "room for 1", "2 directions");
        Named<ArgumentException>(() => Forward.Pushforward(VectorToScalar, x, [], new double[1]), "directions", "between 1 and 64", "not 0");
        double[][] tooMany = [.. Enumerable.Range(0, 65).Select(_ => new double[3])];
        Named<ArgumentException>(() => Forward.Pushforward(VectorToScalar, x, tooMany, new double[65]), "directions", "not 65");

        GradientPlan plan = Forward.PrepareGradient(VectorToScalar, 3);
        Named<ArgumentException>(() => plan.ValueAndGradient([1, 2], new double[3]), "x", "3 inputs", "2 elements");
        Named<ArgumentException>(() => plan.ValueAndGradient(x, new double[4]), "gradient", "3 inputs", "4 elements");
        Assert.AreEqual(3.0, plan.ValueAndGradient(x, new double[3]), "the plan still works after rejecting bad input");
    }

    [TestMethod]
    [DataRow(-1)]
    [DataRow(65)]
    [DataRow(int.MinValue)]
    [DataRow(int.MaxValue)]
    public void InvalidChunkSizesAreRejected(int chunk)
    {
        double[] x = [1, 2, 3];
        string size = chunk.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Named<ArgumentOutOfRangeException>(() => Forward.Gradient(VectorToScalar, x, chunk), "chunk", size, "between 1 and 64");
        Named<ArgumentOutOfRangeException>(() => Forward.Gradient(MatrixToScalar, new double[2, 2], chunk), "chunk", size);
        Named<ArgumentOutOfRangeException>(() => Forward.Jacobian(VectorToVector, x, chunk), "chunk", size);
        Named<ArgumentOutOfRangeException>(() => Forward.Jacobian(VectorIntoVector, new double[1], x, chunk), "chunk", size);
        Named<ArgumentOutOfRangeException>(() => Forward.PrepareGradient(VectorToScalar, 3, chunk), "chunk", size);
    }

    [TestMethod]
    public void AJacobianWhoseFunctionReturnsNullSaysSo()
    {
        Func<double[], double[]> returnsNull = x => x[0] > 0 ? null! : x;
        var e = Assert.ThrowsExactly<InvalidOperationException>(() => Forward.Jacobian(returnsNull, [1.0, 2.0]));
        StringAssert.Contains(e.Message, "returned null");
    }

    [TestMethod]
    public void AJacobianWhoseOutputLengthChangesBetweenPassesSaysSo()
    {
        // Longer outputs when the first input is seeded: a function whose shape follows its tangent
        // cannot happen, so this one follows a counter, the way a stateful user function might.
        int calls = 0;
        Func<double[], double[]> growing = x => new double[++calls].Select(_ => x[0]).ToArray();
        Named<ArgumentException>(() => Forward.Jacobian(growing, [1.0, 2.0, 3.0], 1), "f", "returned 1 values in one pass and 2 in another");
    }

    [TestMethod]
    public void BadInputLeavesTheCallersArraysAsTheyWere()
    {
        double[] x = [1, 2, 3];
        double[] direction = [1, 0];
        double[] result = [7, 7];
        _ = Assert.ThrowsExactly<ArgumentException>(() => Forward.Pushforward(VectorToScalar, x, [[1, 0, 0], direction], result));
        CollectionAssert.AreEqual(new double[] { 1, 2, 3 }, x);
        CollectionAssert.AreEqual(new double[] { 1, 0 }, direction);
        CollectionAssert.AreEqual(new double[] { 7, 7 }, result);
    }

    private static void Named<TException>(Action action, string parameter, params string[] fragments)
        where TException : ArgumentException
    {
        TException e = Assert.Throws<TException>(action);
        Assert.AreEqual(parameter, e.ParamName, $"the parameter {typeof(TException).Name} names: {e.Message}");
        foreach (string fragment in fragments)
        {
            StringAssert.Contains(e.Message, fragment);
        }
    }
}
