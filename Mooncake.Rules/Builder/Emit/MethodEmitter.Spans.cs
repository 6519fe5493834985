using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.InteropServices;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly MethodInfo TangentSpanHelper = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.TangentSpan))!;
    private static readonly MethodInfo StackTangentHelper = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.StackTangent))!;
    private static readonly MethodInfo SpanToArrayHelper = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.ArrayTangentOf))!;

    // Span construction and the span members: each applies to the tangent span with the same
    // indices (see SpanShapes). Returns false for anything else.
    private bool TryEmitSpan(Operation operation)
    {
        ILInstruction instruction = operation.Instruction;
        if (instruction.Operand is not MethodBase method || !operation.Inputs.Concat(operation.Output is null ? [] : [operation.Output]).Any(v => IsSpanVariable(v)))
        {
            return false;
        }

        Type declaring = method.DeclaringType!;
        bool onSpan = SpanShapes.IsFloatingSpan(declaring, out Type element);
        bool asSpan = operation.Inputs.Count > 0 && operation.Inputs[0].Type.IsArray
            && ((declaring == typeof(MemoryExtensions) && method.Name == nameof(MemoryExtensions.AsSpan)) || (onSpan && method.Name == "op_Implicit"));
        if (!onSpan && !asSpan)
        {
            return false;
        }

        if (asSpan)
        {
            element = operation.Inputs[0].Type.GetElementType()!;
        }

        Type chunk = element == typeof(double) ? _width.DoubleChunk : _width.FloatChunk;
        foreach (Variable input in operation.Inputs)
        {
            LoadPrimal(input);
        }

        EmitInstruction(instruction);
        Variable? output = operation.Output;
        if (method is ConstructorInfo && instruction.OpCode == OpCodes.Newobj)
        {
            output = operation.Output!;
            StorePrimal(output);
            LoadSpanConstructionTangent(operation, [.. operation.Inputs], (ConstructorInfo)method, chunk, _slots[output].Tangent!.Value.Type);
            StoreTangent(output);
            return true;
        }

        if (method is ConstructorInfo constructor)
        {
            // call .ctor on a span local (its address first): the tangent span goes into the local's tangent.
            Type tangentType = TangentSlotType(operation.Inputs[0]).GetElementType()!;
            LoadTangent(operation.Inputs[0], TangentSlotType(operation.Inputs[0]));
            LoadSpanConstructionTangent(operation, [.. operation.Inputs.Skip(1)], constructor, chunk, tangentType);
            _il.Emit(OpCodes.Stobj, tangentType);
            return true;
        }

        if (output is not null)
        {
            StorePrimal(output);
        }

        if (method.Name == "get_Length" || method.Name == "get_IsEmpty")
        {
            return true;
        }

        if (method.Name == "ToArray")
        {
            // A new array: its tangent is a new array tangent holding the span tangent's chunks.
            Type spanType = TangentSlotType(operation.Inputs[0]).GetElementType()!;
            LoadTangent(operation.Inputs[0], TangentSlotType(operation.Inputs[0]));
            _il.Emit(OpCodes.Ldobj, spanType);
            if (spanType.GetGenericTypeDefinition() == typeof(Span<>))
            {
                _il.Emit(OpCodes.Call, spanType.GetMethods().Single(m => m.Name == "op_Implicit" && m.ReturnType == typeof(ReadOnlySpan<>).MakeGenericType(chunk)));
            }

            _il.Emit(OpCodes.Call, SpanToArrayHelper.MakeGenericMethod(chunk, element));
            StoreTangent(output!);
            return true;
        }

        MethodInfo tangentMethod = asSpan ? TangentSpanMember(method, chunk, element) : SpanMember((MethodInfo)method, chunk);
        ParameterInfo[] parameters = tangentMethod.GetParameters();
        int offset = tangentMethod.IsStatic ? 0 : 1;
        for (int i = 0; i < operation.Inputs.Count; i++)
        {
            Type type = i < offset ? tangentMethod.DeclaringType!.MakeByRefType() : parameters[i - offset].ParameterType;
            if (type == typeof(int) || type == typeof(Index) || type == typeof(Range))
            {
                LoadPrimal(operation.Inputs[i]);
            }
            else
            {
                LoadTangent(operation.Inputs[i], asSpan && i == 0 ? TangentSlotType(operation.Inputs[0]) : type);
            }
        }

        _il.Emit(OpCodes.Call, tangentMethod);
        if (output is not null)
        {
            Type wanted = _slots[output].Tangent!.Value.Type;
            if (asSpan && wanted.IsGenericType && wanted.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>))
            {
                // The array's tangent span, converted like the primal (array to read-only span).
                _il.Emit(OpCodes.Call, typeof(Span<>).MakeGenericType(chunk).GetMethods().Single(m => m.Name == "op_Implicit" && m.ReturnType == wanted));
            }

            StoreTangent(output);
        }
        else if (tangentMethod.ReturnType != typeof(void))
        {
            _il.Emit(OpCodes.Pop);
        }

        return true;
    }

    private bool IsSpanVariable(Variable variable) =>
        SpanShapes.IsFloatingSpan(variable.Type.IsByRef ? variable.Type.GetElementType()! : variable.Type, out _);

    // Pushes the tangent (of type tangentType) of a span built from arguments by constructor.
    private void LoadSpanConstructionTangent(Operation operation, Variable[] arguments, ConstructorInfo constructor, Type chunk, Type tangentType)
    {
        ParameterInfo[] parameters = constructor.GetParameters();
        if (parameters[0].ParameterType.IsPointer && IsActive(arguments[0]) && PointerShapes.IsNumberPointer(arguments[0].Type))
        {
            // new Span<double>(p, n) over a pointer with a tangent: the span of its tangent chunks.
            LoadTangent(arguments[0], TangentSlotType(arguments[0]));
            LoadPrimal(arguments[1]);
            _il.Emit(OpCodes.Call, CreateSpan.MakeGenericMethod(chunk));
        }
        else if (parameters[0].ParameterType.IsPointer)
        {
            // stackalloc (or a pointer to constant data): the tangent gets its own (heap) buffer of zero chunks.
            if (!Pointers.IsStackAllocation(arguments[0]) && !(PointerShapes.IsNumberPointer(arguments[0].Type) && Pointers.IsKnown(arguments[0])))
            {
                throw Unsupported(operation.Instruction, "it makes a span over a pointer of unknown origin (native memory, an integer, an API returning addresses); tangents cannot follow it");
            }

            LoadPrimal(arguments[1]);
            _il.Emit(OpCodes.Call, StackTangentHelper.MakeGenericMethod(chunk));
        }
        else if (parameters[0].ParameterType.IsByRef)
        {
            // Span(ref T[, int length]) (CollectionsMarshal.AsSpan, what [a, b] into a List<double>
            // compiles to, makes one from the list's array): the same span over the element's
            // chunk. It emitted the array-tangent path before, which is invalid IL for a reference.
            LoadTangent(operation.Inputs[0], TangentSlotType(operation.Inputs[0]));
            if (parameters.Length == 2)
            {
                LoadPrimal(operation.Inputs[1]);
            }
            else
            {
                _il.Emit(OpCodes.Ldc_I4_1);
            }

            _il.Emit(OpCodes.Call, typeof(MemoryMarshal).GetMethod(nameof(MemoryMarshal.CreateSpan))!.MakeGenericMethod(chunk));
        }
        else
        {
            LoadTangent(arguments[0], TangentSlotType(arguments[0]));
            _il.Emit(OpCodes.Call, TangentSpanHelper.MakeGenericMethod(chunk, arguments[0].Type.GetElementType()!));
            if (parameters.Length == 3)
            {
                LocalBuilder span = Scratch(typeof(Span<>).MakeGenericType(chunk));
                _il.Emit(OpCodes.Stloc, span);
                _il.Emit(OpCodes.Ldloca, span);
                LoadPrimal(arguments[1]);
                LoadPrimal(arguments[2]);
                _il.Emit(OpCodes.Call, typeof(Span<>).MakeGenericType(chunk).GetMethod("Slice", [typeof(int), typeof(int)])!);
            }
        }

        if (tangentType.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>))
        {
            _il.Emit(OpCodes.Call, typeof(Span<>).MakeGenericType(chunk).GetMethods().Single(m => m.Name == "op_Implicit" && m.ReturnType == tangentType));
        }
    }

    // The member of Span<TChunk> (or ReadOnlySpan<TChunk>) matching a member of Span<T>.
    private MethodInfo SpanMember(MethodInfo method, Type chunk)
    {
        Type declaring = method.DeclaringType!.GetGenericTypeDefinition().MakeGenericType(chunk);
        Type Map(Type t)
        {
            if (t.IsByRef)
            {
                return Map(t.GetElementType()!).MakeByRefType();
            }

            if (t == typeof(double) || t == typeof(float))
            {
                return chunk;
            }

            return SpanShapes.IsFloatingSpan(t, out _) ? t.GetGenericTypeDefinition().MakeGenericType(chunk) : t;
        }

        Type[] parameters = [.. method.GetParameters().Select(p => Map(p.ParameterType))];
        return declaring.GetMethod(method.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static, parameters)
            ?? throw Unsupported(null, $"Span has no tangent counterpart of {method.Name}");
    }

    // MemoryExtensions.AsSpan(array[, start[, length]]): the tangent span of the array tangent, sliced alike.
    private static MethodInfo TangentSpanMember(MethodBase method, Type chunk, Type element)
    {
        int extra = method.GetParameters().Length - 1;
        return extra switch
        {
            0 => typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.TangentSpan))!.MakeGenericMethod(chunk, element),
            1 when method.GetParameters()[1].ParameterType == typeof(int) => typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.TangentSpanFrom))!.MakeGenericMethod(chunk, element),
            2 => typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.TangentSpanSlice))!.MakeGenericMethod(chunk, element),
            _ => throw new NotSupportedException($"AsSpan({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))}) on an array with a tangent is not supported"),
        };
    }
}
