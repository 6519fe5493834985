using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// The target of a delegate handed to <c>Forward</c> is constant state: where it is sound, its
/// rule spends no tangent work on the target (a weight read from it times an input is a scaling),
/// and where the function writes values that carry derivatives into that state, hands it to a
/// call along with them, or returns it, the target keeps its tangent. Every derivative is checked
/// against the exact one either way, at widths 1, 3 and 8.
/// </summary>
[TestClass]
public sealed class ConstantTargetTests
{
    public static IEnumerable<object[]> Widths => [[1], [3], [8]];

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void ReadOnlyStateIsConstant(int width)
    {
        var model = new Weighted([0.5, -2.0, 3.0], new double[,] { { 1, 2, 3 }, { -1, 0, 4 } });
        double[] x = [0.3, 0.7, -1.1];
        CollectionAssert.AreEqual(model.ExactGradient(x), Forward.Gradient(model.Evaluate, x, width));
        Assert.IsTrue(IsConstant(nameof(Weighted.Evaluate)), Listing(nameof(Weighted.Evaluate)));
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void StateWrittenWithDerivativesKeepsItsTangent(int width)
    {
        var model = new Weighted([0.5, -2.0, 3.0], new double[2, 3]);
        double[] x = [0.3, 0.7, -1.1];
        double[] gradient = Forward.Gradient(model.ThroughBuffer, x, width);
        CollectionAssert.AreEqual(new[] { 2 * 0.5 * x[1], 2 * 0.5 * x[0], 0.0 }, gradient);
        Assert.IsFalse(IsConstant(nameof(Weighted.ThroughBuffer)), Listing(nameof(Weighted.ThroughBuffer)));
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void StateHandedToAHelperWithDerivativesKeepsItsTangent(int width)
    {
        var model = new Weighted([0.5, -2.0, 3.0], new double[2, 3]);
        double[] x = [0.3, 0.7, -1.1];
        CollectionAssert.AreEqual(new[] { 3.0 * 0.5, 3.0 * -2.0, 3.0 * 3.0 }, Forward.Gradient(model.ThroughHelper, x, width));
        Assert.IsFalse(IsConstant(nameof(Weighted.ThroughHelper)), Listing(nameof(Weighted.ThroughHelper)));
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void ACapturedVariableAssignedADerivativeKeepsItsTangent(int width)
    {
        double captured = 0;
        Func<double[], double> f = x =>
        {
            captured = x[0] * x[1];
            return captured * x[2];
        };

        double[] point = [0.3, 0.7, -1.1];
        CollectionAssert.AreEqual(new[] { point[1] * point[2], point[0] * point[2], point[0] * point[1] }, Forward.Gradient(f, point, width));
        StringAssert.Contains(RuleDebugger.Describe(f.Method, constantReceiver: true), "receiver: not constant");
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void ACapturedArrayAccumulatedIntoKeepsItsTangent(int width)
    {
        // acc[0] += ... compiles to a duplicated element address (dup), written through one copy.
        double[] acc = [1.5];
        Func<double[], double> f = x =>
        {
            acc[0] += x[0] * x[1];
            return acc[0] * x[2];
        };

        double[] point = [0.3, 0.7, -1.1];
        double[] gradient = Forward.Gradient(f, point, width);
        Assert.AreEqual(point[1] * point[2], gradient[0], 1e-12);
        Assert.AreEqual(point[0] * point[2], gradient[1], 1e-12);
        StringAssert.Contains(RuleDebugger.Describe(f.Method, constantReceiver: true), "receiver: not constant");
    }

    [TestMethod]
    [DynamicData(nameof(Widths))]
    public void AJacobianReturningCapturedStateKeepsItsTangent(int width)
    {
        var model = new Weighted([0.5, -2.0, 3.0], new double[2, 3]);
        double[] x = [0.3, 0.7, -1.1];
        double[,] jacobian = Forward.Jacobian(model.IntoBuffer, x, width);
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 3; j++)
            {
                Assert.AreEqual(i == j ? model.Weights[i] : 0.0, jacobian[i, j], $"J[{i}, {j}]");
            }
        }

        Assert.IsFalse(IsConstant(nameof(Weighted.IntoBuffer)), Listing(nameof(Weighted.IntoBuffer)));
    }

    [TestMethod]
    public void BatchedDerivativesOfAClosureWritingItsStateDoNotLeakBetweenPoints()
    {
        // f reads what the previous point left (a constant to this point), then stores t there:
        // f'(t) = previous, with no part of the previous point's derivative.
        double[] previous = [0.0];
        Func<double, double> f = t =>
        {
            double p = previous[0];
            previous[0] = t;
            return t * p;
        };

        double[] points = [0.5, -1.25, 2.0, 3.5];
        var values = new double[points.Length];
        var derivatives = new double[points.Length];
        Forward.PrepareDerivative(f).ValuesAndDerivatives(points, values, derivatives);
        CollectionAssert.AreEqual(new[] { 0.0, 0.5, -1.25, 2.0 }, derivatives);
        CollectionAssert.AreEqual(new[] { 0.0, -1.25 * 0.5, 2.0 * -1.25, 3.5 * 2.0 }, values);
    }

    private static string Listing(string method) =>
        RuleDebugger.Describe(typeof(Weighted).GetMethod(method, BindingFlags.Public | BindingFlags.Instance)!, constantReceiver: true);

    // Constant: the analysis holds the receiver inactive (it is not in the active list).
    private static bool IsConstant(string method)
    {
        string listing = Listing(method);
        string active = listing.Split('\n').Single(line => line.StartsWith("active:", StringComparison.Ordinal));
        return !listing.Contains("receiver: not constant", StringComparison.Ordinal) && !active.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries).Contains("arg0");
    }
}

/// <summary>A model with constant weights and a scratch buffer, used by <see cref="ConstantTargetTests"/>.</summary>
public sealed class Weighted(double[] weights, double[,] matrix)
{
    private readonly double[] _buffer = new double[3];

    /// <summary>The weights.</summary>
    public double[] Weights { get; } = weights;

    /// <summary>Σ wᵢ xᵢ² + Σ Mᵢⱼ xⱼ: reads its state only.</summary>
    public double Evaluate(double[] x)
    {
        double s = 0;
        for (int i = 0; i < x.Length; i++)
        {
            s += Weights[i] * x[i] * x[i];
        }

        for (int i = 0; i < matrix.GetLength(0); i++)
        {
            for (int j = 0; j < matrix.GetLength(1); j++)
            {
                s += matrix[i, j] * x[j];
            }
        }

        return s;
    }

    /// <summary>The exact gradient of <see cref="Evaluate"/>.</summary>
    public double[] ExactGradient(double[] x)
    {
        var g = new double[x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            g[j] = 2 * Weights[j] * x[j];
            for (int i = 0; i < matrix.GetLength(0); i++)
            {
                g[j] += matrix[i, j];
            }
        }

        return g;
    }

    /// <summary>Writes a value that carries derivatives into its buffer and reads it back: 2 w₀ x₀ x₁.</summary>
    public double ThroughBuffer(double[] x)
    {
        _buffer[0] = Weights[0] * x[0] * x[1];
        return 2 * _buffer[0];
    }

    /// <summary>Hands its buffer to a helper together with x, then sums it: 3 Σ wᵢ xᵢ.</summary>
    public double ThroughHelper(double[] x)
    {
        Scale(_buffer, Weights, x);
        return 3 * (_buffer[0] + _buffer[1] + _buffer[2]);
    }

    /// <summary>Fills its buffer with wᵢ xᵢ and returns the buffer itself.</summary>
    public double[] IntoBuffer(double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            _buffer[i] = Weights[i] * x[i];
        }

        return _buffer;
    }

    private static void Scale(double[] into, double[] by, double[] x)
    {
        for (int i = 0; i < x.Length; i++)
        {
            into[i] = by[i] * x[i];
        }
    }
}
