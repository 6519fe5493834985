using System.Reflection;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The compiler's side of <see cref="LazySequences"/>: the derived rule of
/// <see cref="StandInMethods.ToArray{T}"/> as a <see cref="MaterialiseRule{T, TTangent}"/>, built
/// (once per element type and width, by the rule cache) when a LINQ rule meets a lazy sequence
/// that carries a tangent.
/// </summary>
internal static class SequenceMaterialiser
{
    private static readonly MethodInfo ToArray = typeof(StandInMethods).GetMethod(nameof(StandInMethods.ToArray))!;

    /// <summary>Makes the compiler the materialiser of lazy sequences (idempotent).</summary>
    public static void Install() => LazySequences.Materialiser ??= Build;

    private static Delegate Build(Type element, ChunkWidth width)
    {
        DerivedRule derived = RuleCompiler.Get(RuleRequest.General(ToArray.MakeGenericMethod(element), width, memo: true));
        Type chunk = element == typeof(double) ? width.DoubleChunk : width.FloatChunk;
        Type type = typeof(MaterialiseRule<,>).MakeGenericType(element, typeof(ArrayTangent<,>).MakeGenericType(chunk, element));
        return derived.Rule.CreateDelegate(type);
    }
}
