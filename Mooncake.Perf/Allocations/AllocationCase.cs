namespace Mooncake.Perf.Allocations;

/// <summary>A call whose bytes per call the verdict bounds.</summary>
/// <param name="Method">The benchmark method of <see cref="AllocationBenchmarks"/> that makes the call.</param>
/// <param name="Call">The call, as the table names it.</param>
/// <param name="Function">What is differentiated, and at what size.</param>
/// <param name="Expected">The reference rows whose bytes, times their counts, add up to what the call may allocate; none for a call that may allocate nothing.</param>
/// <param name="Run">The call, for the direct measurement.</param>
public sealed record AllocationCase(string Method, string Call, string Function, IReadOnlyList<ExpectedPart> Expected, Action Run);

/// <summary><paramref name="Count"/> times what the reference row <paramref name="Reference"/> allocates.</summary>
/// <param name="Reference">The reference row's benchmark method.</param>
/// <param name="Count">How many of it.</param>
public readonly record struct ExpectedPart(string Reference, int Count);

/// <summary>
/// A reference row: one allocation of known layout, measured in the same run as the calls so that
/// the expected sizes are this runtime's, not numbers written down; the layout's size is checked
/// against the measurement.
/// </summary>
/// <param name="Method">The benchmark method of <see cref="AllocationBenchmarks"/> that allocates it.</param>
/// <param name="Allocates">What it allocates, as the table names it.</param>
/// <param name="Layout">How its size follows from the object layout of 64-bit .NET, as the table shows it.</param>
/// <param name="LayoutBytes">That size.</param>
/// <param name="Run">The allocation, for the direct measurement.</param>
public sealed record AllocationReference(string Method, string Allocates, string Layout, long LayoutBytes, Action Run);
