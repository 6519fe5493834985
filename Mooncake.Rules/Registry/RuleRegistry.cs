using System.Collections.Concurrent;
using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;
using Mooncake.Tangents;

namespace Mooncake;

/// <summary>
/// The table that answers "is this method a primitive, and what is its rule": rules keyed by
/// the primal method, filled from the <see cref="FRuleAttribute"/>s of this assembly on first
/// use, and open to rules of the user's own.
/// </summary>
/// <remarks>
/// <para>Generic math compiles <c>x * y</c> on a <c>T : INumber&lt;T&gt;</c> to a
/// <c>constrained.</c> call of the interface member <c>IMultiplyOperators&lt;T, T, T&gt;.op_Multiply</c>;
/// <see cref="TryFind(MethodInfo, Type?, out Rule?)"/> resolves such a call through the
/// constrained type's interface map to the implementation and looks that up.</para>
/// <para>To add a rule for any method: write a static method with the signature described on
/// <see cref="FRuleAttribute"/> and either pass it to <see cref="Register"/> or mark it with
/// <see cref="FRuleAttribute"/> and call <see cref="RegisterType"/> or
/// <see cref="RegisterAssembly"/>. A rule registered later replaces an earlier one for the same
/// primal, so a user's rule can override a built-in one. The registry is thread-safe.</para>
/// </remarks>
public static class RuleRegistry
{
    private const BindingFlags AnyMethod = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    // Validation instantiates rules at one width; any supported width would do.
    private static readonly ChunkWidth CheckWidth = ChunkWidth.Resolve(4, useVector512: false);

    private static readonly ConcurrentDictionary<MethodBase, Rule> Rules = new();
    private static readonly ConcurrentDictionary<MethodBase, byte> Consulted = new();
    private static int _version;
    private static readonly Lazy<bool> BuiltIns = new(() =>
    {
        // The built-in rules' signatures are checked by the tests at every width
        // (RuleRegistryTests), not closed here in every process: that cost tens of milliseconds
        // of the first derivative.
        RegisterAssemblyCore(typeof(RuleRegistry).Assembly, replace: false, check: false);
        foreach (Rule rule in SimdRuleTable.Rules().Concat(SimdRuleTable.ConversionRules()).Concat(NumericsRuleTable.Rules()))
        {
            if (!Rules.TryAdd(rule.Primal, rule))
            {
                throw new InvalidOperationException($"Two rules are registered for {RuleSignature.Describe(rule.Primal)}; the second is the SIMD template {rule.Method.Name}.");
            }
        }

        return true;
    });

    /// <summary>
    /// A number that changes whenever a rule is registered for a method someone has already looked
    /// up (<see cref="TryFind(MethodBase, out Rule?)"/>): the compiler's caches compare it to decide
    /// whether the rules they hold were built with the registry as it is. A rule for a method nobody
    /// asked about yet cannot be missing from anything built, so it changes nothing.
    /// </summary>
    internal static int Version => Volatile.Read(ref _version);

    /// <summary>Every registered rule.</summary>
    public static IReadOnlyCollection<Rule> All
    {
        get
        {
            EnsureBuiltIns();
            return [.. Rules.Values];
        }
    }

    /// <summary>
    /// The rule of <paramref name="method"/>. A closed generic method finds a rule registered for
    /// that instantiation first, then the rule of its generic definition.
    /// </summary>
    public static bool TryFind(MethodBase method, out Rule? rule)
    {
        ArgumentNullException.ThrowIfNull(method);
        EnsureBuiltIns();
        Consulted.TryAdd(method, 0);
        if (Rules.TryGetValue(method, out rule))
        {
            return true;
        }

        if (method is MethodInfo { IsGenericMethod: true, IsGenericMethodDefinition: false } closed)
        {
            MethodInfo definition = closed.GetGenericMethodDefinition();
            Consulted.TryAdd(definition, 0);
            return Rules.TryGetValue(definition, out rule);
        }

        return false;
    }

    /// <summary>The rules registered for particular instantiations of the generic method definition <paramref name="definition"/>.</summary>
    public static IReadOnlyList<Rule> InstantiationRules(MethodInfo definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        EnsureBuiltIns();
        return [.. Rules.Values.Where(r => r.Primal is MethodInfo { IsGenericMethod: true, IsGenericMethodDefinition: false } m && m.GetGenericMethodDefinition() == definition)];
    }

    /// <summary>
    /// The rule of a call to <paramref name="method"/>, made with the <c>constrained.</c> prefix
    /// naming <paramref name="constrainedType"/> when that is not null: a static abstract
    /// interface member is resolved to the constrained type's implementation first.
    /// </summary>
    public static bool TryFind(MethodInfo method, Type? constrainedType, out Rule? rule)
    {
        ArgumentNullException.ThrowIfNull(method);
        return TryFind(constrainedType is null ? method : ResolveConstrained(method, constrainedType), out rule);
    }

    /// <summary>
    /// The method a <c>constrained.</c> call to the interface member <paramref name="method"/>
    /// on <paramref name="constrainedType"/> runs (the method itself if it is not an interface member).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="constrainedType"/> does not implement the interface.</exception>
    public static MethodInfo ResolveConstrained(MethodInfo method, Type constrainedType)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(constrainedType);
        Type? declaring = method.DeclaringType;
        if (declaring is null || !declaring.IsInterface)
        {
            return method;
        }

        if (!declaring.IsAssignableFrom(constrainedType))
        {
            throw new ArgumentException($"{constrainedType} does not implement {declaring}, so it cannot resolve {method.Name}.", nameof(constrainedType));
        }

        MethodInfo definition = method.IsGenericMethod ? method.GetGenericMethodDefinition() : method;
        InterfaceMapping map = constrainedType.GetInterfaceMap(declaring);
        for (int i = 0; i < map.InterfaceMethods.Length; i++)
        {
            if (map.InterfaceMethods[i] == definition)
            {
                MethodInfo target = map.TargetMethods[i];
                return method.IsGenericMethod ? target.MakeGenericMethod(method.GetGenericArguments()) : target;
            }
        }

        // A default interface implementation: the interface method itself runs.
        return method;
    }

    /// <summary>
    /// Registers <paramref name="rule"/> as the forward rule of <paramref name="primal"/>,
    /// replacing any rule it had. The signature is checked first (see <see cref="FRuleAttribute"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The rule's signature does not fit the primal.</exception>
    public static Rule Register(MethodBase primal, MethodInfo rule, RuleKind kind = RuleKind.Derivative)
    {
        ArgumentNullException.ThrowIfNull(primal);
        ArgumentNullException.ThrowIfNull(rule);
        EnsureBuiltIns();
        Rule entry = Validate(primal, rule, kind);
        Rules[entry.Primal] = entry;
        NoteChange(entry.Primal);
        return entry;
    }

    /// <summary>Registers every <see cref="FRuleAttribute"/>-marked method of <paramref name="type"/>, replacing earlier rules for the same primals.</summary>
    /// <exception cref="ArgumentException">An attribute names no method, or a rule's signature does not fit.</exception>
    public static IReadOnlyList<Rule> RegisterType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        EnsureBuiltIns();
        return RegisterTypes([type], replace: true, check: true);
    }

    /// <summary>Registers every <see cref="FRuleAttribute"/>-marked method of <paramref name="assembly"/>, replacing earlier rules for the same primals.</summary>
    /// <exception cref="ArgumentException">An attribute names no method, or a rule's signature does not fit.</exception>
    public static IReadOnlyList<Rule> RegisterAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        EnsureBuiltIns();
        return RegisterAssemblyCore(assembly, replace: true, check: true);
    }

    /// <summary>The primal method an attribute names.</summary>
    /// <exception cref="ArgumentException">No single method matches.</exception>
    public static MethodBase ResolvePrimal(FRuleAttribute attribute)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        Type declaring = attribute.DeclaringType;
        MethodBase[] candidates = attribute.MethodName == ConstructorInfo.ConstructorName
            ? [.. declaring.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)]
            : [.. declaring.GetMethods(AnyMethod).Where(m => m.Name == attribute.MethodName)];
        MethodBase[] matches = [.. candidates.Where(m => Matches(m, attribute))];
        if (matches.Length != 1)
        {
            throw new ArgumentException(
                $"[FRule] names {declaring}.{attribute.MethodName}({string.Join(", ", attribute.ParameterTypes.Select(t => t.Name))}) with {attribute.GenericParameterCount} generic parameters, which matches {matches.Length} methods.");
        }

        MethodBase primal = matches[0];
        if (attribute.TypeArguments is { } arguments)
        {
            primal = ((MethodInfo)primal).MakeGenericMethod(arguments);
        }

        if (attribute.ConstrainedTo is { } constrained)
        {
            primal = ResolveConstrained((MethodInfo)primal, constrained);
        }

        return primal;
    }

    private static void EnsureBuiltIns() => _ = BuiltIns.Value;

    // A new rule for a method already looked up may be missing from something built since.
    private static void NoteChange(MethodBase primal)
    {
        if (Consulted.ContainsKey(primal))
        {
            Interlocked.Increment(ref _version);
        }
    }

    private static IReadOnlyList<Rule> RegisterAssemblyCore(Assembly assembly, bool replace, bool check)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = [.. e.Types.OfType<Type>()];
        }

        return RegisterTypes(types, replace, check);
    }

    private static List<Rule> RegisterTypes(IEnumerable<Type> types, bool replace, bool check)
    {
        var added = new List<Rule>();
        var seen = new HashSet<MethodBase>();
        foreach (Type type in types)
        {
            foreach (MethodInfo method in type.GetMethods(AnyMethod))
            {
                foreach (FRuleAttribute attribute in method.GetCustomAttributes<FRuleAttribute>())
                {
                    Rule rule = Validate(ResolvePrimal(attribute), method, attribute.Kind, check);
                    if (!seen.Add(rule.Primal) || (!replace && Rules.ContainsKey(rule.Primal)))
                    {
                        throw new ArgumentException($"Two rules are registered for {RuleSignature.Describe(rule.Primal)}; the second is {type.Name}.{method.Name}.");
                    }

                    added.Add(rule);
                }
            }
        }

        foreach (Rule rule in added)
        {
            Rules[rule.Primal] = rule;
            NoteChange(rule.Primal);
        }

        return added;
    }

    private static Rule Validate(MethodBase primal, MethodInfo rule, RuleKind kind, bool check = true)
    {
        int primalArity = primal.IsGenericMethodDefinition ? primal.GetGenericArguments().Length : 0;
        Type[] ruleParameters = rule.IsGenericMethodDefinition ? rule.GetGenericArguments() : [];
        if (ruleParameters.Length < primalArity || ruleParameters.Skip(primalArity).Any(p => !Rule.IsChunkParameter(p)))
        {
            throw new ArgumentException(
                $"{rule.DeclaringType?.Name}.{rule.Name} must have the {primalArity} generic parameters of {RuleSignature.Describe(primal)} followed only by chunk type parameters.",
                nameof(rule));
        }

        var entry = new Rule(primal, rule, kind);
        if (primalArity == 0 && check)
        {
            // Closing at one width checks the whole signature now rather than at first use.
            _ = entry.Instantiate(CheckWidth);
        }

        return entry;
    }

    private static bool Matches(MethodBase method, FRuleAttribute attribute)
    {
        int arity = method.IsGenericMethodDefinition ? method.GetGenericArguments().Length : 0;
        if (arity != attribute.GenericParameterCount)
        {
            return false;
        }

        ParameterInfo[] parameters = method.GetParameters();
        if (parameters.Length != attribute.ParameterTypes.Length)
        {
            return false;
        }

        Type[] generics = arity > 0 ? method.GetGenericArguments() : [];
        for (int i = 0; i < parameters.Length; i++)
        {
            if (!SameType(parameters[i].ParameterType, attribute.ParameterTypes[i], generics))
            {
                return false;
            }
        }

        return true;
    }

    // Whether a method's parameter type equals a type written in an attribute, where
    // GenericParameter.Tn stands for the method's n-th generic parameter.
    private static bool SameType(Type actual, Type written, Type[] generics)
    {
        // Attribute arguments cannot spell by-reference types, so T also names ref/out T.
        if (actual.IsByRef && !written.IsByRef)
        {
            return SameType(actual.GetElementType()!, written, generics);
        }

        int placeholder = Array.IndexOf(GenericParameter.Placeholders, written);
        if (placeholder >= 0)
        {
            return placeholder < generics.Length && actual == generics[placeholder];
        }

        if (actual.HasElementType || written.HasElementType)
        {
            return actual.HasElementType && written.HasElementType
                && actual.IsArray == written.IsArray && actual.IsByRef == written.IsByRef && actual.IsPointer == written.IsPointer
                && (!actual.IsArray || actual.GetArrayRank() == written.GetArrayRank())
                && SameType(actual.GetElementType()!, written.GetElementType()!, generics);
        }

        if (actual.IsGenericType && written.IsGenericType)
        {
            Type[] a = actual.GetGenericArguments(), w = written.GetGenericArguments();
            return actual.GetGenericTypeDefinition() == written.GetGenericTypeDefinition()
                && a.Length == w.Length && a.Zip(w).All(p => SameType(p.First, p.Second, generics));
        }

        return actual == written;
    }
}
