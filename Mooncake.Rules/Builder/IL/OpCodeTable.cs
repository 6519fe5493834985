using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

/// <summary>Every <see cref="OpCode"/> by its encoding: one-byte opcodes and the two-byte ones after <c>0xFE</c>.</summary>
internal static class OpCodeTable
{
    private static readonly OpCode?[] OneByte = new OpCode?[256];
    private static readonly OpCode?[] TwoByte = new OpCode?[256];

    static OpCodeTable()
    {
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var opcode = (OpCode)field.GetValue(null)!;
            ushort value = unchecked((ushort)opcode.Value);
            if (opcode.Size == 1)
            {
                OneByte[value] = opcode;
            }
            else
            {
                TwoByte[value & 0xFF] = opcode;
            }
        }
    }

    /// <summary>Decodes the opcode at <paramref name="position"/>, advancing past it.</summary>
    /// <exception cref="InvalidProgramException">The bytes are not an opcode.</exception>
    public static OpCode Read(byte[] il, ref int position)
    {
        int start = position;
        byte first = il[position++];
        OpCode? opcode = first == 0xFE ? TwoByte[il[position++]] : OneByte[first];
        return opcode ?? throw new InvalidProgramException($"Invalid opcode byte 0x{first:X2} at IL_{start:X4}.");
    }
}
