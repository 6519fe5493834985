using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The methods that can load a field (<c>ldsfld</c>, <c>ldsflda</c>, <c>ldfld</c>, <c>ldflda</c>): for a private field
/// the methods of its declaring type and of the types nested in it (lambdas and local functions
/// live there); for any other field every method of its module, found once per module by scanning
/// the IL of every method body for field loads (tokens only, no operand is resolved).
/// </summary>
/// <remarks>
/// Static constructors are among them: the runtime runs them, never a derived rule, so they write
/// no derivative, but one can let a field's data escape into another field (<c>static readonly
/// Holder H = new(Buffer);</c>), after which a rule writing through <c>H</c> writes into
/// <c>Buffer</c>. Code in other
/// modules can load a public field too; <see cref="StaticConstancy"/> says what happens then.
/// </remarks>
internal static class FieldReaders
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly ConcurrentDictionary<Module, (Dictionary<int, List<MethodBase>> Loads, Dictionary<int, List<MethodBase>> Calls)> Modules = new();
    private static readonly ConcurrentDictionary<object, Dictionary<int, List<MethodBase>>> Stores = new();
    private static readonly ConcurrentDictionary<Type, (Dictionary<int, List<MethodBase>> Loads, Dictionary<int, List<MethodBase>> Calls)> Types = new();
    private static readonly ConcurrentDictionary<MethodBase, BodyTokens> Bodies = new();

    /// <summary>The methods of this process's view of the field's scope that load <paramref name="field"/>.</summary>
    public static IReadOnlyList<MethodBase> Of(FieldInfo field) =>
        field.IsPrivate ? InType(field.DeclaringType!, field.MetadataToken, calls: false) : InModule(field.Module, field.MetadataToken, calls: false);

    /// <summary>
    /// The methods that store into the static field <paramref name="field"/> (<c>stsfld</c>): those
    /// of its declaring type and the types nested in it for a private field, of its module otherwise.
    /// </summary>
    public static IReadOnlyList<MethodBase> WritersOf(FieldInfo field)
    {
        object scope = field.IsPrivate ? field.DeclaringType! : field.Module;
        Dictionary<int, List<MethodBase>> stores = Stores.GetOrAdd(scope, s =>
        {
            var index = new Dictionary<int, List<MethodBase>>();
            IEnumerable<MethodBase> methods = s is Type type ? MethodsOf(type, nested: true) : TypesOf((Module)s).SelectMany(t => MethodsOf(t, nested: false));
            foreach (MethodBase method in methods)
            {
                Add(index, Tokens(method).StaticStores, method);
            }

            return index;
        });
        return stores.TryGetValue(field.MetadataToken, out List<MethodBase>? found) ? found : [];
    }

    /// <summary>
    /// The methods that can call <paramref name="method"/> (<c>call</c>, <c>callvirt</c>,
    /// <c>newobj</c>), or null if one takes its address (<c>ldftn</c>, <c>ldvirtftn</c>: a delegate,
    /// whose calls are not seen): for a private method those of its declaring type and the types
    /// nested in it, otherwise those of its module. For a method that returns static data, whose
    /// callers read that data as its loads do (<see cref="StaticConstancy"/>).
    /// </summary>
    public static IReadOnlyList<MethodBase>? CallersOf(MethodBase method)
    {
        IReadOnlyList<MethodBase> callers = method.IsPrivate ? InType(method.DeclaringType!, method.MetadataToken, calls: true) : InModule(method.Module, method.MetadataToken, calls: true);
        return callers.Any(c => Tokens(c).Addresses.Contains(method.MetadataToken)) ? null : callers;
    }

    // A private member's readers: those of its declaring type and the types nested in it, indexed
    // once per type (MathNet's SpecialFunctions has hundreds of methods and dozens of private tables).
    private static IReadOnlyList<MethodBase> InType(Type type, int token, bool calls)
    {
        (Dictionary<int, List<MethodBase>> loads, Dictionary<int, List<MethodBase>> callers) = Types.GetOrAdd(type, t => Index(MethodsOf(t, nested: true)));
        return (calls ? callers : loads).TryGetValue(token, out List<MethodBase>? found) ? found : [];
    }

    private static IReadOnlyList<MethodBase> InModule(Module module, int token, bool calls)
    {
        (Dictionary<int, List<MethodBase>> loads, Dictionary<int, List<MethodBase>> callers) = Modules.GetOrAdd(module, Index);
        return (calls ? callers : loads).TryGetValue(token, out List<MethodBase>? found) ? found : [];
    }

    private static (Dictionary<int, List<MethodBase>>, Dictionary<int, List<MethodBase>>) Index(Module module) =>
        Index(TypesOf(module).SelectMany(type => MethodsOf(type, nested: false)));

    private static Type[] TypesOf(Module module)
    {
        try
        {
            return module.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return [.. e.Types.OfType<Type>()];
        }
    }

    private static (Dictionary<int, List<MethodBase>>, Dictionary<int, List<MethodBase>>) Index(IEnumerable<MethodBase> methods)
    {
        var loads = new Dictionary<int, List<MethodBase>>();
        var calls = new Dictionary<int, List<MethodBase>>();
        foreach (MethodBase method in methods)
        {
            BodyTokens tokens = Tokens(method);
            Add(loads, tokens.Loads, method);
            Add(calls, tokens.Calls, method);
        }

        return (loads, calls);
    }

    private static void Add(Dictionary<int, List<MethodBase>> index, HashSet<int> tokens, MethodBase method)
    {
        foreach (int token in tokens)
        {
            if (!index.TryGetValue(token, out List<MethodBase>? methods))
            {
                index[token] = methods = [];
            }

            methods.Add(method);
        }
    }

    private static IEnumerable<MethodBase> MethodsOf(Type type, bool nested)
    {
        foreach (MethodInfo method in type.GetMethods(Declared))
        {
            yield return method;
        }

        foreach (ConstructorInfo constructor in type.GetConstructors(Declared))
        {
            yield return constructor;
        }

        if (nested)
        {
            foreach (Type inner in type.GetNestedTypes(Declared))
            {
                foreach (MethodBase method in MethodsOf(inner, nested: true))
                {
                    yield return method;
                }
            }
        }
    }

    // The tokens of the fields a method's body loads (static or not: a token names one) and of the methods it calls.
    private sealed record BodyTokens(HashSet<int> Loads, HashSet<int> Calls, HashSet<int> Addresses, HashSet<int> StaticStores)
    {
        public HashSet<int> Tokens(bool calls) => calls ? Calls : Loads;
    }

    // The field and method tokens the method's body uses, from its IL bytes.
    private static BodyTokens Tokens(MethodBase method) => Bodies.GetOrAdd(method, Scan);

    private static BodyTokens Scan(MethodBase method)
    {
        var tokens = new BodyTokens([], [], [], []);
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or BadImageFormatException)
        {
            return tokens;
        }

        if (il is null)
        {
            return tokens;
        }

        int position = 0;
        while (position < il.Length)
        {
            OpCode op;
            try
            {
                op = OpCodeTable.Read(il, ref position);
            }
            catch (InvalidProgramException)
            {
                return tokens;
            }

            if (position + 4 <= il.Length)
            {
                if (op == OpCodes.Ldsfld || op == OpCodes.Ldsflda || op == OpCodes.Ldfld || op == OpCodes.Ldflda)
                {
                    tokens.Loads.Add(BitConverter.ToInt32(il, position));
                }
                else if (op == OpCodes.Stsfld)
                {
                    tokens.StaticStores.Add(BitConverter.ToInt32(il, position));
                }
                else if (op == OpCodes.Call || op == OpCodes.Callvirt || op == OpCodes.Newobj)
                {
                    tokens.Calls.Add(BitConverter.ToInt32(il, position));
                }
                else if (op == OpCodes.Ldftn || op == OpCodes.Ldvirtftn)
                {
                    // Indexed with the calls, so that the method taking the address is found among the callers.
                    tokens.Calls.Add(BitConverter.ToInt32(il, position));
                    tokens.Addresses.Add(BitConverter.ToInt32(il, position));
                }
            }

            position += OperandSize(op, il, position);
        }

        return tokens;
    }

    private static int OperandSize(OpCode op, byte[] il, int position) => op.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => position + 4 <= il.Length ? 4 + (4 * BitConverter.ToInt32(il, position)) : il.Length,
        _ => 4,
    };
}
