using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake.Tests.Builder.Corpus;

/// <summary>
/// LINQ operators the rule builder cannot differentiate: building the rule fails at the call
/// with an <see cref="UnsupportedILException"/> that names the method, the IL offset and the
/// instruction, never with a wrong derivative or a failure at run time.
/// </summary>
[TestClass]
public sealed class UnsupportedLinqTests
{
    // Enumerable.OrderBy returns a lazy OrderedIterator that sorts through EnumerableSorter's
    // key maps over spans and Unsafe references, which the builder cannot follow, and it has no
    // rule (its result would have to be an IOrderedEnumerable that ThenBy can refine).
    [TestMethod]
    public void OrderByIsRejectedAtTheCall()
    {
        UnsupportedILException e = Assert.ThrowsExactly<UnsupportedILException>(() => Forward.Gradient(LinqCorpus.OrderBy, [0.3, -0.8, 0.1]));
        Assert.AreEqual(nameof(LinqCorpus.OrderBy), e.Method.Name);
        Assert.IsNotNull(e.Instruction);
        StringAssert.Contains(e.Message, $"IL_{e.Instruction.Offset:X4}");
        StringAssert.Contains(e.Message, "Enumerable.OrderBy");
        StringAssert.Contains(e.Message, "Array.Sort");
    }
}
