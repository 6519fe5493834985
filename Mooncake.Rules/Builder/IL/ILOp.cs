using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// What an IL instruction does, with its encodings folded together (<c>ldarg.0</c>,
/// <c>ldarg.s</c> and <c>ldarg</c> are all <see cref="LoadArgument"/>; <c>ldelem.r8</c> and
/// <c>ldelem</c> are <see cref="LoadElement"/>), as ILGPU's frontend reads IL. Decoded once per
/// instruction (<see cref="ILInstruction.Op"/>), so the compiler switches on it instead of
/// comparing opcode names.
/// </summary>
internal enum ILOp : byte
{
    /// <summary>Anything else (prefixes are folded into the instruction they precede).</summary>
    Other,
    Nop,
    Break,
    LoadArgument,
    LoadArgumentAddress,
    StoreArgument,
    LoadLocal,
    LoadLocalAddress,
    StoreLocal,
    LoadNull,
    LoadConstant,
    LoadString,
    Dup,
    Pop,
    Call,
    CallVirtual,
    CallIndirect,
    Jump,
    Return,
    Branch,
    BranchIf,
    Switch,
    Compare,
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
    Negate,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
    BitwiseNot,
    ShiftLeft,
    ShiftRight,
    Convert,
    CheckFinite,
    LoadIndirect,
    StoreIndirect,
    LoadObject,
    StoreObject,
    CopyObject,
    InitObject,
    NewObject,
    NewArray,
    LoadLength,
    LoadElement,
    LoadElementAddress,
    StoreElement,
    LoadField,
    LoadFieldAddress,
    StoreField,
    LoadStaticField,
    LoadStaticFieldAddress,
    StoreStaticField,
    Box,
    Unbox,
    UnboxAny,
    CastClass,
    IsInstance,
    SizeOf,
    LoadToken,
    LoadFunction,
    LoadVirtualFunction,
    LocalAlloc,
    CopyBlock,
    InitBlock,
    Throw,
    Rethrow,
    Leave,
    EndFinally,
    EndFilter,
    MakeTypedReference,
    ReferenceAnyValue,
    ReferenceAnyType,
    ArgumentList,
}

/// <summary>The variants an <see cref="ILOp"/> folds together.</summary>
[Flags]
internal enum ILFlags : byte
{
    None = 0,

    /// <summary>Unsigned or unordered (<c>div.un</c>, <c>cgt.un</c>, <c>conv.r.un</c>, <c>bge.un</c>).</summary>
    Unsigned = 1,

    /// <summary>Checked for overflow (<c>add.ovf</c>, <c>conv.ovf.i4</c>).</summary>
    Overflow = 2,

    /// <summary>A comparison or branch on equality (<c>ceq</c>, <c>beq</c>, <c>bne.un</c> with <see cref="Negated"/>).</summary>
    Equal = 4,

    /// <summary>A comparison or branch on "greater" (<c>cgt</c>, <c>bgt</c>; <c>ble</c> with <see cref="Negated"/>).</summary>
    Greater = 8,

    /// <summary>A comparison or branch on "less" (<c>clt</c>, <c>blt</c>; <c>bge</c> with <see cref="Negated"/>).</summary>
    Less = 16,

    /// <summary>The opposite of the comparison named (<c>bne.un</c>, <c>bge</c>, <c>ble</c>, <c>brfalse</c>).</summary>
    Negated = 32,
}

/// <summary>The decoding of every <see cref="OpCode"/> into its <see cref="ILOp"/>, flags, the type a typed form names and the index a short form implies.</summary>
internal static class ILOps
{
    // By encoding: the one-byte opcodes, then the two-byte ones after 0xFE (arrays, not a
    // dictionary keyed by a struct, whose generic code the JIT would compile on every first call).
    private static readonly (ILOp Op, ILFlags Flags, Type? Type, int? Index)[] Table = Build();

    /// <summary>The decoding of <paramref name="opcode"/>.</summary>
    public static (ILOp Op, ILFlags Flags, Type? Type, int? Index) Of(OpCode opcode) => Table[Slot(opcode)];

    private static int Slot(OpCode opcode) => opcode.Size == 1 ? opcode.Value & 0xFF : 256 + (opcode.Value & 0xFF);

    // The one place opcode names are read: each name's stem gives the operation, its suffixes
    // the variant, the type of a typed form (.r8, .i4, .ref) and the index of a short form (.0-.3).
    private static (ILOp, ILFlags, Type?, int?)[] Build()
    {
        var table = new (ILOp, ILFlags, Type?, int?)[512];
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var opcode = (OpCode)field.GetValue(null)!;
            table[Slot(opcode)] = Decode(opcode.Name!);
        }

        return table;
    }

    private static (ILOp, ILFlags, Type?, int?) Decode(string name)
    {
        string[] parts = name.Split('.');
        string stem = parts[0];
        string[] suffixes = parts[1..];
        ILFlags flags = ILFlags.None;
        if (suffixes.Contains("un"))
        {
            flags |= ILFlags.Unsigned;
        }

        if (suffixes.Contains("ovf"))
        {
            flags |= ILFlags.Overflow;
        }

        Type? type = suffixes.Select(TypeOf).FirstOrDefault(t => t is not null);
        int? index = suffixes.Length > 0 && suffixes[^1].Length == 1 && char.IsAsciiDigit(suffixes[^1][0]) && stem is "ldarg" or "ldloc" or "stloc" ? suffixes[^1][0] - '0' : null;
        ILOp op = stem switch
        {
            "nop" => ILOp.Nop,
            "break" => ILOp.Break,
            "ldarg" => ILOp.LoadArgument,
            "ldarga" => ILOp.LoadArgumentAddress,
            "starg" => ILOp.StoreArgument,
            "ldloc" => ILOp.LoadLocal,
            "ldloca" => ILOp.LoadLocalAddress,
            "stloc" => ILOp.StoreLocal,
            "ldnull" => ILOp.LoadNull,
            "ldc" => ILOp.LoadConstant,
            "ldstr" => ILOp.LoadString,
            "dup" => ILOp.Dup,
            "pop" => ILOp.Pop,
            "call" => ILOp.Call,
            "callvirt" => ILOp.CallVirtual,
            "calli" => ILOp.CallIndirect,
            "jmp" => ILOp.Jump,
            "ret" => ILOp.Return,
            "br" => ILOp.Branch,
            "brtrue" or "brinst" => ILOp.BranchIf,
            "brfalse" or "brnull" or "brzero" => ILOp.BranchIf,
            "beq" or "bne" or "bge" or "bgt" or "ble" or "blt" => ILOp.BranchIf,
            "switch" => ILOp.Switch,
            "ceq" or "cgt" or "clt" => ILOp.Compare,
            "add" => ILOp.Add,
            "sub" => ILOp.Subtract,
            "mul" => ILOp.Multiply,
            "div" => ILOp.Divide,
            "rem" => ILOp.Remainder,
            "neg" => ILOp.Negate,
            "and" => ILOp.BitwiseAnd,
            "or" => ILOp.BitwiseOr,
            "xor" => ILOp.BitwiseXor,
            "not" => ILOp.BitwiseNot,
            "shl" => ILOp.ShiftLeft,
            "shr" => ILOp.ShiftRight,
            "conv" => ILOp.Convert,
            "ckfinite" => ILOp.CheckFinite,
            "ldind" => ILOp.LoadIndirect,
            "stind" => ILOp.StoreIndirect,
            "ldobj" => ILOp.LoadObject,
            "stobj" => ILOp.StoreObject,
            "cpobj" => ILOp.CopyObject,
            "initobj" => ILOp.InitObject,
            "newobj" => ILOp.NewObject,
            "newarr" => ILOp.NewArray,
            "ldlen" => ILOp.LoadLength,
            "ldelem" => ILOp.LoadElement,
            "ldelema" => ILOp.LoadElementAddress,
            "stelem" => ILOp.StoreElement,
            "ldfld" => ILOp.LoadField,
            "ldflda" => ILOp.LoadFieldAddress,
            "stfld" => ILOp.StoreField,
            "ldsfld" => ILOp.LoadStaticField,
            "ldsflda" => ILOp.LoadStaticFieldAddress,
            "stsfld" => ILOp.StoreStaticField,
            "box" => ILOp.Box,
            "unbox" => suffixes.Contains("any") ? ILOp.UnboxAny : ILOp.Unbox,
            "castclass" => ILOp.CastClass,
            "isinst" => ILOp.IsInstance,
            "sizeof" => ILOp.SizeOf,
            "ldtoken" => ILOp.LoadToken,
            "ldftn" => ILOp.LoadFunction,
            "ldvirtftn" => ILOp.LoadVirtualFunction,
            "localloc" => ILOp.LocalAlloc,
            "cpblk" => ILOp.CopyBlock,
            "initblk" => ILOp.InitBlock,
            "throw" => ILOp.Throw,
            "rethrow" => ILOp.Rethrow,
            "leave" => ILOp.Leave,
            "endfinally" or "endfault" => ILOp.EndFinally,
            "endfilter" => ILOp.EndFilter,
            "mkrefany" => ILOp.MakeTypedReference,
            "refanyval" => ILOp.ReferenceAnyValue,
            "refanytype" => ILOp.ReferenceAnyType,
            "arglist" => ILOp.ArgumentList,
            _ => ILOp.Other,
        };
        flags |= stem switch
        {
            "ceq" or "beq" => ILFlags.Equal,
            "bne" => ILFlags.Equal | ILFlags.Negated,
            "cgt" or "bgt" => ILFlags.Greater,
            "ble" => ILFlags.Greater | ILFlags.Negated,
            "clt" or "blt" => ILFlags.Less,
            "bge" => ILFlags.Less | ILFlags.Negated,
            "brfalse" or "brnull" or "brzero" => ILFlags.Negated,
            _ => ILFlags.None,
        };
        return (op, flags, type, index);
    }

    // The type a typed form's suffix names (conv.r8, ldelem.i4, stind.ref), or null.
    private static Type? TypeOf(string suffix) => suffix switch
    {
        "i1" => typeof(sbyte),
        "u1" => typeof(byte),
        "i2" => typeof(short),
        "u2" => typeof(ushort),
        "i4" => typeof(int),
        "u4" => typeof(uint),
        "i8" => typeof(long),
        "u8" => typeof(ulong),
        "i" => typeof(nint),
        "u" => typeof(nuint),
        "r4" => typeof(float),
        "r8" or "r" => typeof(double), // conv.r.un: to the native float, a double here
        "ref" => typeof(object),
        _ => null,
    };
}
