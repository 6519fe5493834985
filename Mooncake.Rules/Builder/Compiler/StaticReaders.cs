using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The methods that can load a static field (<c>ldsfld</c>, <c>ldsflda</c>): for a private field
/// the methods of its declaring type and of the types nested in it (lambdas and local functions
/// live there); for any other field every method of its module, found once per module by scanning
/// the IL of every method body for field loads (tokens only, no operand is resolved).
/// </summary>
/// <remarks>
/// Static constructors are left out: the runtime runs them, never a derived rule. Code in other
/// modules can load a public field too; <see cref="StaticConstancy"/> says what happens then.
/// </remarks>
internal static class StaticReaders
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
    private static readonly ConcurrentDictionary<Module, Dictionary<int, List<MethodBase>>> Modules = new();

    /// <summary>The methods of this process's view of the field's scope that load <paramref name="field"/>.</summary>
    public static IReadOnlyList<MethodBase> Of(FieldInfo field)
    {
        if (field.IsPrivate)
        {
            var readers = new List<MethodBase>();
            foreach (MethodBase method in MethodsOf(field.DeclaringType!, nested: true))
            {
                if (Loads(method).Contains(field.MetadataToken))
                {
                    readers.Add(method);
                }
            }

            return readers;
        }

        Dictionary<int, List<MethodBase>> index = Modules.GetOrAdd(field.Module, Index);
        return index.TryGetValue(field.MetadataToken, out List<MethodBase>? found) ? found : [];
    }

    private static Dictionary<int, List<MethodBase>> Index(Module module)
    {
        Type[] types;
        try
        {
            types = module.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            types = [.. e.Types.OfType<Type>()];
        }

        var index = new Dictionary<int, List<MethodBase>>();
        foreach (Type type in types)
        {
            foreach (MethodBase method in MethodsOf(type, nested: false))
            {
                foreach (int token in Loads(method))
                {
                    if (!index.TryGetValue(token, out List<MethodBase>? readers))
                    {
                        index[token] = readers = [];
                    }

                    readers.Add(method);
                }
            }
        }

        return index;
    }

    private static IEnumerable<MethodBase> MethodsOf(Type type, bool nested)
    {
        foreach (MethodInfo method in type.GetMethods(Declared))
        {
            yield return method;
        }

        foreach (ConstructorInfo constructor in type.GetConstructors(Declared))
        {
            if (!constructor.IsStatic)
            {
                yield return constructor;
            }
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

    // The field tokens the method's body loads, from its IL bytes.
    private static HashSet<int> Loads(MethodBase method)
    {
        var tokens = new HashSet<int>();
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

            if ((op == OpCodes.Ldsfld || op == OpCodes.Ldsflda) && position + 4 <= il.Length)
            {
                tokens.Add(BitConverter.ToInt32(il, position));
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
