using System.Numerics;

namespace Mooncake.Tests;

/// <summary>The example in README.md, so that the numbers it shows stay true.</summary>
[TestClass]
public sealed class ReadmeExampleTests
{
    [TestMethod]
    public void RosenbrockOnDualsGivesTheValueAndBothPartials()
    {
        var x = Dual<Chunk4>.Seed(1.5, lane: 0);
        var y = Dual<Chunk4>.Seed(-0.5, lane: 1);
        Dual<Chunk4> f = Rosenbrock(x, y);

        Assert.AreEqual(756.5, f.Value);
        Assert.AreEqual(1651.0, f[0]);
        Assert.AreEqual(-550.0, f[1]);
        Assert.AreEqual(0.0, f[2]);
        Assert.AreEqual("756.5 + [1651, -550, -0, -0]ε", f.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static T Rosenbrock<T>(T x, T y)
        where T : IFloatingPointIeee754<T>
    {
        T a = T.One - x, b = y - (x * x);
        return (a * a) + (T.CreateChecked(100) * b * b);
    }
}
