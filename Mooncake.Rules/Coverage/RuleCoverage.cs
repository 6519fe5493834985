using System.Numerics;
using System.Numerics.Tensors;
using System.Reflection;
using System.Text;
using Mooncake.Tangents;

namespace Mooncake.Rules;

/// <summary>
/// Which public static methods of the numeric surface have rules: every public static method of
/// <see cref="Math"/>, <see cref="MathF"/>, <see cref="double"/>, <see cref="float"/>,
/// <see cref="LinearAlgebra"/> and <see cref="TensorPrimitives"/>, and the numeric overloads of <see cref="Enumerable"/>, each
/// classified as having a rule, a zero-derivative rule, not differentiable, or missing.
/// </summary>
public static class RuleCoverage
{
    /// <summary>The types the report covers.</summary>
    public static IReadOnlyList<Type> Types { get; } = [typeof(Math), typeof(MathF), typeof(double), typeof(float), typeof(Enumerable), typeof(LinearAlgebra), typeof(TensorPrimitives)];

    /// <summary>The report rows for <paramref name="type"/>, in name order.</summary>
    public static IReadOnlyList<CoverageRow> Report(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [.. type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(m => type != typeof(Enumerable) || IsNumericLinq(m))
            .OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(Describe, StringComparer.Ordinal)
            .Select(Classify)];
    }

    /// <summary>The status of <paramref name="method"/>.</summary>
    public static CoverageRow Classify(MethodInfo method)
    {
        ArgumentNullException.ThrowIfNull(method);
        if (RuleRegistry.TryFind(method, out Rule? rule) && rule is not null)
        {
            return new(method, rule.Kind == RuleKind.ZeroDerivative ? CoverageStatus.ZeroDerivative : CoverageStatus.HasRule, RuleName(rule));
        }

        if (method.IsGenericMethodDefinition && RuleRegistry.InstantiationRules(method) is { Count: > 0 } instances)
        {
            // Piecewise-constant instantiations (TensorPrimitives.Floor<double>) are zero-derivative rules.
            CoverageStatus status = instances.All(r => r.Kind == RuleKind.ZeroDerivative) ? CoverageStatus.ZeroDerivative : CoverageStatus.HasRule;
            return new(method, status,
                $"rules for {string.Join(", ", instances.Select(r => $"<{string.Join(", ", ((MethodInfo)r.Primal).GetGenericArguments().Select(t => t.Name))}>").Order(StringComparer.Ordinal))}; other type arguments carry no derivative");
        }

        // A writable span is written like a by-reference parameter (TensorPrimitives' destinations).
        Type[] outputs = [.. method.GetParameters().Where(p => p.ParameterType.IsByRef || IsSpan(p.ParameterType)).Select(p => p.ParameterType), method.ReturnType];
        Type[] inputs = DirectInputs(method);
        if (!outputs.Any(CanCarryDerivative))
        {
            return new(method, CoverageStatus.NotDifferentiable, "no output can carry a derivative");
        }

        if (!inputs.Any(CanCarryDerivative))
        {
            return new(method, CoverageStatus.NotDifferentiable, "no input can carry a derivative");
        }

        if (method.IsGenericMethodDefinition && !InstantiableAtFloatingPoint(method))
        {
            return new(method, CoverageStatus.NotDifferentiable, "its type parameters cannot be double or float");
        }

        if (NotFunctionsOfTheValue.Contains((method.DeclaringType, method.Name)))
        {
            return new(method, CoverageStatus.NotDifferentiable, "a bitwise operation on the bit patterns of floating-point values, not a differentiable function of them");
        }

        return new(method, CoverageStatus.Missing, "");
    }

    /// <summary>The report as Markdown: a summary table of counts per type, then every row.</summary>
    public static string ToMarkdown()
    {
        var text = new StringBuilder();
        var reports = Types.ToDictionary(t => t, Report);
        text.AppendLine("| type | has rule | zero derivative | not differentiable | missing |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach ((Type type, IReadOnlyList<CoverageRow> rows) in reports)
        {
            text.AppendLine($"| {type.Name} | {Count(rows, CoverageStatus.HasRule)} | {Count(rows, CoverageStatus.ZeroDerivative)} | {Count(rows, CoverageStatus.NotDifferentiable)} | {Count(rows, CoverageStatus.Missing)} |");
        }

        foreach ((Type type, IReadOnlyList<CoverageRow> rows) in reports)
        {
            text.AppendLine();
            text.AppendLine($"## {type.FullName}");
            text.AppendLine();
            text.AppendLine("| method | status | detail |");
            text.AppendLine("|---|---|---|");
            foreach (CoverageRow row in rows)
            {
                text.AppendLine($"| `{row.Signature}` | {row.Status} | {row.Detail.Replace("|", "\\|", StringComparison.Ordinal)} |");
            }
        }

        return text.ToString();
    }

    /// <summary><c>Name&lt;T&gt;(ParameterTypes) -&gt; ReturnType</c>.</summary>
    public static string Describe(MethodInfo method)
    {
        string generics = method.IsGenericMethod ? $"<{string.Join(", ", method.GetGenericArguments().Select(TypeName))}>" : "";
        return $"{method.Name}{generics}({string.Join(", ", method.GetParameters().Select(p => (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : "") + TypeName(p.ParameterType)))}) -> {TypeName(method.ReturnType)}";
    }

    private static int Count(IReadOnlyList<CoverageRow> rows, CoverageStatus status) => rows.Count(r => r.Status == status);

    private static string RuleName(Rule rule) => $"{rule.Method.DeclaringType?.Name}.{rule.Method.Name}";

    private static bool IsSpan(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Span<>);

    // Methods that double and float implement on their representation: TensorPrimitives' bitwise
    // operations accept any IBitwiseOperators, which the floating-point types are.
    private static readonly HashSet<(Type?, string)> NotFunctionsOfTheValue =
    [
        (typeof(TensorPrimitives), nameof(TensorPrimitives.BitwiseAnd)), (typeof(TensorPrimitives), nameof(TensorPrimitives.BitwiseOr)),
        (typeof(TensorPrimitives), nameof(TensorPrimitives.Xor)), (typeof(TensorPrimitives), nameof(TensorPrimitives.OnesComplement)),
    ];

    // Whether some assignment of double and float to the generic parameters meets their
    // constraints (TensorPrimitives.ShiftLeft<T> needs IShiftOperators, which neither implements).
    private static bool InstantiableAtFloatingPoint(MethodInfo definition)
    {
        Type[] parameters = definition.GetGenericArguments();
        for (int mask = 0; mask < 1 << parameters.Length; mask++)
        {
            Type[] arguments = [.. parameters.Select((_, i) => (mask >> i & 1) == 0 ? typeof(double) : typeof(float))];
            try
            {
                _ = definition.MakeGenericMethod(arguments);
                return true;
            }
            catch (ArgumentException)
            {
                // The constraints reject this assignment; try the next.
            }
        }

        return false;
    }

    // Enumerable's numeric overloads: methods whose signature mentions double or float, directly
    // or through a selector (Sum(IEnumerable<double>), Sum<T>(IEnumerable<T>, Func<T, double>), ...),
    // Aggregate, and the generic operators numerical code chains over sequences of numbers.
    private static bool IsNumericLinq(MethodInfo method) =>
        method.Name == nameof(Enumerable.Aggregate)
        || SequenceOperators.Contains(method.Name)
        || method.GetParameters().Select(p => p.ParameterType).Append(method.ReturnType).Any(MentionsFloatingPoint);

    // The generic LINQ operators the report follows: those with rules and their near neighbours,
    // so the gaps (ToList, OrderBy, ...) show as missing rows rather than going unlisted.
    private static readonly HashSet<string> SequenceOperators =
    [
        nameof(Enumerable.Select), nameof(Enumerable.Where), nameof(Enumerable.Zip), nameof(Enumerable.Skip), nameof(Enumerable.Take),
        nameof(Enumerable.SkipLast), nameof(Enumerable.TakeLast), nameof(Enumerable.Concat), nameof(Enumerable.Reverse), nameof(Enumerable.Repeat),
        nameof(Enumerable.Range), nameof(Enumerable.First), nameof(Enumerable.Last), nameof(Enumerable.ElementAt), nameof(Enumerable.FirstOrDefault),
        nameof(Enumerable.LastOrDefault), nameof(Enumerable.Single), nameof(Enumerable.ToArray), nameof(Enumerable.ToList), nameof(Enumerable.Count),
        nameof(Enumerable.Any), nameof(Enumerable.All), nameof(Enumerable.Contains), nameof(Enumerable.Append), nameof(Enumerable.Prepend),
        nameof(Enumerable.OrderBy), nameof(Enumerable.OrderByDescending), nameof(Enumerable.Distinct),
    ];

    private static bool MentionsFloatingPoint(Type type) =>
        type == typeof(double) || type == typeof(float)
        || (type.HasElementType && MentionsFloatingPoint(type.GetElementType()!))
        || (type.IsGenericType && type.GetGenericArguments().Any(MentionsFloatingPoint))
        || (Nullable.GetUnderlyingType(type) is { } underlying && MentionsFloatingPoint(underlying));

    // The inputs a derivative can enter through. A sequence whose elements only reach the result
    // through a delegate parameter (Sum(source, selector)) enters through that delegate's result,
    // so it does not count by itself: Average(source, Func<T, int>) has no derivative. Elements
    // the result holds (First(source, predicate), Where) do count.
    private static Type[] DirectInputs(MethodInfo method)
    {
        // A writable span is a destination (TensorPrimitives): what it held does not reach the result.
        ParameterInfo[] parameters = [.. method.GetParameters().Where(p => !p.IsOut && !IsSpan(p.ParameterType))];
        var consumed = parameters.Select(p => p.ParameterType)
            .Where(t => typeof(Delegate).IsAssignableFrom(t) && t.IsGenericType)
            .SelectMany(t => t.GetGenericArguments()[..^1])
            .Where(t => t.IsGenericParameter && !Mentions(method.ReturnType, t))
            .ToHashSet();
        return [.. parameters.Select(p => p.ParameterType)
            .Where(t => !(t.IsGenericType && t.IsInterface && t.GetGenericArguments() is [var element] && consumed.Contains(element)))];
    }

    // Whether a value of this type (in a signature that may be generic) can carry a derivative.
    private static bool CanCarryDerivative(Type type)
    {
        if (type.IsByRef || type.IsArray || type.IsPointer)
        {
            return CanCarryDerivative(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            // A type parameter may be double or float unless its constraints rule that out.
            return !type.GetGenericParameterConstraints().Any(c =>
                c.IsGenericType && (c.GetGenericTypeDefinition() == typeof(IBinaryInteger<>) || c.GetGenericTypeDefinition() == typeof(IUnsignedNumber<>)));
        }

        if (type.IsGenericType && typeof(Delegate).IsAssignableFrom(type))
        {
            // A function carries a derivative out through its result.
            return type.GetGenericTypeDefinition().Name.StartsWith("Func`", StringComparison.Ordinal) && CanCarryDerivative(type.GetGenericArguments()[^1]);
        }

        if (type.IsGenericType && (type.IsInterface || type.IsByRefLike || type.ContainsGenericParameters))
        {
            // IEnumerable<double>, Span<double>, List<TSource>: what matters is what they hold.
            return type.GetGenericArguments().Any(CanCarryDerivative);
        }

        if (type == typeof(void) || type.IsInterface || type == typeof(object) || typeof(Delegate).IsAssignableFrom(type))
        {
            return false;
        }

        try
        {
            return TangentTypes.HasTangent(type);
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }

    private static bool Mentions(Type type, Type parameter) =>
        type == parameter
        || (type.HasElementType && Mentions(type.GetElementType()!, parameter))
        || (type.IsGenericType && type.GetGenericArguments().Any(a => Mentions(a, parameter)));

    private static string TypeName(Type type)
    {
        if (type.IsByRef)
        {
            return TypeName(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return $"{TypeName(type.GetElementType()!)}[{new string(',', type.GetArrayRank() - 1)}]";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        string name = type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)];
        return $"{name}<{string.Join(", ", type.GetGenericArguments().Select(TypeName))}>";
    }
}
