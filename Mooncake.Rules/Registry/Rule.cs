using System.Collections.Concurrent;
using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// A registered forward rule: the primal method it differentiates, the rule method (a generic
/// method definition over the primal's generic parameters and the chunk types), and its kind.
/// </summary>
public sealed class Rule
{
    private readonly ConcurrentDictionary<(ChunkWidth Width, string TypeArguments), MethodInfo> _instances = new();
    private int[]? _readOnly;

    private readonly Func<ChunkWidth, Type[]>? _templateArguments;

    internal Rule(MethodBase primal, MethodInfo method, RuleKind kind)
    {
        Primal = primal;
        Method = method;
        Kind = kind;
    }

    /// <summary>
    /// A rule written once as a template over more than the chunk types (the SIMD rules, generic
    /// over the vector type, its element, its lane tangents and the scalar dual): the table that
    /// registers it for one closed primal supplies every type argument of each width, and the
    /// arguments it only reads (<see cref="FRuleAttribute.ReadOnly"/>; a template has no attribute).
    /// </summary>
    internal Rule(MethodBase primal, MethodInfo template, RuleKind kind, Func<ChunkWidth, Type[]> typeArguments, int[]? readOnly = null)
        : this(primal, template, kind)
    {
        _templateArguments = typeArguments;
        _readOnly = readOnly;
    }

    /// <summary>The primal method: its generic definition for a rule of every instantiation, or one closed instantiation.</summary>
    public MethodBase Primal { get; }

    /// <summary>The rule method as declared (generic over the chunk types).</summary>
    public MethodInfo Method { get; }

    /// <summary>Whether the rule differentiates or returns zero partials.</summary>
    public RuleKind Kind { get; }

    /// <summary>The arguments whose data the rule only reads (<see cref="FRuleAttribute.ReadOnly"/>, the same for every primal the rule method is registered for).</summary>
    public IReadOnlyCollection<int> ReadOnlyArguments => _readOnly ??= Method.GetCustomAttributes<FRuleAttribute>().FirstOrDefault(a => a.ReadOnly is not null)?.ReadOnly ?? [];

    /// <summary>The number of generic parameters of the primal.</summary>
    public int PrimalGenericArity => Primal.IsGenericMethodDefinition ? Primal.GetGenericArguments().Length : 0;

    /// <summary>
    /// The rule closed at <paramref name="width"/> (and, for a generic primal, at the primal's
    /// type arguments), checked against the primal's signature. Cached.
    /// </summary>
    /// <exception cref="ArgumentException">The type arguments do not fit, or the rule's signature does not match the primal's at this width.</exception>
    public MethodInfo Instantiate(ChunkWidth width, params Type[] primalTypeArguments)
    {
        ArgumentNullException.ThrowIfNull(width);
        ArgumentNullException.ThrowIfNull(primalTypeArguments);
        if (primalTypeArguments.Length != PrimalGenericArity)
        {
            throw new ArgumentException(
                $"{RuleSignature.Describe(Primal)} has {PrimalGenericArity} generic parameters but {primalTypeArguments.Length} type arguments were given.",
                nameof(primalTypeArguments));
        }

        string key = string.Join(",", primalTypeArguments.Select(t => t.AssemblyQualifiedName));
        return _instances.GetOrAdd((width, key), _ => Close(width, primalTypeArguments));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{RuleSignature.Describe(Primal)} -> {Method.DeclaringType?.Name}.{Method.Name} ({Kind})";

    private MethodInfo Close(ChunkWidth width, Type[] primalTypeArguments)
    {
        MethodInfo rule = Method;
        if (_templateArguments is not null)
        {
            // A template's type arguments close its class first (the SIMD and System.Numerics
            // rules share theirs across a class), then any of the method's own.
            Type[] arguments = _templateArguments(width);
            int classArity = rule.DeclaringType!.IsGenericTypeDefinition ? rule.DeclaringType.GetGenericArguments().Length : 0;
            if (classArity > 0)
            {
                Type closedClass = rule.DeclaringType.MakeGenericType(arguments[..classArity]);
                rule = (MethodInfo)MethodBase.GetMethodFromHandle(rule.MethodHandle, closedClass.TypeHandle)!;
            }

            if (arguments.Length > classArity)
            {
                rule = rule.MakeGenericMethod(arguments[classArity..]);
            }
        }
        else if (rule.IsGenericMethodDefinition)
        {
            Type[] parameters = rule.GetGenericArguments();
            var arguments = new Type[parameters.Length];
            for (int i = 0; i < parameters.Length; i++)
            {
                arguments[i] = i < primalTypeArguments.Length ? primalTypeArguments[i] : ChunkFor(parameters[i], width);
            }

            rule = rule.MakeGenericMethod(arguments);
        }

        MethodBase primal = Primal is MethodInfo { IsGenericMethodDefinition: true } definition
            ? definition.MakeGenericMethod(primalTypeArguments)
            : Primal;
        RuleSignature.Check(primal, rule, width);
        return rule;
    }

    // A rule's trailing generic parameters are chunk types; the constraint says which lane type.
    private Type ChunkFor(Type parameter, ChunkWidth width)
    {
        foreach (Type constraint in parameter.GetGenericParameterConstraints())
        {
            if (constraint.IsGenericType && constraint.GetGenericTypeDefinition() == typeof(IChunk<,>))
            {
                Type lane = constraint.GetGenericArguments()[1];
                if (lane == typeof(double))
                {
                    return width.DoubleChunk;
                }

                if (lane == typeof(float))
                {
                    return width.FloatChunk;
                }
            }
        }

        throw new ArgumentException(
            $"The generic parameter {parameter.Name} of rule {Method.DeclaringType?.Name}.{Method.Name} is neither one of the primal's nor a chunk type (constrained to IChunk<{parameter.Name}, double> or IChunk<{parameter.Name}, float>).");
    }

    internal static bool IsChunkParameter(Type parameter) =>
        parameter.GetGenericParameterConstraints().Any(c => c.IsGenericType && c.GetGenericTypeDefinition() == typeof(IChunk<,>));
}
