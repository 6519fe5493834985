using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    // Fields, array elements, and reads and writes through references: each touches the primal
    // storage and, when the value carries a tangent, the matching tangent storage.
    private bool TryEmitMemory(Operation operation)
    {
        ILInstruction instruction = operation.Instruction;
        ILOp op = instruction.Op;
        if (TryEmitNullableValue(operation))
        {
            return true;
        }

        switch (op)
        {
            case ILOp.LoadField or ILOp.LoadFieldAddress when operation.Output is { } output && IsActive(output):
                LoadPrimal(operation.Inputs[0]);
                EmitInstruction(instruction);
                StorePrimal(output);
                LoadTangent(operation.Inputs[0], TangentSlotType(operation.Inputs[0]));
                FieldInfo loadedField = TangentField((FieldInfo)instruction.Operand!);
                _il.Emit(instruction.OpCode == OpCodes.Ldfld ? OpCodes.Ldfld : OpCodes.Ldflda, loadedField);
                if (instruction.OpCode == OpCodes.Ldfld)
                {
                    MaterialiseIfNull(output, loadedField.FieldType);
                }

                StoreTangent(output);
                return true;
            case ILOp.StoreField when IsActive(operation.Inputs[0]) && TangentFieldOrNull((FieldInfo)instruction.Operand!) is { } tangentField:
                LoadPrimal(operation.Inputs[0]);
                LoadPrimal(operation.Inputs[1]);
                EmitInstruction(instruction);
                LoadTangent(operation.Inputs[0], TangentSlotType(operation.Inputs[0]));
                if (!IsActive(operation.Inputs[1]) && !tangentField.FieldType.IsValueType && tangentField.FieldType != typeof(object))
                {
                    // Constant data kept in an active object (ConstantFields): the object's
                    // tangent gets the data's zero tangent, so that code reading the field of an
                    // active object finds a real one.
                    LoadMaterialisedZero(operation.Inputs[1], tangentField.FieldType);
                }
                else
                {
                    LoadTangent(operation.Inputs[1], tangentField.FieldType);
                }

                _il.Emit(OpCodes.Stfld, tangentField);
                return true;
            case ILOp.LoadStaticField when operation.Output is { } output && IsActive(output) && StaticShadowing.IsShadowed((FieldInfo)instruction.Operand!):
                EmitInstruction(instruction);
                StorePrimal(output);
                EmitShadowRead(output, (FieldInfo)instruction.Operand!);
                return true;
            case ILOp.LoadStaticField when operation.Output is { } output && IsActive(output):
                // Static data is constant to a derived rule: its tangent is zero.
                EmitInstruction(instruction);
                StorePrimal(output);
                StoreZeroTangent(output);
                return true;
            case ILOp.LoadStaticFieldAddress when StaticShadowing.IsShadowed((FieldInfo)instruction.Operand!):
                throw Unsupported(instruction, $"taking the address of the static field {((FieldInfo)instruction.Operand!).Name}, which receives values that carry derivatives, is not supported; read and write it by value");
            case ILOp.StoreStaticField when IsActive(operation.Inputs[0]) && StaticShadowing.IsShadowed((FieldInfo)instruction.Operand!):
                LoadPrimal(operation.Inputs[0]);
                EmitInstruction(instruction);
                EmitShadowWrite(operation.Inputs[0], (FieldInfo)instruction.Operand!);
                return true;
            case ILOp.StoreStaticField when IsActive(operation.Inputs[0]) && typeof(Delegate).IsAssignableFrom(((FieldInfo)instruction.Operand!).FieldType):
                // C# caches non-capturing lambdas and method groups in static fields; their targets
                // carry no tangent (capturing lambdas are never cached), so the primal is all there is.
                LoadPrimal(operation.Inputs[0]);
                EmitInstruction(instruction);
                return true;
            case ILOp.StoreStaticField when IsActive(operation.Inputs[0]):
                throw Unsupported(instruction, $"writing a value that carries a derivative to the static field {((FieldInfo)instruction.Operand!).Name} is not supported: "
                    + "the field's readers outside this module (or a cycle of fields copying each other) are out of sight, so they would read it as a constant and lose the derivative");
            case ILOp.NewArray when operation.Output is { } output && IsActive(output):
                EmitNewArray(operation, output);
                return true;
            case ILOp.LoadLength:
                return false; // primal only
        }

        if (op == ILOp.LoadElement && operation.Output is { } element && IsActive(element))
        {
            if (!TryDeferElementRead(operation, element))
            {
                EmitElementRead(operation, element);
            }

            return true;
        }

        if (op == ILOp.LoadElementAddress && operation.Output is { } address && IsActive(address))
        {
            LoadPrimal(operation.Inputs[0]);
            LoadPrimal(operation.Inputs[1]);
            EmitInstruction(instruction);
            StorePrimal(address);
            LoadElementTangentAddress(operation);
            StoreTangent(address);
            return true;
        }

        if (op == ILOp.StoreElement && IsActive(operation.Inputs[0]) && ElementCarries(operation.Inputs[0]))
        {
            LoadPrimal(operation.Inputs[0]);
            LoadPrimal(operation.Inputs[1]);
            LoadPrimal(operation.Inputs[2]);
            EmitInstruction(instruction);
            Type tangentType = ElementTangentType(operation.Inputs[0]);
            if (IsArrayOfReferenceTangents(operation.Inputs[0]))
            {
                // By value (see EmitElementRead): stelem checks the stored tangent against the
                // array's run-time element type, as the primal store checked the primal.
                LoadTangent(operation.Inputs[0], TangentSlotType(operation.Inputs[0]));
                LoadPrimal(operation.Inputs[1]);
                LoadTangent(operation.Inputs[2], tangentType);
                _il.Emit(OpCodes.Stelem, tangentType);
                return true;
            }

            LoadElementTangentAddress(operation);
            LoadTangent(operation.Inputs[2], tangentType);
            _il.Emit(OpCodes.Stobj, tangentType);
            return true;
        }

        if (op is ILOp.LoadIndirect or ILOp.LoadObject && operation.Output is { } loaded && IsActive(loaded))
        {
            LoadPrimal(operation.Inputs[0]);
            EmitInstruction(instruction);
            StorePrimal(loaded);
            LoadTangent(operation.Inputs[0], TangentSlotType(operation.Inputs[0]));
            _il.Emit(OpCodes.Ldobj, _slots[loaded].Tangent!.Value.Type);
            StoreTangent(loaded);
            return true;
        }

        if (op is ILOp.StoreIndirect or ILOp.StoreObject && IsActive(operation.Inputs[0]))
        {
            LoadPrimal(operation.Inputs[0]);
            LoadPrimal(operation.Inputs[1]);
            EmitInstruction(instruction);
            Type tangentType = TangentSlotType(operation.Inputs[0]).GetElementType()!;
            LoadTangent(operation.Inputs[0], TangentSlotType(operation.Inputs[0]));
            LoadTangent(operation.Inputs[1], tangentType);
            _il.Emit(OpCodes.Stobj, tangentType);
            return true;
        }

        if (op == ILOp.InitObject && IsActive(operation.Inputs[0]))
        {
            LoadPrimal(operation.Inputs[0]);
            EmitInstruction(instruction);
            LoadTangent(operation.Inputs[0], TangentSlotType(operation.Inputs[0]));
            _il.Emit(OpCodes.Initobj, TangentSlotType(operation.Inputs[0]).GetElementType()!);
            return true;
        }

        return false;
    }

    // element = array[index], both parts into the element's locals.
    private void EmitElementRead(Operation read, Variable element)
    {
        LoadPrimal(read.Inputs[0]);
        LoadPrimal(read.Inputs[1]);
        EmitInstruction(read.Instruction);
        StorePrimal(element);
        Type tangentType = _slots[element].Tangent!.Value.Type;
        if (IsArrayOfReferenceTangents(read.Inputs[0]))
        {
            // By value, not through ldelema: the address of an element is type-checked against
            // the array's exact type, and a covariant array (NetTopologySuite passes a Point[] as
            // a Geometry[]) has a tangent array of the derived tangent type.
            LoadTangent(read.Inputs[0], TangentSlotType(read.Inputs[0]));
            LoadPrimal(read.Inputs[1]);
            _il.Emit(OpCodes.Ldelem, TangentSlotType(read.Inputs[0]).GetElementType()!);
        }
        else
        {
            LoadElementTangentAddress(read);
            _il.Emit(OpCodes.Ldobj, tangentType);
        }

        StoreTangent(element);
    }

    private bool IsArrayOfReferenceTangents(Variable array) => TangentSlotType(array) is { IsArray: true } tangent && !tangent.GetElementType()!.IsValueType;

    private void EmitNewArray(Operation operation, Variable output)
    {
        var element = (Type)operation.Instruction.Operand!;
        LoadPrimal(operation.Inputs[0]);
        EmitInstruction(operation.Instruction);
        StorePrimal(output);
        LoadPrimal(operation.Inputs[0]);
        Type tangent = _slots[output].Tangent!.Value.Type;
        if (element == typeof(double) || element == typeof(float))
        {
            _il.Emit(OpCodes.Newobj, tangent.GetConstructor([typeof(int)])!);
        }
        else
        {
            _il.Emit(OpCodes.Newarr, tangent.GetElementType()!);
        }

        StoreTangent(output);
    }

    // Pushes a reference to the tangent of the element an ldelem/ldelema/stelem accesses: a chunk
    // in an array tangent's block (from the array variable's cached block reference where there is
    // one, see ChunkBases), or an element of an array of tangents. The primal access, emitted
    // first, has checked the array and the index.
    private void LoadElementTangentAddress(Operation operation)
    {
        if (TryLoadCachedChunkAddress(operation))
        {
            return;
        }

        Variable array = operation.Inputs[0], index = operation.Inputs[1];
        Type tangent = TangentSlotType(array);
        LoadTangent(array, tangent);
        LoadPrimal(index);
        if (tangent.IsArray)
        {
            _il.Emit(OpCodes.Ldelema, tangent.GetElementType()!);
            return;
        }

        Type[] arguments = tangent.GetGenericArguments();
        MethodInfo chunkRef = typeof(EmitHelpers).GetMethods()
            .Single(m => m.Name == nameof(EmitHelpers.ChunkRef) && m.GetParameters().Length == 2)
            .MakeGenericMethod(arguments);
        _il.Emit(OpCodes.Call, chunkRef);
    }

    private Type ElementTangentType(Variable array)
    {
        Type tangent = TangentSlotType(array);
        return tangent.IsArray ? tangent.GetElementType()! : tangent.GetGenericArguments()[0];
    }

    private static bool ElementCarries(Variable array) => array.Type.IsArray && ActivityAnalysis.CanCarry(array.Type.GetElementType()!);

    // The type of the tangent part of a variable, whether or not it is active.
    // Nullable<T>'s value field: the tangent of a Nullable<T> is T's tangent itself (a null value
    // has the zero tangent), so reading or writing the field reads or writes the whole tangent,
    // and hasValue carries none. (Nullable<double> is what `double?` and MathNet's optional
    // arguments compile to; its constructor and Value getter are ordinary IL.)
    private bool TryEmitNullableValue(Operation operation)
    {
        ILInstruction instruction = operation.Instruction;
        if (instruction.Op is not (ILOp.LoadField or ILOp.LoadFieldAddress or ILOp.StoreField)
            || instruction.Operand is not FieldInfo { Name: "value" } field
            || field.DeclaringType is not { IsGenericType: true } declaring
            || declaring.GetGenericTypeDefinition() != typeof(Nullable<>))
        {
            return false;
        }

        Variable holder = operation.Inputs[0];
        if (instruction.Op == ILOp.StoreField)
        {
            Variable value = operation.Inputs[1];
            if (!IsActive(holder) || !TangentSlotType(holder).IsByRef)
            {
                return false;
            }

            LoadPrimal(holder);
            LoadPrimal(value);
            EmitInstruction(instruction);
            Type tangent = TangentSlotType(holder).GetElementType()!;
            LoadTangent(holder, TangentSlotType(holder));
            LoadTangent(value, tangent);
            _il.Emit(OpCodes.Stobj, tangent);
            return true;
        }

        if (operation.Output is not { } output || !IsActive(output) || !IsActive(holder))
        {
            return false;
        }

        LoadPrimal(holder);
        EmitInstruction(instruction);
        StorePrimal(output);
        Type holderTangent = TangentSlotType(holder);
        LoadTangent(holder, holderTangent);
        if (instruction.Op == ILOp.LoadField && holderTangent.IsByRef)
        {
            _il.Emit(OpCodes.Ldobj, holderTangent.GetElementType()!);
        }
        else if (instruction.Op == ILOp.LoadFieldAddress && !holderTangent.IsByRef)
        {
            return Refuse(instruction, "the address of the value of a Nullable held by value");
        }

        StoreTangent(output);
        return true;
    }

    private bool Refuse(ILInstruction instruction, string what) => throw Unsupported(instruction, $"{what} is not supported");

    // The shadow tangent of a static field that receives derivatives (StaticShadows): the one this
    // pass stored, else zero (for a reference, the materialised zero of the value read).
    private void EmitShadowRead(Variable output, FieldInfo field)
    {
        MayNeedScope = true;
        // Stored and read as the field's tangent type, whatever the types of the values stored.
        Type stored = SplitSignature.TangentOf(field.FieldType, _width), tangent = _slots[output].Tangent!.Value.Type;
        _il.Emit(OpCodes.Ldc_I4, StaticShadows.IdOf(field));
        _il.Emit(OpCodes.Call, typeof(StaticShadows).GetMethod(nameof(StaticShadows.Read))!.MakeGenericMethod(stored));
        if (!tangent.IsValueType)
        {
            LoadPrimal(output);
            _il.Emit(OpCodes.Ldc_I4, ChunkWidthIndex());
            _il.Emit(OpCodes.Call, ConcreteTangentHelper);
            _il.Emit(OpCodes.Castclass, tangent);
        }

        StoreTangent(output);
    }

    private void EmitShadowWrite(Variable value, FieldInfo field)
    {
        MayNeedScope = true;
        Type stored = SplitSignature.TangentOf(field.FieldType, _width);
        LoadTangent(value, stored);
        _il.Emit(OpCodes.Ldc_I4, StaticShadows.IdOf(field));
        _il.Emit(OpCodes.Call, typeof(StaticShadows).GetMethod(nameof(StaticShadows.Write))!.MakeGenericMethod(stored));
    }

    private Type TangentSlotType(Variable variable) =>
        _slots[variable].Tangent?.Type ?? SplitSignature.TangentOf(variable.Type, _width);

    private FieldInfo TangentField(FieldInfo field) =>
        TangentFieldOrNull(field) ?? throw Unsupported(null, $"the field {field.Name} carries no tangent");

    // The field of the tangent type that holds the tangent of field (tuple tangents and
    // emitted tangent types use the primal field's name).
    private FieldInfo? TangentFieldOrNull(FieldInfo field)
    {
        Type declaring = field.DeclaringType!;
        if (!ActivityAnalysis.CanCarry(declaring))
        {
            return null;
        }

        FieldInfo? tangent = TangentTypes.TangentType(declaring, _width).GetField(field.Name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly);
        return tangent is null || tangent.FieldType == typeof(NoTangent) ? null : tangent;
    }

    private int ChunkWidthIndex() => Dispatch.WidthIndex(_width);
}
