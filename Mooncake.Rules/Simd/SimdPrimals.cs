namespace Mooncake.Rules;

/// <summary>
/// The primal operations of one SIMD vector type that no public generic-math interface offers,
/// bound once to the runtime's own methods, so that a rule's primal is the value the user's call
/// computes bit for bit (a horizontal sum in the runtime's order, an estimate fused or not as the
/// hardware does it).
/// </summary>
/// <typeparam name="TVector">The vector type.</typeparam>
/// <typeparam name="T">Its element type.</typeparam>
internal static class SimdPrimals<TVector, T>
{
    private static readonly Type V = typeof(TVector);

    private static readonly Lazy<Func<TVector, T>> SumOf = new(() => SimdFamily.Primal<Func<TVector, T>>(V, SimdNames.Sum, V));
    private static readonly Lazy<Func<TVector, TVector, T>> DotOf = new(() => SimdFamily.Primal<Func<TVector, TVector, T>>(V, SimdNames.Dot, V, V));
    private static readonly Lazy<Func<TVector, TVector>> SqrtOf = new(() => SimdFamily.Primal<Func<TVector, TVector>>(V, SimdNames.SqrtOf(V), V));
    private static readonly Lazy<Func<TVector, TVector>> AbsOf = new(() => SimdFamily.Primal<Func<TVector, TVector>>(V, SimdNames.Abs, V));
    private static readonly Lazy<Func<TVector, TVector, TVector>> MinOf = new(() => SimdFamily.Primal<Func<TVector, TVector, TVector>>(V, SimdNames.Min, V, V));
    private static readonly Lazy<Func<TVector, TVector, TVector>> MaxOf = new(() => SimdFamily.Primal<Func<TVector, TVector, TVector>>(V, SimdNames.Max, V, V));
    private static readonly Lazy<Func<TVector, TVector, TVector, TVector>> FmaOf = new(() => SimdFamily.Primal<Func<TVector, TVector, TVector, TVector>>(V, SimdNames.FusedMultiplyAdd, V, V, V));
    private static readonly Lazy<Func<TVector, TVector, TVector, TVector>> EstimateOf = new(() => SimdFamily.Primal<Func<TVector, TVector, TVector, TVector>>(V, SimdNames.MultiplyAddEstimate, V, V, V));

    // The comparisons by name (GreaterThan, Equals...), each bound on first use.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Func<TVector, TVector, TVector>> Comparisons = new();

    public static T Sum(TVector v) => SumOf.Value(v);

    public static TVector Compare(string name, TVector a, TVector b) =>
        Comparisons.GetOrAdd(name, static n => SimdFamily.Primal<Func<TVector, TVector, TVector>>(V, n, V, V))(a, b);

    public static T Dot(TVector a, TVector b) => DotOf.Value(a, b);

    public static TVector Sqrt(TVector v) => SqrtOf.Value(v);

    public static TVector Abs(TVector v) => AbsOf.Value(v);

    public static TVector Min(TVector a, TVector b) => MinOf.Value(a, b);

    public static TVector Max(TVector a, TVector b) => MaxOf.Value(a, b);

    public static TVector FusedMultiplyAdd(TVector a, TVector b, TVector c) => FmaOf.Value(a, b, c);

    public static TVector MultiplyAddEstimate(TVector a, TVector b, TVector c) => EstimateOf.Value(a, b, c);
}

/// <summary>The names of the SIMD operations the rules and their table share.</summary>
internal static class SimdNames
{
    public const string Sum = "Sum";
    public const string Dot = "Dot";
    public const string Abs = "Abs";
    public const string Min = "Min";
    public const string Max = "Max";
    public const string FusedMultiplyAdd = "FusedMultiplyAdd";
    public const string MultiplyAddEstimate = "MultiplyAddEstimate";

    // System.Numerics.Vector spells it SquareRoot; the intrinsics classes Sqrt.
    public static string SqrtOf(Type vector) => SimdFamily.OperationsOf(vector) == typeof(System.Numerics.Vector) ? "SquareRoot" : "Sqrt";
}
