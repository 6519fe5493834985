namespace Mooncake.Tests.Chunks;

// One law suite per chunk type: every double and float chunk, both vector variants, and the
// 32- and 64-lane pairs. ChunkLawCoverageTests checks that no chunk type of the width table is missing.
[TestClass] public sealed class Chunk1Laws : ChunkLawTests<Chunk1, double>;
[TestClass] public sealed class Chunk2Laws : ChunkLawTests<Chunk2, double>;
[TestClass] public sealed class Chunk4Laws : ChunkLawTests<Chunk4, double>;
[TestClass] public sealed class Chunk8Laws : ChunkLawTests<Chunk8, double>;
[TestClass] public sealed class Chunk8V512Laws : ChunkLawTests<Chunk8V512, double>;
[TestClass] public sealed class Chunk16Laws : ChunkLawTests<Chunk16, double>;
[TestClass] public sealed class Chunk16V512Laws : ChunkLawTests<Chunk16V512, double>;
[TestClass] public sealed class Chunk32Laws : ChunkLawTests<Chunk32, double>;
[TestClass] public sealed class Chunk32V512Laws : ChunkLawTests<Chunk32V512, double>;
[TestClass] public sealed class Chunk64Laws : ChunkLawTests<Chunk64, double>;
[TestClass] public sealed class Chunk64V512Laws : ChunkLawTests<Chunk64V512, double>;
[TestClass] public sealed class FloatChunk1Laws : ChunkLawTests<FloatChunk1, float>;
[TestClass] public sealed class FloatChunk2Laws : ChunkLawTests<FloatChunk2, float>;
[TestClass] public sealed class FloatChunk4Laws : ChunkLawTests<FloatChunk4, float>;
[TestClass] public sealed class FloatChunk8Laws : ChunkLawTests<FloatChunk8, float>;
[TestClass] public sealed class FloatChunk16Laws : ChunkLawTests<FloatChunk16, float>;
[TestClass] public sealed class FloatChunk16V512Laws : ChunkLawTests<FloatChunk16V512, float>;
[TestClass] public sealed class FloatChunk32Laws : ChunkLawTests<FloatChunk32, float>;
[TestClass] public sealed class FloatChunk32V512Laws : ChunkLawTests<FloatChunk32V512, float>;
[TestClass] public sealed class FloatChunk64Laws : ChunkLawTests<FloatChunk64, float>;
[TestClass] public sealed class FloatChunk64V512Laws : ChunkLawTests<FloatChunk64V512, float>;

[TestClass]
public sealed class ChunkLawCoverageTests
{
    [TestMethod]
    public void EveryChunkTypeOfTheWidthTableHasALawSuite()
    {
        HashSet<Type> covered = typeof(ChunkLawCoverageTests).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(TestClassAttribute), false) && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(ChunkLawTests<,>))
            .Select(t => t.BaseType!.GetGenericArguments()[0])
            .ToHashSet();
        foreach (ChunkWidth width in ChunkWidth.All)
        {
            Assert.Contains(width.DoubleChunk, covered, $"{width.DoubleChunk} has no law suite");
            Assert.Contains(width.FloatChunk, covered, $"{width.FloatChunk} has no law suite");
        }
    }
}
