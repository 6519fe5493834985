using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// The types of values on the IL evaluation stack. Integers narrower than 32 bits, booleans,
/// characters and enums are 32-bit integers there; the rest keep their CLR types, with
/// <see cref="NullType"/> for <c>ldnull</c>.
/// </summary>
internal static class StackTypes
{
    /// <summary>The stack type of a value of <paramref name="type"/> once loaded.</summary>
    public static Type Of(Type type)
    {
        if (type.IsEnum)
        {
            type = Enum.GetUnderlyingType(type);
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Boolean or TypeCode.Char or TypeCode.SByte or TypeCode.Byte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32 => typeof(int),
            TypeCode.Int64 or TypeCode.UInt64 => typeof(long),
            _ when type == typeof(nuint) || type == typeof(nint) => typeof(nint),
            _ => type,
        };
    }

    /// <summary>The type of a binary numeric operation's result.</summary>
    public static Type Binary(Type left, Type right)
    {
        if (left == typeof(double) || right == typeof(double))
        {
            return typeof(double);
        }

        if (left == typeof(float) || right == typeof(float))
        {
            return typeof(float);
        }

        if (left.IsByRef || left.IsPointer)
        {
            return left; // managed-pointer arithmetic (Unsafe.Add and friends)
        }

        if (right.IsByRef || right.IsPointer)
        {
            return right;
        }

        if (left == typeof(long) || right == typeof(long))
        {
            return typeof(long);
        }

        return left == typeof(nint) || right == typeof(nint) ? typeof(nint) : typeof(int);
    }

    // Address arithmetic: a pointer (or managed pointer) plus or minus an offset keeps its type, the
    // difference of two is a byte count, and any other operation on one gives an integer. Null
    // for arithmetic on numbers.
    private static Type? Address(string op, Type left, Type right)
    {
        bool l = left.IsByRef || left.IsPointer, r = right.IsByRef || right.IsPointer;
        if (!l && !r)
        {
            return null;
        }

        bool additive = op.StartsWith("add", StringComparison.Ordinal) || op.StartsWith("sub", StringComparison.Ordinal);
        if (!additive || (l && r))
        {
            return typeof(nint);
        }

        return l ? left : (op.StartsWith("add", StringComparison.Ordinal) ? right : typeof(nint));
    }

    /// <summary>
    /// The type of a stack slot reached with <paramref name="a"/> on one path and <paramref name="b"/>
    /// on another, or null if the two cannot merge.
    /// </summary>
    public static Type? Merge(Type a, Type b)
    {
        if (a == b)
        {
            return a;
        }

        if (a == typeof(NullType) && !b.IsValueType)
        {
            return b;
        }

        if (b == typeof(NullType) && !a.IsValueType)
        {
            return a;
        }

        if (a.IsValueType || b.IsValueType || a.IsByRef || b.IsByRef)
        {
            return null;
        }

        if (a.IsAssignableFrom(b))
        {
            return a;
        }

        if (b.IsAssignableFrom(a))
        {
            return b;
        }

        for (Type? t = a.BaseType; t is not null; t = t.BaseType)
        {
            if (t.IsAssignableFrom(b))
            {
                return t;
            }
        }

        return typeof(object);
    }

    /// <summary>How many values <paramref name="instruction"/> pops, in a method returning <paramref name="returnType"/>.</summary>
    public static int PopCount(ILInstruction instruction, Type returnType)
    {
        OpCode opcode = instruction.OpCode;
        if (opcode.StackBehaviourPop == StackBehaviour.Varpop)
        {
            if (opcode == OpCodes.Ret)
            {
                return returnType == typeof(void) ? 0 : 1;
            }

            var method = (MethodBase)instruction.Operand!;
            int parameters = method.GetParameters().Length;
            return opcode == OpCodes.Newobj ? parameters : parameters + (method.CallingConvention.HasFlag(CallingConventions.HasThis) ? 1 : 0);
        }

        string name = opcode.StackBehaviourPop.ToString();
        return name == nameof(StackBehaviour.Pop0) ? 0 : name.Split('_').Length;
    }

    /// <summary>How many values <paramref name="instruction"/> pushes.</summary>
    public static int PushCount(ILInstruction instruction) => instruction.OpCode.StackBehaviourPush switch
    {
        StackBehaviour.Push0 => 0,
        StackBehaviour.Push1_push1 => 2,
        // A constructor called on an address (call .ctor) pushes nothing; newobj pushes the object.
        StackBehaviour.Varpush => instruction.Operand switch
        {
            MethodInfo { ReturnType: var r } => r == typeof(void) ? 0 : 1,
            ConstructorInfo => instruction.OpCode == OpCodes.Newobj ? 1 : 0,
            _ => 1,
        },
        _ => 1,
    };

    /// <summary>
    /// The type <paramref name="instruction"/> pushes, given the types it popped (deepest first),
    /// in <paramref name="method"/>; null if it pushes nothing.
    /// </summary>
    public static Type? Pushed(ILInstruction instruction, Type[] popped, MethodBase method, IReadOnlyList<Type> locals)
    {
        OpCode op = instruction.OpCode;
        object? operand = instruction.Operand;
        if (PushCount(instruction) == 0)
        {
            return null;
        }

        if (op == OpCodes.Dup)
        {
            return popped[0];
        }

        int? argument = ArgumentIndex(op, operand);
        if (argument is { } a)
        {
            Type type = ArgumentType(method, a);
            return op == OpCodes.Ldarga || op == OpCodes.Ldarga_S ? type.MakeByRefType() : Of(type);
        }

        int? local = LocalIndex(op, operand);
        if (local is { } l)
        {
            return op == OpCodes.Ldloca || op == OpCodes.Ldloca_S ? locals[l].MakeByRefType() : Of(locals[l]);
        }

        return op.Name switch
        {
            "ldnull" => typeof(NullType),
            "ldstr" => typeof(string),
            "ldc.r4" => typeof(float),
            "ldc.r8" => typeof(double),
            "ldc.i8" => typeof(long),
            _ when op.Name!.StartsWith("ldc.i4", StringComparison.Ordinal) => typeof(int),
            "add" or "sub" or "mul" or "div" or "rem" or "and" or "or" or "xor" or "div.un" or "rem.un"
                or "add.ovf" or "add.ovf.un" or "sub.ovf" or "sub.ovf.un" or "mul.ovf" or "mul.ovf.un" => Address(op.Name, popped[0], popped[1]) ?? Binary(popped[0], popped[1]),
            "shl" or "shr" or "shr.un" or "neg" or "not" or "ckfinite" => popped[0],
            "ceq" or "cgt" or "cgt.un" or "clt" or "clt.un" or "sizeof" => typeof(int),
            "conv.r4" => typeof(float),
            "conv.r8" or "conv.r.un" => typeof(double),
            // fixed (double* p = ...) pins a managed pointer and converts it: the result points at the same element.
            "conv.u" or "conv.i" when popped[0].IsByRef => popped[0].GetElementType()!.MakePointerType(),
            _ when op.Name.StartsWith("conv.", StringComparison.Ordinal) => ConversionTarget(op.Name),
            _ when op.Name.StartsWith("ldind.", StringComparison.Ordinal) => op == OpCodes.Ldind_Ref ? Of(popped[0].GetElementType()!) : IndirectType(op.Name[6..]),
            _ when op.Name.StartsWith("ldelem.", StringComparison.Ordinal) => op == OpCodes.Ldelem_Ref ? Of(popped[0].GetElementType()!) : IndirectType(op.Name[7..]),
            "ldelem" or "ldobj" or "unbox.any" => Of((Type)operand!),
            "ldelema" or "unbox" or "refanyval" => ((Type)operand!).MakeByRefType(),
            "ldlen" or "ldftn" or "ldvirtftn" or "localloc" => typeof(nint),
            "ldfld" or "ldsfld" => Of(((FieldInfo)operand!).FieldType),
            "ldflda" or "ldsflda" => ((FieldInfo)operand!).FieldType.MakeByRefType(),
            "newarr" => ((Type)operand!).MakeArrayType(),
            "newobj" => ((ConstructorInfo)operand!).DeclaringType!,
            "call" or "callvirt" => Of(((MethodInfo)operand!).ReturnType),
            "box" => typeof(object),
            // A cast to a value type leaves the box on the stack.
            "castclass" or "isinst" => operand is Type { IsValueType: true } ? typeof(object) : (Type)operand!,
            "ldtoken" => operand switch
            {
                Type => typeof(RuntimeTypeHandle),
                MethodBase => typeof(RuntimeMethodHandle),
                _ => typeof(RuntimeFieldHandle),
            },
            "mkrefany" => typeof(TypedReference),
            "refanytype" => typeof(RuntimeTypeHandle),
            "arglist" => typeof(RuntimeArgumentHandle),
            _ => throw new UnsupportedILException(method, instruction, "the rule builder does not know what this instruction pushes"),
        };
    }

    /// <summary>The argument index an <c>ldarg</c>/<c>ldarga</c>/<c>starg</c> names, or null.</summary>
    public static int? ArgumentIndex(OpCode op, object? operand) =>
        ILOps.Of(op) is { Op: ILOp.LoadArgument or ILOp.LoadArgumentAddress or ILOp.StoreArgument } decoded ? decoded.Index ?? Convert.ToInt32(operand) : null;

    /// <summary>The local index an <c>ldloc</c>/<c>ldloca</c>/<c>stloc</c> names, or null.</summary>
    public static int? LocalIndex(OpCode op, object? operand) =>
        ILOps.Of(op) is { Op: ILOp.LoadLocal or ILOp.LoadLocalAddress or ILOp.StoreLocal } decoded ? decoded.Index ?? Convert.ToInt32(operand) : null;

    /// <summary>The type of IL argument <paramref name="index"/> (the receiver is argument 0 of an instance method).</summary>
    public static Type ArgumentType(MethodBase method, int index)
    {
        if (!method.IsStatic)
        {
            if (index == 0)
            {
                Type declaring = method.DeclaringType!;
                return declaring.IsValueType ? declaring.MakeByRefType() : declaring;
            }

            index--;
        }

        return method.GetParameters()[index].ParameterType;
    }

    private static Type ConversionTarget(string name)
    {
        string target = name[5..].Replace(".ovf", "", StringComparison.Ordinal).Replace(".un", "", StringComparison.Ordinal);
        return target switch
        {
            "i8" or "u8" => typeof(long),
            "i" or "u" => typeof(nint),
            _ => typeof(int),
        };
    }

    private static Type IndirectType(string suffix) => suffix switch
    {
        "i8" or "u8" => typeof(long),
        "i" => typeof(nint),
        "r4" => typeof(float),
        "r8" => typeof(double),
        _ => typeof(int),
    };
}
