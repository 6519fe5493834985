using System.Numerics;
using System.Runtime.Intrinsics;

namespace Mooncake.Tangents;

/// <summary>
/// Generic code to run at a width chosen at run time: <see cref="ChunkWidth.Accept{TResult}"/>
/// calls <see cref="Visit{TChunk, TFloatChunk}"/> with the chunk types of that width, so the
/// body is compiled (and specialised by the JIT) once per width.
/// </summary>
/// <typeparam name="TResult">What the visit returns.</typeparam>
public interface IChunkVisitor<out TResult>
{
    /// <summary>Runs with the double and float chunk types of one width.</summary>
    TResult Visit<TChunk, TFloatChunk>()
        where TChunk : struct, IChunk<TChunk, double>
        where TFloatChunk : struct, IChunk<TFloatChunk, float>;
}

/// <summary>
/// A supported chunk width: how many lanes travel together, and the chunk types that carry them
/// for <see cref="double"/> and <see cref="float"/> primals.
/// </summary>
/// <remarks>
/// Supported widths are 1, 2, 4, 8, 16, 32 and 64. Any requested width in [1, 64] maps to the
/// smallest supported width that holds it; the spare lanes are zero, so kernels need no
/// remainder code. Widths 8 and above have two variants: built from <see cref="Vector256{T}"/>
/// or from <see cref="Vector512{T}"/>. <see cref="Resolve(int)"/> picks the Vector512 variant
/// exactly when <see cref="Vector512.IsHardwareAccelerated"/> is true.
/// </remarks>
public sealed class ChunkWidth
{
    /// <summary>The largest width a single pass can carry.</summary>
    public const int MaxWidth = 64;

    private static readonly ChunkWidth[] Vector256Widths =
    [
        new(1, false, typeof(Chunk1), typeof(FloatChunk1), static v => v.Visit<Chunk1, FloatChunk1>()),
        new(2, false, typeof(Chunk2), typeof(FloatChunk2), static v => v.Visit<Chunk2, FloatChunk2>()),
        new(4, false, typeof(Chunk4), typeof(FloatChunk4), static v => v.Visit<Chunk4, FloatChunk4>()),
        new(8, false, typeof(Chunk8), typeof(FloatChunk8), static v => v.Visit<Chunk8, FloatChunk8>()),
        new(16, false, typeof(Chunk16), typeof(FloatChunk16), static v => v.Visit<Chunk16, FloatChunk16>()),
        new(32, false, typeof(Chunk32), typeof(FloatChunk32), static v => v.Visit<Chunk32, FloatChunk32>()),
        new(64, false, typeof(Chunk64), typeof(FloatChunk64), static v => v.Visit<Chunk64, FloatChunk64>()),
    ];

    private static readonly ChunkWidth[] Vector512Widths =
    [
        Vector256Widths[0],
        Vector256Widths[1],
        Vector256Widths[2],
        new(8, true, typeof(Chunk8V512), typeof(FloatChunk8), static v => v.Visit<Chunk8V512, FloatChunk8>()),
        new(16, true, typeof(Chunk16V512), typeof(FloatChunk16V512), static v => v.Visit<Chunk16V512, FloatChunk16V512>()),
        new(32, true, typeof(Chunk32V512), typeof(FloatChunk32V512), static v => v.Visit<Chunk32V512, FloatChunk32V512>()),
        new(64, true, typeof(Chunk64V512), typeof(FloatChunk64V512), static v => v.Visit<Chunk64V512, FloatChunk64V512>()),
    ];

    private readonly Func<IChunkVisitor<object?>, object?> _visit;

    private ChunkWidth(int lanes, bool usesVector512, Type doubleChunk, Type floatChunk, Func<IChunkVisitor<object?>, object?> visit)
    {
        Lanes = lanes;
        UsesVector512 = usesVector512;
        DoubleChunk = doubleChunk;
        FloatChunk = floatChunk;
        _visit = visit;
    }

    /// <summary>The number of lanes (a power of two).</summary>
    public int Lanes { get; }

    /// <summary>Whether the wide chunks of this width are built from <see cref="Vector512{T}"/>.</summary>
    public bool UsesVector512 { get; }

    /// <summary>The chunk type of a <see cref="double"/> primal at this width.</summary>
    public Type DoubleChunk { get; }

    /// <summary>The chunk type of a <see cref="float"/> primal at this width.</summary>
    public Type FloatChunk { get; }

    /// <summary>Every supported width, both variants, without repeats.</summary>
    public static IReadOnlyList<ChunkWidth> All { get; } = [.. Vector256Widths, .. Vector512Widths.Where(w => w.UsesVector512)];

    /// <summary>The width that carries <paramref name="requested"/> lanes on this machine.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requested"/> is not in [1, 64].</exception>
    public static ChunkWidth Resolve(int requested) => Resolve(requested, Vector512.IsHardwareAccelerated);

    /// <summary>The width that carries <paramref name="requested"/> lanes, choosing the vector size explicitly.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requested"/> is not in [1, 64].</exception>
    public static ChunkWidth Resolve(int requested, bool useVector512)
    {
        int lanes = RoundUp(requested);
        return (useVector512 ? Vector512Widths : Vector256Widths)[BitOperations.Log2((uint)lanes)];
    }

    /// <summary>The supported lane count that holds <paramref name="requested"/> lanes.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requested"/> is not in [1, 64].</exception>
    public static int RoundUp(int requested)
    {
        if (requested is < 1 or > MaxWidth)
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, $"Chunk width {requested} is invalid: a width must be between 1 and {MaxWidth} lanes.");
        }

        return (int)BitOperations.RoundUpToPowerOf2((uint)requested);
    }

    /// <summary>The width whose double or float chunk type is <paramref name="chunkType"/>, or null if it is not a chunk type.</summary>
    public static ChunkWidth? OfChunk(Type chunkType)
    {
        ArgumentNullException.ThrowIfNull(chunkType);
        foreach (ChunkWidth width in All)
        {
            if (width.DoubleChunk == chunkType || width.FloatChunk == chunkType)
            {
                // A float chunk is shared by both variants at widths below 16; prefer the one whose
                // double chunk matches the caller's vector size, which is the Vector256 one listed first.
                return width;
            }
        }

        return null;
    }

    /// <summary>The width whose double chunk type is <typeparamref name="TChunk"/>.</summary>
    /// <exception cref="ArgumentException"><typeparamref name="TChunk"/> is not one of the supported double chunk types.</exception>
    public static ChunkWidth Of<TChunk>()
        where TChunk : struct, IChunk<TChunk, double>
        => All.FirstOrDefault(w => w.DoubleChunk == typeof(TChunk))
           ?? throw new ArgumentException($"{typeof(TChunk)} is not one of the supported double chunk types.", nameof(TChunk));

    /// <summary>Runs <paramref name="visitor"/> with this width's chunk types.</summary>
    public TResult Accept<TResult>(IChunkVisitor<TResult> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        return (TResult)_visit(new Boxing<TResult>(visitor))!;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Lanes} lanes ({DoubleChunk.Name}, {FloatChunk.Name})";

    // Lets one table of visit delegates serve every result type.
    private sealed class Boxing<TResult>(IChunkVisitor<TResult> inner) : IChunkVisitor<object?>
    {
        public object? Visit<TChunk, TFloatChunk>()
            where TChunk : struct, IChunk<TChunk, double>
            where TFloatChunk : struct, IChunk<TFloatChunk, float>
            => inner.Visit<TChunk, TFloatChunk>();
    }
}
