namespace Mooncake.Tests.Testing;

/// <summary>
/// Bit-for-bit comparisons of results. <c>CollectionAssert.AreEqual</c> compares doubles by
/// <c>Equals</c>, under which +0 and -0 are equal; these do not.
/// </summary>
internal static class SameBits
{
    /// <summary>Asserts that <paramref name="actual"/> has <paramref name="expected"/>'s shape and the same bits in every element.</summary>
    public static void Assert(double[,] expected, double[,] actual, string what)
    {
        Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(expected.GetLength(0), actual.GetLength(0), $"{what}: rows");
        Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(expected.GetLength(1), actual.GetLength(1), $"{what}: columns");
        for (int i = 0; i < expected.GetLength(0); i++)
        {
            for (int j = 0; j < expected.GetLength(1); j++)
            {
                if (BitConverter.DoubleToInt64Bits(expected[i, j]) != BitConverter.DoubleToInt64Bits(actual[i, j]))
                {
                    Microsoft.VisualStudio.TestTools.UnitTesting.Assert.Fail($"{what}: [{i}, {j}] is {actual[i, j]:R}, expected {expected[i, j]:R}.");
                }
            }
        }
    }

    /// <summary>Asserts that <paramref name="actual"/> has <paramref name="expected"/>'s length and the same bits in every element.</summary>
    public static void Assert(double[] expected, double[] actual, string what)
    {
        Microsoft.VisualStudio.TestTools.UnitTesting.Assert.AreEqual(expected.Length, actual.Length, $"{what}: length");
        for (int i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]))
            {
                Microsoft.VisualStudio.TestTools.UnitTesting.Assert.Fail($"{what}: [{i}] is {actual[i]:R}, expected {expected[i]:R}.");
            }
        }
    }
}
