namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    /// <summary>
    /// Refuses, at build time, the unsafe constructs through which a tangent would silently be lost
    /// and a wrong (zero) derivative result: unmanaged pointers into active storage, and
    /// floating-point memory read or written through an unmanaged address. (Calls that cannot be
    /// followed, reflection among them, are refused by <see cref="UnsupportedCalls"/>.)
    /// </summary>
    private void RefuseUnsafe(Operation operation)
    {
        ILInstruction instruction = operation.Instruction;
        if (instruction.Op == ILOp.Convert && operation.Inputs.Any(v => v.Type.IsByRef && IsActive(v)))
        {
            throw Unsupported(instruction, "it turns a managed pointer to values that carry tangents into an unmanaged pointer (fixed, unsafe code); tangents cannot follow unmanaged pointers");
        }

        if (IsFloatingIndirection(instruction) && operation.Inputs.Count > 0 && IsUnmanagedAddress(operation.Inputs[0].Type))
        {
            throw Unsupported(instruction, "it reads or writes floating-point memory through an unmanaged pointer (unsafe code, stackalloc into a pointer); tangents cannot follow unmanaged pointers");
        }
    }

    private static bool IsFloatingIndirection(ILInstruction instruction) => instruction.Op switch
    {
        ILOp.LoadIndirect or ILOp.StoreIndirect => instruction.TypedAs == typeof(float) || instruction.TypedAs == typeof(double),
        ILOp.LoadObject or ILOp.StoreObject => instruction.Operand is Type type && ActivityAnalysis.CanCarry(type),
        _ => false,
    };

    private static bool IsUnmanagedAddress(Type type) =>
        type.IsPointer || type == typeof(nint) || type == typeof(nuint) || type == typeof(long) || type == typeof(ulong) || type == typeof(int);
}
