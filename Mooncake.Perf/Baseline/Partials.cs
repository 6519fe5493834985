using System.Runtime.CompilerServices;

namespace Mooncake.Perf.Baseline;

// One inline array per benchmarked width. The single field is the first element; the runtime
// lays out Width of them contiguously, like ForwardDiff.jl's NTuple{N,Float64} partials.

/// <summary>One partial.</summary>
[InlineArray(1)]
public struct Partials1 : IPartials<Partials1>
{
    private double _lane0;

    /// <inheritdoc/>
    public static int Width => 1;
}

/// <summary>Four partials.</summary>
[InlineArray(4)]
public struct Partials4 : IPartials<Partials4>
{
    private double _lane0;

    /// <inheritdoc/>
    public static int Width => 4;
}

/// <summary>Eight partials.</summary>
[InlineArray(8)]
public struct Partials8 : IPartials<Partials8>
{
    private double _lane0;

    /// <inheritdoc/>
    public static int Width => 8;
}

/// <summary>Sixteen partials.</summary>
[InlineArray(16)]
public struct Partials16 : IPartials<Partials16>
{
    private double _lane0;

    /// <inheritdoc/>
    public static int Width => 16;
}
