using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// Placeholders for the generic parameters of a generic primal in <see cref="FRuleAttribute"/>'s
/// parameter types: <c>typeof(GenericParameter.T0)</c> stands for the primal's first generic
/// parameter, so <c>Enumerable.Sum&lt;TSource&gt;(IEnumerable&lt;TSource&gt;, Func&lt;TSource, double&gt;)</c>
/// is named with <c>typeof(IEnumerable&lt;GenericParameter.T0&gt;)</c> and
/// <c>typeof(Func&lt;GenericParameter.T0, double&gt;)</c>.
/// </summary>
public static class GenericParameter
{
    /// <summary>The primal's first generic parameter.</summary>
    public sealed class T0;

    /// <summary>The primal's second generic parameter.</summary>
    public sealed class T1;

    /// <summary>The primal's third generic parameter.</summary>
    public sealed class T2;

    internal static readonly Type[] Placeholders = [typeof(T0), typeof(T1), typeof(T2)];
}
