using System.Reflection;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    /// <summary>
    /// Refuses, at build time, the unsafe constructs through which a tangent would silently be lost
    /// and a wrong (zero) derivative result: unmanaged pointers into active storage, and
    /// floating-point memory read or written through an unmanaged address, and spans of elements
    /// other than double and float made from values that carry tangents. (Calls that cannot be
    /// followed, reflection among them, are refused by <see cref="UnsupportedCalls"/>.)
    /// </summary>
    private void RefuseUnsafe(Operation operation)
    {
        ILInstruction instruction = operation.Instruction;
        if (SpanOverActiveElements(operation) is { } span)
        {
            // A call refused by name says why more precisely (MemoryMarshal.Cast to vectors).
            if (instruction.Operand is MethodInfo callee && !RuleRegistry.TryFind(callee, instruction.Constrained, out _) && UnsupportedCalls.Reason(callee) is { } reason)
            {
                throw Unsupported(instruction, reason);
            }

            throw Unsupported(instruction, $"it makes a {span.Name[..^2]}<{span.GetGenericArguments()[0].Name}> from values that carry tangents; only spans of double and float carry tangents, so reads through this span would see none and writes would lose them");
        }

        if (instruction.Op == ILOp.Convert && operation.Inputs.Any(v => v.Type.IsByRef && IsActive(v))
            && !(operation.Output is { } pointer && IsActive(pointer) && PointerShapes.IsNumberPointer(pointer.Type)))
        {
            throw Unsupported(instruction, "it turns a managed pointer to values that carry tangents into an unmanaged pointer (fixed, unsafe code); tangents cannot follow unmanaged pointers");
        }

        if (IsFloatingIndirection(instruction) && operation.Inputs.Count > 0 && IsUnmanagedAddress(operation.Inputs[0].Type) && !IsActive(operation.Inputs[0]))
        {
            // A pointer without a tangent: to constant data pinned here (fixed over a table) it
            // reads zero tangents; of unknown origin it may point at memory whose tangent is out
            // of sight. Either way nothing that carries a derivative can be written through it.
            bool store = instruction.Op is ILOp.StoreIndirect or ILOp.StoreObject;
            if (store && IsActive(operation.Inputs[1]))
            {
                throw Unsupported(instruction, "it writes a value that carries a derivative through a pointer without a tangent (native memory, a pointer cast from an integer or returned by an API, or constant data); tangents cannot follow it");
            }

            if (!store && !(PointerShapes.IsNumberPointer(operation.Inputs[0].Type) && Pointers.IsKnown(operation.Inputs[0])))
            {
                throw Unsupported(instruction, "it reads floating-point memory through a pointer of unknown origin (native memory, a pointer cast from an integer or returned by an API); tangents cannot follow it");
            }
        }
    }

    // A call or construction whose result is a span of elements that can carry tangents but not
    // as a span (structs of numbers such as Complex, classes holding numbers), from an argument
    // that carries one (the array, list or reference it views). Such a span is a constant to the
    // rule, so FftSharp's in-place FFT over Span<Complex> gave zero and stale derivatives. Spans
    // of object (params arguments of formatting) are left alone: they are read only as the primal.
    private Type? SpanOverActiveElements(Operation operation)
    {
        if (operation.Instruction.Op is not (ILOp.Call or ILOp.CallVirtual or ILOp.NewObject))
        {
            return null;
        }

        Type? result = operation.Instruction.Op == ILOp.NewObject ? (operation.Instruction.Operand as MethodBase)?.DeclaringType : operation.Output?.Type;
        if (result is not { IsGenericType: true } || SpanShapes.IsFloatingSpan(result, out _)
            || (result.GetGenericTypeDefinition() != typeof(Span<>) && result.GetGenericTypeDefinition() != typeof(ReadOnlySpan<>)))
        {
            return null;
        }

        Type element = result.GetGenericArguments()[0];
        bool carries = element != typeof(object) && !element.IsInterface && ActivityAnalysis.CanCarry(element);
        return carries && operation.Inputs.Any(IsActive) ? result : null;
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
