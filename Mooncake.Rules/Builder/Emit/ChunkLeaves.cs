using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The leaves of a chunk type: the paths of fields down to its <see cref="Vector128{T}"/>,
/// <see cref="Vector256{T}"/>, <see cref="Vector512{T}"/> or scalar storage, and the lane-wise
/// operations on one leaf as hardware intrinsics (or IL opcodes for a scalar leaf). The emitter
/// writes chunk arithmetic leaf by leaf with these, so that it needs no inlining: the JIT expands
/// intrinsics at import, whatever its inlining budget says (a method of 400 dual multiplies
/// otherwise runs out of it and calls every chunk operation through memory).
/// </summary>
/// <remarks>
/// Every chunk type computes each lane with the same formula (<c>Add</c> is <c>a + b</c>,
/// <c>Scale</c> is <c>a · s</c>, <c>Combine</c> is <c>fma(a, s, b · t)</c>), so the leaf
/// operations give bit-identical lanes to the chunk's own methods.
/// </remarks>
internal sealed class ChunkLeaves
{
    private static readonly ConcurrentDictionary<Type, ChunkLeaves?> Cache = new();

    private ChunkLeaves(Type chunk, Type scalar, IReadOnlyList<FieldInfo[]> paths)
    {
        Chunk = chunk;
        Scalar = scalar;
        Paths = paths;
    }

    /// <summary>The chunk type.</summary>
    public Type Chunk { get; }

    /// <summary>The lane type (<see cref="double"/> or <see cref="float"/>).</summary>
    public Type Scalar { get; }

    /// <summary>Each leaf as the path of fields from the chunk to it.</summary>
    public IReadOnlyList<FieldInfo[]> Paths { get; }

    /// <summary>The leaves of <paramref name="chunk"/> with lanes of <paramref name="scalar"/>, or null if some field is neither a struct of leaves nor a leaf.</summary>
    public static ChunkLeaves? Of(Type chunk, Type scalar) => Cache.GetOrAdd(chunk, c =>
    {
        var paths = new List<FieldInfo[]>();
        return Collect(c, scalar, [], paths) && paths.Count > 0 ? new ChunkLeaves(c, scalar, paths) : null;
    });

    private static bool Collect(Type type, Type scalar, FieldInfo[] prefix, List<FieldInfo[]> paths)
    {
        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            FieldInfo[] path = [.. prefix, field];
            Type f = field.FieldType;
            if (f == scalar || IsVector(f, scalar))
            {
                paths.Add(path);
            }
            else if (!f.IsValueType || f.IsPrimitive || f.IsEnum || !Collect(f, scalar, path, paths))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsVector(Type type, Type scalar) =>
        type.IsGenericType && type.GetGenericArguments()[0] == scalar
        && type.GetGenericTypeDefinition() is var d
        && (d == typeof(Vector128<>) || d == typeof(Vector256<>) || d == typeof(Vector512<>));

    /// <summary>Pushes the leaf <paramref name="path"/> of the chunk in <paramref name="place"/>.</summary>
    public static void LoadLeaf(ILGenerator il, Place place, FieldInfo[] path)
    {
        place.LoadAddress(il);
        for (int i = 0; i < path.Length - 1; i++)
        {
            il.Emit(OpCodes.Ldflda, path[i]);
        }

        il.Emit(OpCodes.Ldfld, path[^1]);
    }

    /// <summary>Pushes the address of the struct that holds the leaf <paramref name="path"/> of <paramref name="place"/> (for a following <c>stfld</c> of its last field).</summary>
    public static void LoadLeafOwner(ILGenerator il, Place place, FieldInfo[] path)
    {
        place.LoadAddress(il);
        for (int i = 0; i < path.Length - 1; i++)
        {
            il.Emit(OpCodes.Ldflda, path[i]);
        }
    }

    /// <summary>Pops two leaves, pushes their lane-wise sum, difference or product (<paramref name="op"/> is <c>add</c>, <c>sub</c> or <c>mul</c>).</summary>
    public static void Binary(ILGenerator il, Type leaf, ILOp op)
    {
        if (leaf.IsPrimitive)
        {
            il.Emit(op switch { ILOp.Add => OpCodes.Add, ILOp.Subtract => OpCodes.Sub, _ => OpCodes.Mul });
            return;
        }

        string name = op switch { ILOp.Add => "op_Addition", ILOp.Subtract => "op_Subtraction", _ => "op_Multiply" };
        il.Emit(OpCodes.Call, leaf.GetMethod(name, [leaf, leaf])!);
    }

    /// <summary>Pops a leaf, pushes its lane-wise negation.</summary>
    public static void Negate(ILGenerator il, Type leaf)
    {
        if (leaf.IsPrimitive)
        {
            il.Emit(OpCodes.Neg);
            return;
        }

        il.Emit(OpCodes.Call, leaf.GetMethod("op_UnaryNegation", [leaf])!);
    }

    /// <summary>Pops a scalar, pushes it in every lane of <paramref name="leaf"/> (nothing for a scalar leaf).</summary>
    public static void Broadcast(ILGenerator il, Type leaf, Type scalar)
    {
        if (!leaf.IsPrimitive)
        {
            il.Emit(OpCodes.Call, VectorClass(leaf).GetMethod("Create", [scalar])!);
        }
    }

    /// <summary>Pops <c>a, b, c</c>, pushes the lane-wise fused <c>a · b + c</c>.</summary>
    public static void FusedMultiplyAdd(ILGenerator il, Type leaf)
    {
        Type owner = leaf.IsPrimitive ? (leaf == typeof(double) ? typeof(Math) : typeof(MathF)) : VectorClass(leaf);
        il.Emit(OpCodes.Call, owner.GetMethod("FusedMultiplyAdd", [leaf, leaf, leaf])!);
    }

    /// <summary>Pushes 0 of <paramref name="scalar"/>.</summary>
    public static void EmitZero(ILGenerator il, Type scalar)
    {
        if (scalar == typeof(double))
        {
            il.Emit(OpCodes.Ldc_R8, 0.0);
        }
        else
        {
            il.Emit(OpCodes.Ldc_R4, 0.0f);
        }
    }

    /// <summary>Pushes 1 of <paramref name="scalar"/>.</summary>
    public static void EmitOne(ILGenerator il, Type scalar)
    {
        if (scalar == typeof(double))
        {
            il.Emit(OpCodes.Ldc_R8, 1.0);
        }
        else
        {
            il.Emit(OpCodes.Ldc_R4, 1.0f);
        }
    }

    // The two-vector generic method `name` of a Vector128/256/512 class, for lanes of scalar.
    private static MethodInfo Generic(Type vector, string name, Type scalar) =>
        vector.GetMethods().Single(m => m.Name == name && m.IsGenericMethodDefinition && m.GetParameters().Length == 2).MakeGenericMethod(scalar);

    private static Type VectorClass(Type leaf)
    {
        Type d = leaf.GetGenericTypeDefinition();
        return d == typeof(Vector128<>) ? typeof(Vector128) : d == typeof(Vector256<>) ? typeof(Vector256) : typeof(Vector512);
    }
}
