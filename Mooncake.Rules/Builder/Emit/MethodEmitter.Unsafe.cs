using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly MethodInfo TangentSpanOfBlock = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.TangentSpan))!;

    // The MemoryMarshal and Unsafe members over double or float references and spans whose
    // tangent is the same member over the chunk type: a reference to element i pairs with a
    // reference to chunk i (the tangent of a span is a span of chunks, of an element reference a
    // chunk reference), so offsets in elements are offsets in chunks.
    private static readonly HashSet<string> ChunkCounterparts =
        [nameof(MemoryMarshal.GetReference), nameof(MemoryMarshal.CreateSpan), nameof(MemoryMarshal.CreateReadOnlySpan), nameof(Unsafe.Add), nameof(Unsafe.Subtract), nameof(Unsafe.AsRef)];

    // MemoryMarshal and Unsafe on the references and spans of double and float data (HPC code
    // walks arrays with them): the primal call as written, and its counterpart on the tangents
    // (see ChunkCounterparts), MemoryMarshal.GetArrayDataReference through the array tangent's
    // chunk span, and Unsafe.As<T>(object) (a reference cast without a check) passing the tangent
    // through. Reinterpretations (Cast between different types, byte offsets, As between
    // reference types) are not matched here and are refused where they are reached.
    private bool TryEmitMemoryIntrinsic(Operation operation)
    {
        if (operation.Instruction.Operand is not MethodInfo { IsGenericMethod: true } method
            || (method.DeclaringType != typeof(MemoryMarshal) && method.DeclaringType != typeof(Unsafe))
            || operation.Output is not { } output
            || !IsActive(output)
            || method.GetParameters().Any(p => p.ParameterType.IsPointer))
        {
            return false;
        }

        Type[] arguments = method.GetGenericArguments();
        if (method.DeclaringType == typeof(Unsafe) && method.Name == nameof(Unsafe.As) && arguments.Length == 1)
        {
            return TryEmitUncheckedCast(operation, output);
        }

        bool identityCast = method.Name == nameof(MemoryMarshal.Cast) && arguments.Length == 2 && arguments[0] == arguments[1];
        if ((arguments.Length != 1 && !identityCast) || (arguments[0] != typeof(double) && arguments[0] != typeof(float)))
        {
            return false;
        }

        Type element = arguments[0];
        Type chunk = element == typeof(double) ? _width.DoubleChunk : _width.FloatChunk;
        MethodInfo tangentMethod;
        if (method.Name == nameof(MemoryMarshal.GetArrayDataReference) && method.DeclaringType == typeof(MemoryMarshal))
        {
            tangentMethod = typeof(MemoryMarshal).GetMethods()
                .Single(m => m.Name == nameof(MemoryMarshal.GetReference) && m.GetParameters()[0].ParameterType.GetGenericTypeDefinition() == typeof(Span<>))
                .MakeGenericMethod(chunk);
        }
        else if (identityCast || ChunkCounterparts.Contains(method.Name))
        {
            tangentMethod = method.GetGenericMethodDefinition().MakeGenericMethod([.. arguments.Select(_ => chunk)]);
        }
        else
        {
            return false;
        }

        // Every reference or span input must carry its tangent: a constant one has no chunks to point at.
        ParameterInfo[] parameters = method.GetParameters();
        if (parameters.Where((p, i) => !IsOffset(p.ParameterType) && !IsActive(operation.Inputs[i])).Any())
        {
            return false;
        }

        foreach (Variable input in operation.Inputs)
        {
            LoadPrimal(input);
        }

        _il.Emit(OpCodes.Call, method);
        StorePrimal(output);
        for (int i = 0; i < operation.Inputs.Count; i++)
        {
            if (IsOffset(parameters[i].ParameterType))
            {
                LoadPrimal(operation.Inputs[i]);
            }
            else if (tangentMethod.Name == nameof(MemoryMarshal.GetReference) && method.Name == nameof(MemoryMarshal.GetArrayDataReference))
            {
                // The array tangent's chunks, as a span, and its first chunk.
                LoadTangent(operation.Inputs[i], TangentSlotType(operation.Inputs[i]));
                _il.Emit(OpCodes.Call, TangentSpanOfBlock.MakeGenericMethod(chunk, element));
            }
            else
            {
                LoadTangent(operation.Inputs[i], tangentMethod.GetParameters()[i].ParameterType);
            }
        }

        _il.Emit(OpCodes.Call, tangentMethod);
        StoreTangent(output);
        return true;
    }

    // Unsafe.As<T>(object): the primal as written, and the tangent slot's value taken as the
    // output's tangent type (a zero, null, stays zero).
    private bool TryEmitUncheckedCast(Operation operation, Variable output)
    {
        Variable input = operation.Inputs[0];
        Type tangent = _slots[output].Tangent!.Value.Type;
        if (tangent.IsValueType)
        {
            return false;
        }

        LoadPrimal(input);
        _il.Emit(OpCodes.Call, (MethodInfo)operation.Instruction.Operand!);
        StorePrimal(output);

        LoadTangent(input, TangentSlotType(input));
        _il.Emit(OpCodes.Castclass, tangent);
        StoreTangent(output);
        return true;
    }

    private static bool IsOffset(Type type) => type == typeof(int) || type == typeof(nint) || type == typeof(nuint);
}
