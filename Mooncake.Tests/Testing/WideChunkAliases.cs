// The library's aliases for the wide chunks are global usings of the library project only; the
// tests spell them the same way so that test classes read like the library.
global using Chunk32 = Mooncake.Tangents.ChunkPair<Mooncake.Tangents.Chunk16, Mooncake.Tangents.Chunk16, double>;
global using Chunk64 = Mooncake.Tangents.ChunkPair<Mooncake.Tangents.ChunkPair<Mooncake.Tangents.Chunk16, Mooncake.Tangents.Chunk16, double>, Mooncake.Tangents.ChunkPair<Mooncake.Tangents.Chunk16, Mooncake.Tangents.Chunk16, double>, double>;
global using Chunk32V512 = Mooncake.Tangents.ChunkPair<Mooncake.Tangents.Chunk16V512, Mooncake.Tangents.Chunk16V512, double>;
global using Chunk64V512 = Mooncake.Tangents.ChunkPair<Mooncake.Tangents.ChunkPair<Mooncake.Tangents.Chunk16V512, Mooncake.Tangents.Chunk16V512, double>, Mooncake.Tangents.ChunkPair<Mooncake.Tangents.Chunk16V512, Mooncake.Tangents.Chunk16V512, double>, double>;
global using FloatChunk32 = Mooncake.Tangents.ChunkPair<Mooncake.Tangents.FloatChunk16, Mooncake.Tangents.FloatChunk16, float>;
global using FloatChunk64 = Mooncake.Tangents.ChunkPair<Mooncake.Tangents.ChunkPair<Mooncake.Tangents.FloatChunk16, Mooncake.Tangents.FloatChunk16, float>, Mooncake.Tangents.ChunkPair<Mooncake.Tangents.FloatChunk16, Mooncake.Tangents.FloatChunk16, float>, float>;
global using FloatChunk32V512 = Mooncake.Tangents.ChunkPair<Mooncake.Tangents.FloatChunk16V512, Mooncake.Tangents.FloatChunk16V512, float>;
global using FloatChunk64V512 = Mooncake.Tangents.ChunkPair<Mooncake.Tangents.ChunkPair<Mooncake.Tangents.FloatChunk16V512, Mooncake.Tangents.FloatChunk16V512, float>, Mooncake.Tangents.ChunkPair<Mooncake.Tangents.FloatChunk16V512, Mooncake.Tangents.FloatChunk16V512, float>, float>;
global using Mooncake.Tests.Testing;
