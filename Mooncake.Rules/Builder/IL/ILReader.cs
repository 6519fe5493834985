using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>
/// Decodes the IL of a method into <see cref="ILInstruction"/>s (in the manner of ILGPU's
/// frontend disassembler): tokens are resolved in the method's module with the declaring type's
/// and the method's generic arguments, so a closed generic method reads as closed; prefixes are
/// folded into the instruction they modify.
/// </summary>
internal static class ILReader
{
    /// <summary>The instructions of <paramref name="method"/>'s body, in order.</summary>
    /// <exception cref="NotSupportedException">The method has no IL body (abstract, extern, P/Invoke, runtime-implemented).</exception>
    /// <exception cref="InvalidProgramException">The IL is malformed.</exception>
    public static IReadOnlyList<ILInstruction> Read(MethodBase method)
    {
        ArgumentNullException.ThrowIfNull(method);
        byte[] il = method.GetMethodBody()?.GetILAsByteArray()
            ?? throw new NotSupportedException($"{method.DeclaringType}.{method.Name} has no IL body to read (it is abstract, extern, a P/Invoke or implemented by the runtime).");
        Type[] typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : [];
        Type[] methodArguments = method is MethodInfo { IsGenericMethod: true } generic ? generic.GetGenericArguments() : [];
        var instructions = new List<ILInstruction>();
        var prefixes = new PendingPrefixes();
        int position = 0;
        while (position < il.Length)
        {
            int start = position;
            OpCode opcode = OpCodeTable.Read(il, ref position);
            object? operand = ReadOperand(method, il, opcode, ref position, typeArguments, methodArguments);
            if (opcode.OpCodeType == OpCodeType.Prefix)
            {
                prefixes.Add(start, opcode, operand);
                continue;
            }

            instructions.Add(new ILInstruction(prefixes.Start ?? start, opcode, operand, position)
            {
                Constrained = prefixes.Constrained,
                IsVolatile = prefixes.Volatile,
                IsTailCall = prefixes.Tail,
                IsReadOnly = prefixes.ReadOnly,
                Unaligned = prefixes.Unaligned,
            });
            prefixes = new PendingPrefixes();
        }

        if (prefixes.Start is { } dangling)
        {
            throw new InvalidProgramException($"A prefix at IL_{dangling:X4} of {method.Name} modifies no instruction.");
        }

        return instructions;
    }

    private static object? ReadOperand(MethodBase method, byte[] il, OpCode opcode, ref int position, Type[] typeArguments, Type[] methodArguments)
    {
        Module module = method.Module;
        switch (opcode.OperandType)
        {
            case OperandType.InlineNone:
                return null;
            case OperandType.ShortInlineBrTarget:
            {
                sbyte delta = (sbyte)il[position++];
                return position + delta;
            }

            case OperandType.InlineBrTarget:
            {
                int delta = Int32(il, ref position);
                return position + delta;
            }

            case OperandType.ShortInlineI:
                return opcode == OpCodes.Ldc_I4_S ? (int)(sbyte)il[position++] : (int)il[position++];
            case OperandType.ShortInlineVar:
                return (int)il[position++];
            case OperandType.InlineVar:
            {
                ushort index = BinaryPrimitives.ReadUInt16LittleEndian(il.AsSpan(position));
                position += 2;
                return (int)index;
            }

            case OperandType.InlineI:
                return Int32(il, ref position);
            case OperandType.InlineI8:
            {
                long value = BinaryPrimitives.ReadInt64LittleEndian(il.AsSpan(position));
                position += 8;
                return value;
            }

            case OperandType.ShortInlineR:
            {
                float value = BinaryPrimitives.ReadSingleLittleEndian(il.AsSpan(position));
                position += 4;
                return value;
            }

            case OperandType.InlineR:
            {
                double value = BinaryPrimitives.ReadDoubleLittleEndian(il.AsSpan(position));
                position += 8;
                return value;
            }

            case OperandType.InlineString:
                return module.ResolveString(Int32(il, ref position));
            case OperandType.InlineMethod:
                return module.ResolveMethod(Int32(il, ref position), typeArguments, methodArguments);
            case OperandType.InlineField:
                return module.ResolveField(Int32(il, ref position), typeArguments, methodArguments);
            case OperandType.InlineType:
                return module.ResolveType(Int32(il, ref position), typeArguments, methodArguments);
            case OperandType.InlineTok:
                return module.ResolveMember(Int32(il, ref position), typeArguments, methodArguments);
            case OperandType.InlineSig:
                return Int32(il, ref position); // calli signatures are not resolved; the builder rejects calli
            case OperandType.InlineSwitch:
            {
                int count = Int32(il, ref position);
                int end = position + (4 * count);
                var targets = new int[count];
                for (int i = 0; i < count; i++)
                {
                    targets[i] = end + Int32(il, ref position);
                }

                return targets;
            }

            default:
                throw new InvalidProgramException($"Unknown operand type {opcode.OperandType} of {opcode.Name}.");
        }
    }

    private static int Int32(byte[] il, ref int position)
    {
        int value = BinaryPrimitives.ReadInt32LittleEndian(il.AsSpan(position));
        position += 4;
        return value;
    }

    // The prefixes read so far, waiting for the instruction they modify.
    private struct PendingPrefixes
    {
        public int? Start;
        public Type? Constrained;
        public bool Volatile;
        public bool Tail;
        public bool ReadOnly;
        public int Unaligned;

        public void Add(int offset, OpCode prefix, object? operand)
        {
            Start ??= offset;
            if (prefix == OpCodes.Constrained)
            {
                Constrained = (Type)operand!;
            }
            else if (prefix == OpCodes.Volatile)
            {
                Volatile = true;
            }
            else if (prefix == OpCodes.Tailcall)
            {
                Tail = true;
            }
            else if (prefix == OpCodes.Readonly)
            {
                ReadOnly = true;
            }
            else if (prefix == OpCodes.Unaligned)
            {
                Unaligned = (int)operand!;
            }

            // no. (skip checks) carries no meaning for the builder.
        }
    }
}
