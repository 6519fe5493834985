using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// The signature a rule must have for a given primal at a given width (see the convention on
/// <see cref="FRuleAttribute"/>), and the check that a rule has it.
/// </summary>
public static class RuleSignature
{
    /// <summary>The rule parameter types expected for <paramref name="primal"/> at <paramref name="width"/> (receiver first for instance methods).</summary>
    /// <exception cref="NotSupportedException">A parameter type has no dual type.</exception>
    public static Type[] ExpectedParameters(MethodBase primal, ChunkWidth width)
    {
        ArgumentNullException.ThrowIfNull(primal);
        ArgumentNullException.ThrowIfNull(width);
        var types = new List<Type>();
        if (!primal.IsStatic && primal is MethodInfo)
        {
            // A struct method receives `this` by reference: a DualRef where the struct carries a tangent.
            Type declaring = primal.DeclaringType!;
            types.Add(DualOf(declaring.IsValueType ? declaring.MakeByRefType() : declaring, width));
        }

        types.AddRange(primal.GetParameters().Select(p => DualOf(p.ParameterType, width)));
        return [.. types];
    }

    /// <summary>The rule return type expected for <paramref name="primal"/> at <paramref name="width"/>.</summary>
    public static Type ExpectedReturn(MethodBase primal, ChunkWidth width) => primal switch
    {
        ConstructorInfo c => DualOf(c.DeclaringType!, width),
        MethodInfo { ReturnType: var r } when r == typeof(void) => typeof(void),
        MethodInfo m => DualOf(m.ReturnType, width),
        _ => throw new ArgumentException($"{primal} is neither a method nor a constructor.", nameof(primal)),
    };

    /// <summary>
    /// Throws unless the closed rule <paramref name="rule"/> has the signature expected for the
    /// closed primal <paramref name="primal"/> at <paramref name="width"/>; the message lists
    /// every difference.
    /// </summary>
    /// <exception cref="ArgumentException">The signatures differ.</exception>
    public static void Check(MethodBase primal, MethodInfo rule, ChunkWidth width)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var problems = new List<string>();
        if (!rule.IsStatic)
        {
            problems.Add("the rule must be static");
        }

        Type[] expected = ExpectedParameters(primal, width);
        Type[] actual = [.. rule.GetParameters().Select(p => p.ParameterType)];
        if (expected.Length != actual.Length)
        {
            problems.Add($"it takes {actual.Length} parameters where the primal needs {expected.Length}");
        }
        else
        {
            for (int i = 0; i < expected.Length; i++)
            {
                if (!Accepts(expected[i], actual[i]))
                {
                    problems.Add($"parameter {i} is {actual[i]} where {expected[i]} is expected");
                }
            }
        }

        Type expectedReturn = ExpectedReturn(primal, width);
        if (rule.ReturnType != expectedReturn)
        {
            problems.Add($"it returns {rule.ReturnType} where {expectedReturn} is expected");
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(
                $"{Describe(rule)} cannot be the rule of {Describe(primal)} at {width.Lanes} lanes: {string.Join("; ", problems)}.", nameof(rule));
        }
    }

    // A rule's parameter fits the primal's: its dual type exactly, or, for a primal of a class whose
    // tangent is a class too, Dual<P, object>: the tangent travels as an object, for rules over
    // types whose tangent type is emitted and cannot be named in C# (Parallel.ForEach's
    // Partitioner<Tuple<int, int>>), which take no derivative from them.
    private static bool Accepts(Type expected, Type actual) =>
        expected == actual
        || (expected.IsGenericType && actual.IsGenericType
            && expected.GetGenericTypeDefinition() == typeof(Dual<,>) && actual.GetGenericTypeDefinition() == typeof(Dual<,>)
            && expected.GetGenericArguments()[0] == actual.GetGenericArguments()[0]
            && actual.GetGenericArguments()[1] == typeof(object) && !expected.GetGenericArguments()[1].IsValueType);

    /// <summary><c>Type.Method(ParameterTypes)</c>, for messages.</summary>
    public static string Describe(MethodBase method) =>
        $"{method.DeclaringType?.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";

    // Spans of numbers and references to values with tangents become ref-struct duals
    // (DualSpan, ReadOnlyDualSpan, DualRef): their primal and tangent live apart (an array and its
    // tangent block), so no Dual<P, T> can hold both by value.
    private static Type DualOf(Type type, ChunkWidth width)
    {
        if (SpanShapes.IsFloatingSpan(type, out Type element))
        {
            Type chunk = element == typeof(double) ? width.DoubleChunk : width.FloatChunk;
            Type definition = type.GetGenericTypeDefinition() == typeof(Span<>) ? typeof(DualSpan<,>) : typeof(ReadOnlyDualSpan<,>);
            return definition.MakeGenericType(element, chunk);
        }

        if (!type.IsByRef)
        {
            return TangentTypes.DualType(type, width);
        }

        Type referenced = type.GetElementType()!;
        return ActivityAnalysis.CanCarry(referenced) && !referenced.IsByRefLike
            ? typeof(DualRef<,>).MakeGenericType(referenced, TangentTypes.TangentType(referenced, width))
            : DualOf(referenced, width).MakeByRefType();
    }
}
