using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Tangents;

/// <summary>
/// Classifies primal types and decides which of them can carry a derivative. Both answers depend
/// on the primal type only, not on the width.
/// </summary>
internal static class PrimalTypes
{
    private const BindingFlags DeclaredInstanceFields = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;

    private static readonly ConcurrentDictionary<Type, PrimalKind> Kinds = new();
    private static readonly ConcurrentDictionary<Type, bool> HasTangentCache = new();

    /// <summary>The kind of <paramref name="type"/>, before deciding whether it carries a derivative.</summary>
    /// <exception cref="NotSupportedException">The type cannot be a primal (pointers, ref structs, SIMD vectors...).</exception>
    public static PrimalKind KindOf(Type type) => Kinds.GetOrAdd(type, Classify);

    /// <summary>Whether values of <paramref name="type"/> can carry a derivative.</summary>
    /// <exception cref="NotSupportedException">The type, or a type it holds, cannot be a primal.</exception>
    public static bool HasTangent(Type type)
    {
        if (HasTangentCache.TryGetValue(type, out bool known))
        {
            return known;
        }

        foreach ((Type t, bool has) in SolveHasTangent(type))
        {
            HasTangentCache.TryAdd(t, has);
        }

        return HasTangentCache[type];
    }

    /// <summary>
    /// Whether <paramref name="field"/> is a field of a compiler-generated type (a closure's display
    /// class, a state machine) whose own type cannot be a primal (a SIMD vector, a pointer): the
    /// field gets no tangent rather than making the whole type undifferentiable, since one lambda's
    /// capture must not refuse another lambda of the same scope. No derivative can reach such a
    /// value: every operation that would compute one from a value carrying a derivative is refused
    /// where it is made.
    /// </summary>
    public static bool IsOpaqueField(FieldInfo field)
    {
        if (field.DeclaringType is not { } declaring || !declaring.IsDefined(typeof(CompilerGeneratedAttribute), false))
        {
            return false;
        }

        try
        {
            _ = KindOf(field.FieldType);
            return false;
        }
        catch (NotSupportedException)
        {
            return true;
        }
    }

    /// <summary>The instance fields declared by <paramref name="type"/> itself (not inherited), in declaration order.</summary>
    public static FieldInfo[] DeclaredFields(Type type) =>
        [.. type.GetFields(DeclaredInstanceFields).OrderBy(f => f.MetadataToken)];

    /// <summary>The instance fields of <paramref name="type"/> and its base classes, base first.</summary>
    public static IEnumerable<FieldInfo> AllFields(Type type) =>
        type.BaseType is { } baseType && type.IsClass ? AllFields(baseType).Concat(DeclaredFields(type)) : DeclaredFields(type);

    /// <summary>Whether <paramref name="type"/> is a <c>ValueTuple</c> with 2 to 7 elements.</summary>
    public static bool IsSmallValueTuple(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is { } d
        && (d == typeof(ValueTuple<,>) || d == typeof(ValueTuple<,,>) || d == typeof(ValueTuple<,,,>)
            || d == typeof(ValueTuple<,,,,>) || d == typeof(ValueTuple<,,,,,>) || d == typeof(ValueTuple<,,,,,,>));

    private static PrimalKind Classify(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        RejectUnsupported(type);
        if (type == typeof(double) || type == typeof(float))
        {
            return PrimalKind.Scalar;
        }

        if (SimdVectors.IsVector(type, out Type lane, out _))
        {
            // A vector of integers is a mask or an index vector (what comparisons return): no derivative.
            return lane == typeof(double) || lane == typeof(float) ? PrimalKind.SimdVector : PrimalKind.NoTangent;
        }

        if (type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(string) || IsOpaqueReference(type))
        {
            return PrimalKind.NoTangent;
        }

        if (type.IsArray)
        {
            Type element = type.GetElementType()!;
            bool scalarElement = element == typeof(double) || element == typeof(float);
            return (type.IsSZArray, type.GetArrayRank(), scalarElement) switch
            {
                (true, _, true) => PrimalKind.ScalarArray,
                (false, 2, true) => PrimalKind.ScalarMatrix,
                (true, _, false) => PrimalKind.ElementArray,
                // A multi-dimensional array of numbers that carry no derivative (NetTopologySuite's
                // int[,] of depths in its buffer graph): no tangent, like the numbers themselves.
                (false, _, false) when element.IsPrimitive || element.IsEnum || element == typeof(decimal) || element == typeof(string) => PrimalKind.NoTangent,
                _ => throw new NotSupportedException(
                    $"Arrays of type {type} have no tangent type: the tangent system supports one-dimensional arrays of any element type and two-dimensional arrays of double or float."),
            };
        }

        if (type == typeof(object) || type.IsInterface || type == typeof(ValueType) || type == typeof(Enum) || type == typeof(Array))
        {
            return PrimalKind.Dynamic;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            return PrimalKind.Delegate;
        }

        if (type.IsValueType)
        {
            return Nullable.GetUnderlyingType(type) is not null ? PrimalKind.Nullable
                : IsSmallValueTuple(type) ? PrimalKind.Tuple
                : PrimalKind.Struct;
        }

        return PrimalKind.Class;
    }

    // Types that hold no numbers a program differentiates: exceptions (and their captured
    // dispatch state, which rethrows them), reflection objects and runtime handles (ldtoken's
    // results, which wrap reflection objects), and the threading machinery.
    private static bool IsOpaqueReference(Type type) =>
        typeof(Exception).IsAssignableFrom(type)
        || type == typeof(System.Runtime.ExceptionServices.ExceptionDispatchInfo)
        || type == typeof(RuntimeFieldHandle) || type == typeof(RuntimeTypeHandle) || type == typeof(RuntimeMethodHandle) || type == typeof(ModuleHandle)
        || typeof(MemberInfo).IsAssignableFrom(type)
        || typeof(Assembly).IsAssignableFrom(type)
        || typeof(Module).IsAssignableFrom(type)
        || type.Namespace is "System.Threading" or "System.Threading.Tasks";

    private static void RejectUnsupported(Type type)
    {
        string? reason =
            type.ContainsGenericParameters ? "it is an open generic type; close it with type arguments first"
            : type.IsPointer || type.IsFunctionPointer || type.IsUnmanagedFunctionPointer ? "it is a pointer type; unsafe code is not differentiable"
            : type.IsByRef ? "it is a by-reference type; use the referenced type"
            : type.IsByRefLike ? "it is a ref struct (such as Span<T>), which cannot be stored in a tangent; the rule builder handles spans over arrays"
            : type == typeof(void) ? "void has no values"
            : type == typeof(Half) ? "Half has no chunk type; convert to float or double"
            : IsFloatingVector64(type) ? "Vector64 of double or float has no rules; use Vector128, Vector256, Vector512 or Vector<T>"
            : type.IsValueType && type.IsDefined(typeof(InlineArrayAttribute), false) ? "inline arrays are not supported; use a double[] or a struct with named fields"
            : type.IsValueType && type.IsExplicitLayout ? "structs with explicit layout may overlap fields, which a tangent cannot mirror"
            : null;
        if (reason is not null)
        {
            throw new NotSupportedException($"{type} has no tangent type: {reason}.");
        }

        if (type.IsValueType && !type.IsPrimitive && !type.IsEnum
            && DeclaredFields(type).FirstOrDefault(f => f.IsDefined(typeof(FixedBufferAttribute), false)) is { } fixedField)
        {
            throw new NotSupportedException($"{type} has no tangent type: its field {fixedField.Name} is a fixed-size buffer; use an array instead.");
        }
    }

    private static bool IsFloatingVector64(Type type) =>
        type.IsGenericType && !type.ContainsGenericParameters && type.GetGenericTypeDefinition() == typeof(System.Runtime.Intrinsics.Vector64<>)
        && type.GetGenericArguments()[0] is var e && (e == typeof(double) || e == typeof(float));

    // Whether a type carries a derivative is a least fixed point over the types it holds
    // (structs and sealed classes can reach themselves through fields): start from "no" for the
    // composite types reachable from the root and flip to "yes" until nothing changes.
    private static IEnumerable<(Type Type, bool HasTangent)> SolveHasTangent(Type root)
    {
        var composites = new Dictionary<Type, List<Type>>();
        var leaves = new Dictionary<Type, bool>();
        var reachedFrom = new Dictionary<Type, string>();
        var work = new Stack<Type>();
        work.Push(root);
        while (work.Count > 0)
        {
            Type type = work.Pop();
            if (composites.ContainsKey(type) || leaves.ContainsKey(type))
            {
                continue;
            }

            if (HasTangentCache.TryGetValue(type, out bool cached))
            {
                leaves[type] = cached;
                continue;
            }

            List<(Type Type, string Name)>? parts;
            bool leafValue;
            try
            {
                parts = PartsOrNull(type, out leafValue);
            }
            catch (NotSupportedException e) when (type != root)
            {
                throw new NotSupportedException($"{root} has no tangent type: it holds {Path(type)}, and {e.Message}", e);
            }

            if (parts is null)
            {
                leaves[type] = leafValue;
                continue;
            }

            composites[type] = [.. parts.Select(p => p.Type)];
            foreach ((Type part, string name) in parts)
            {
                reachedFrom.TryAdd(part, $"{Path(type)}.{name}");
                work.Push(part);
            }
        }

        var has = composites.Keys.ToDictionary(t => t, _ => false);
        for (bool changed = true; changed;)
        {
            changed = false;
            foreach ((Type type, List<Type> parts) in composites)
            {
                if (!has[type] && parts.Any(p => leaves.TryGetValue(p, out bool leaf) ? leaf : has[p]))
                {
                    has[type] = changed = true;
                }
            }
        }

        return has.Select(kv => (kv.Key, kv.Value)).Concat(leaves.Select(kv => (kv.Key, kv.Value)));

        string Path(Type type) => reachedFrom.TryGetValue(type, out string? path) ? path : type.Name;
    }

    // The types a composite holds (fields, element type) with their names, or null for a leaf
    // whose answer is known directly.
    private static List<(Type Type, string Name)>? PartsOrNull(Type type, out bool leafValue)
    {
        leafValue = false;
        switch (KindOf(type))
        {
            case PrimalKind.NoTangent:
                return null;
            case PrimalKind.Scalar or PrimalKind.SimdVector or PrimalKind.ScalarArray or PrimalKind.ScalarMatrix or PrimalKind.Dynamic or PrimalKind.Delegate:
                leafValue = true;
                return null;
            case PrimalKind.ElementArray:
                return [(type.GetElementType()!, "[]")];
            case PrimalKind.Nullable:
                return [(Nullable.GetUnderlyingType(type)!, "Value")];
            case PrimalKind.Class when !type.IsSealed || (type.BaseType is { } b && b != typeof(object)):
                // A field typed by a non-sealed class may hold a subclass with derivatives, and a
                // subclass's tangent must derive from its base's: both always get a class tangent.
                leafValue = true;
                return null;
            default:
                return [.. AllFields(type).Where(f => !IsOpaqueField(f)).Select(f => (f.FieldType, f.Name))];
        }
    }
}
