using System.Reflection;

namespace Mooncake.Tests.ForwardApi;

/// <summary>
/// The API's old namespace for one release: <c>Mooncake.Rules.Forward</c> still computes what
/// <see cref="Mooncake.Forward"/> does, and compiling against it warns with what to change.
/// </summary>
[TestClass]
public sealed class ObsoleteNamespaceTests
{
    [TestMethod]
    public void TheOldForwardForwardsAndSaysWhereTheApiWent()
    {
        double[] x = [0.5, -1.5, 2.0];
        static double F(double[] v) => (v[0] * v[1]) + Math.Sin(v[2]);
#pragma warning disable CS0618 // the old API, on purpose
        double[] old = Mooncake.Rules.Forward.Gradient(F, x);
        double derivative = Mooncake.Rules.Forward.Derivative(Math.Sin, 0.3);
#pragma warning restore CS0618
        CollectionAssert.AreEqual(Mooncake.Forward.Gradient(F, x), old);
        Assert.AreEqual(Math.Cos(0.3), derivative, 1e-15);

        Type facade = typeof(Mooncake.Forward).Assembly.GetType("Mooncake.Rules.Forward")!;
        ObsoleteAttribute obsolete = facade.GetCustomAttribute<ObsoleteAttribute>()!;
        StringAssert.Contains(obsolete.Message, "using Mooncake;");
        Assert.IsFalse(obsolete.IsError, "old code still compiles, with a warning");
        string[] forwarded = [.. facade.GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.ToString()!).Order()];
        string[] current = [.. typeof(Mooncake.Forward).GetMethods(BindingFlags.Public | BindingFlags.Static).Select(m => m.ToString()!).Order()];
        CollectionAssert.AreEqual(current, forwarded, "every method of the API has its forwarder");
    }
}
