namespace Mooncake.Perf.Suite;

/// <summary>The AD columns of the suite table, in table order; each holds the ratio AD time / primal time.</summary>
public static class SuiteColumn
{
    /// <summary>The derived rule (the plain C# through <see cref="Mooncake.Forward"/>) carrying 1 direction per pass.</summary>
    public const string Derived1 = "Derived, width 1";

    /// <summary>The derived rule carrying 8 directions per pass.</summary>
    public const string Derived8 = "Derived, width 8";

    /// <summary>The derived rule carrying 16 directions per pass.</summary>
    public const string Derived16 = "Derived, width 16";

    /// <summary>The same function written by hand on <see cref="Mooncake.Tangents.Dual{TChunk}"/>, at the row's reference width.</summary>
    public const string HandWritten = "Hand-written Dual<T>";

    /// <summary>The ForwardDiff-style baseline dual, at the row's reference width.</summary>
    public const string Baseline = "ForwardDiff-style baseline";

    /// <summary>Central finite differences of the plain function, the same derivatives as the row's reference width computes.</summary>
    public const string FiniteDifferences = "Central differences";

    /// <summary>Every column, in table order.</summary>
    public static IReadOnlyList<string> All { get; } = [Derived1, Derived8, Derived16, HandWritten, Baseline, FiniteDifferences];

    /// <summary>Whether <paramref name="column"/> is a derived-rule column.</summary>
    public static bool IsDerived(string column) => column is Derived1 or Derived8 or Derived16;

    /// <summary>The derived-rule column of <paramref name="width"/> lanes.</summary>
    public static string Derived(int width) => width switch
    {
        1 => Derived1,
        8 => Derived8,
        16 => Derived16,
        _ => throw new ArgumentOutOfRangeException(nameof(width), width, "The suite's derived columns are widths 1, 8 and 16."),
    };
}
