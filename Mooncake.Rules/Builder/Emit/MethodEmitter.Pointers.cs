using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.InteropServices;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly MethodInfo ChunkSpanReference = typeof(MemoryMarshal).GetMethods()
        .Single(m => m.Name == nameof(MemoryMarshal.GetReference) && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(Span<>));

    private PointerProvenance? _pointers;

    private PointerProvenance Pointers => _pointers ??= PointerProvenance.Of(_method);

    // Pointers to numbers (PointerShapes): fixed turns a managed reference into a pointer to the
    // same element, whose tangent is the reference's tangent; pointer arithmetic moves the tangent
    // reference by the same number of elements. Returns false for anything else.
    private bool TryEmitPointer(Operation operation)
    {
        if (operation.Output is not { } output || !IsActive(output) || !PointerShapes.IsNumberPointer(output.Type))
        {
            return false;
        }

        ILInstruction instruction = operation.Instruction;
        switch (instruction.Op)
        {
            case ILOp.Convert when operation.Inputs[0] is { Type: { IsByRef: true } or { IsPointer: true } } source:
                LoadPrimal(source);
                EmitInstruction(instruction);
                StorePrimal(output);
                LoadTangent(source, TangentSlotType(output));
                StoreTangent(output);
                return true;
            case ILOp.Add or ILOp.Subtract:
                int pointer = PointerShapes.IsNumberPointer(operation.Inputs[0].Type) ? 0 : 1;
                Variable offset = operation.Inputs[1 - pointer];
                LoadPrimal(operation.Inputs[0]);
                LoadPrimal(operation.Inputs[1]);
                EmitInstruction(instruction);
                StorePrimal(output);

                // The offset counts bytes of primal elements; the tangent moves by as many chunks.
                Type element = output.Type.GetElementType()!;
                Type chunk = TangentSlotType(output).GetElementType()!;
                LoadTangent(operation.Inputs[pointer], TangentSlotType(output));
                LoadPrimal(offset);
                if (offset.Type != typeof(nint))
                {
                    _il.Emit(OpCodes.Conv_I);
                }

                _il.Emit(OpCodes.Sizeof, element);
                _il.Emit(OpCodes.Div);
                _il.Emit(OpCodes.Sizeof, chunk);
                _il.Emit(OpCodes.Mul);
                _il.Emit(instruction.Op == ILOp.Add ? OpCodes.Add : OpCodes.Sub);
                StoreTangent(output);
                return true;
            default:
                return false;
        }
    }

    // The tangent a pointer variable gets from a value without one: a tangent buffer for a
    // stackalloc, a null reference for a pointer to constant data (fixed over a table) or null;
    // a pointer of unknown origin is refused, since what it points at may carry derivatives.
    private void LoadPointerTangentFrom(Variable from, Type tangentType)
    {
        if (Pointers.DefinitionOf(from) is { Instruction.Op: ILOp.LocalAlloc } allocation)
        {
            LoadPrimal(allocation.Inputs[0]);
            _il.Emit(OpCodes.Conv_I);
            _il.Emit(OpCodes.Sizeof, ElementOfChunk(tangentType.GetElementType()!));
            _il.Emit(OpCodes.Div);
            _il.Emit(OpCodes.Conv_Ovf_I4);
            _il.Emit(OpCodes.Call, StackTangentHelper.MakeGenericMethod(tangentType.GetElementType()!));
            _il.Emit(OpCodes.Call, ChunkSpanReference.MakeGenericMethod(tangentType.GetElementType()!));
            return;
        }

        if (!Pointers.IsKnown(from))
        {
            throw Unsupported(null, "a pointer that carries derivatives elsewhere is given an address of unknown origin (an integer, native memory, an API returning addresses); tangents cannot follow it");
        }

        LoadZero(tangentType);
    }

    private Type ElementOfChunk(Type chunk) => chunk == _width.DoubleChunk ? typeof(double) : typeof(float);

    // A pointer into memory that carries derivatives must not leave the places that pair it with
    // its tangent: reinterpreted as another pointer type or an integer, or passed to a parameter of
    // such a type, its tangent would silently be lost.
    private void RefusePointerEscape(Variable from, Variable to)
    {
        if (IsActive(from) && PointerShapes.IsNumberPointer(from.Type) && !IsActive(to))
        {
            throw Unsupported(null, $"it reinterprets a pointer to values that carry derivatives as a {to.Type.Name}; tangents cannot follow the reinterpreted pointer");
        }
    }

    private void RefusePointerArguments(Operation operation)
    {
        if (operation.Instruction.Operand is not MethodBase callee || !operation.Inputs.Any(IsActive)
            || (callee is ConstructorInfo && SpanShapes.IsFloatingSpan(callee.DeclaringType!, out _)))
        {
            return; // a span over a pointer takes the pointer's tangent (TryEmitSpan)
        }

        int shift = operation.Instruction.Op == ILOp.NewObject ? 1 : 0;
        for (int i = 0; i < operation.Inputs.Count; i++)
        {
            Variable input = operation.Inputs[i];
            if (!PointerShapes.IsNumberPointer(input.Type))
            {
                continue;
            }

            Type parameter = StackTypes.ArgumentType(callee, i + shift);
            if (IsActive(input) && !ActivityAnalysis.CanCarry(parameter))
            {
                throw Unsupported(operation.Instruction, $"it passes a pointer to values that carry derivatives to {callee.DeclaringType?.Name}.{callee.Name} as a {parameter.Name}; tangents cannot follow it there");
            }

            if (!IsActive(input) && !Pointers.IsKnown(input) && !Pointers.IsStackAllocation(input))
            {
                throw Unsupported(operation.Instruction, $"it passes a pointer of unknown origin (an integer, native memory, an API returning addresses) to {callee.DeclaringType?.Name}.{callee.Name}, which is differentiated; tangents cannot follow it");
            }
        }
    }
}
