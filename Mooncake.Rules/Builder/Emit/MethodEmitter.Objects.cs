using System.Reflection;
using System.Reflection.Emit;
using Mooncake.Tangents;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly MethodInfo UninitializedHelper = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.Uninitialized))!;

    // newobj: a multi-dimensional array gets a matrix tangent; an object or struct built with an
    // active argument gets its tangent built by the constructor's derived rule.
    private bool TryEmitConstruction(Operation operation)
    {
        ILInstruction instruction = operation.Instruction;
        if (instruction.OpCode != OpCodes.Newobj || operation.Output is not { } output || !IsActive(output))
        {
            return false;
        }

        var constructor = (ConstructorInfo)instruction.Operand!;
        Type type = constructor.DeclaringType!;
        Type tangent = _slots[output].Tangent!.Value.Type;
        if (type.IsArray)
        {
            if (type.GetArrayRank() != 2 || constructor.GetParameters().Length != 2)
            {
                throw Unsupported(instruction, $"arrays of type {type} are not supported");
            }

            foreach (Variable input in operation.Inputs)
            {
                LoadPrimal(input);
            }

            EmitInstruction(instruction);
            StorePrimal(output);
            LoadPrimal(operation.Inputs[0]);
            LoadPrimal(operation.Inputs[1]);
            _il.Emit(OpCodes.Newobj, tangent.GetConstructor([typeof(int), typeof(int)])!);
            StoreTangent(output);
            return true;
        }

        if (typeof(Delegate).IsAssignableFrom(type))
        {
            // A delegate carries its target's tangent: a lambda over active captured values keeps them.
            LoadPrimal(operation.Inputs[0]);
            LoadPrimal(operation.Inputs[1]);
            EmitInstruction(instruction);
            StorePrimal(output);
            LoadTangent(operation.Inputs[0], typeof(object));
            StoreTangent(output);
            return true;
        }

        if (operation.Inputs.Any(IsActive) && RuleRegistry.TryFind(constructor, out Rule? registered) && registered is not null)
        {
            // A constructor with a rule (the SIMD vectors' loads): the rule returns the value.
            EmitRuleCall(operation, registered, constructor);
            return true;
        }

        if (!operation.Inputs.Any(IsActive) && !CallFacts.Precise.ActiveWithoutInputs(constructor))
        {
            // Nothing active goes in: the object is built as written, with a zero tangent.
            foreach (Variable input in operation.Inputs)
            {
                LoadPrimal(input);
            }

            EmitInstruction(instruction);
            StorePrimal(output);
            if (!type.IsValueType && tangent.IsClass && tangent != typeof(object) && IsTrivialConstructor(constructor)
                && tangent.GetConstructor(Type.EmptyTypes) is { } blank)
            {
                // A closure's display class, an object whose constructor sets nothing: every
                // field is zero or null, and so is every field of its zero tangent. A fresh object
                // has no other tangent to share, so it needs no pass-wide zero (PassScope).
                _il.Emit(OpCodes.Newobj, blank);
                StoreTangent(output);
            }
            else
            {
                StoreZeroTangent(output);
            }

            return true;
        }

        // Allocate both parts, then run the constructor's derived rule on them.
        if (constructor.GetMethodBody() is null)
        {
            throw Unsupported(instruction, $"the constructor of {type.Name} has no IL to differentiate");
        }

        (Place primal, Place? tangentPlace) = _slots[output];
        if (type.IsValueType)
        {
            primal.LoadAddress(_il);
            _il.Emit(OpCodes.Initobj, type);
            tangentPlace!.Value.LoadAddress(_il);
            _il.Emit(OpCodes.Initobj, tangent);
            primal.LoadAddress(_il);
            tangentPlace.Value.LoadAddress(_il);
        }
        else
        {
            _il.Emit(OpCodes.Call, UninitializedHelper.MakeGenericMethod(type));
            primal.Store(_il);
            _il.Emit(OpCodes.Newobj, tangent.GetConstructor(Type.EmptyTypes) ?? throw Unsupported(instruction, $"the tangent of {type.Name} has no constructor"));
            tangentPlace!.Value.Store(_il);
            primal.Load(_il);
            tangentPlace.Value.Load(_il);
        }

        DerivedRule rule = DerivedRuleOf(constructor, CallSiteActivity(operation, 1), CallSiteDelegates(operation, 1));
        SplitSignature split = rule.Signature;
        for (int i = 0; i < operation.Inputs.Count; i++)
        {
            Variable input = operation.Inputs[i];
            LoadPrimal(input);
            if (split.Arguments[i + 1].Tangent is var t and >= 0)
            {
                LoadTangent(input, split.Parameters[t]);
            }
        }

        _il.Emit(OpCodes.Call, rule.Rule);
        return true;
    }

    // Calls to the run-time methods of multi-dimensional arrays (Get, Set, Address on T[,]).
    private bool TryEmitMatrixAccess(Operation operation, MethodInfo callee)
    {
        Type array = callee.DeclaringType!;
        if (!array.IsArray || !IsActive(operation.Inputs[0]) || !ActivityAnalysis.CanCarry(array.GetElementType()!))
        {
            return false;
        }

        Type tangent = TangentSlotType(operation.Inputs[0]);
        MethodInfo chunkRef = typeof(EmitHelpers).GetMethods()
            .Single(m => m.Name == nameof(EmitHelpers.ChunkRef) && m.GetParameters().Length == 3)
            .MakeGenericMethod(tangent.GetGenericArguments());
        Type chunk = tangent.GetGenericArguments()[0];
        foreach (Variable input in operation.Inputs)
        {
            LoadPrimal(input);
        }

        _il.Emit(OpCodes.Call, callee);
        if (operation.Output is { } output)
        {
            StorePrimal(output);
        }

        if (callee.Name is "Get" or "Address" && operation.Output is { } result && IsActive(result))
        {
            LoadTangent(operation.Inputs[0], tangent);
            LoadPrimal(operation.Inputs[1]);
            LoadPrimal(operation.Inputs[2]);
            _il.Emit(OpCodes.Call, chunkRef);
            if (callee.Name == "Get")
            {
                _il.Emit(OpCodes.Ldobj, chunk);
            }

            StoreTangent(result);
        }
        else if (callee.Name == "Set")
        {
            LoadTangent(operation.Inputs[0], tangent);
            LoadPrimal(operation.Inputs[1]);
            LoadPrimal(operation.Inputs[2]);
            _il.Emit(OpCodes.Call, chunkRef);
            LoadTangent(operation.Inputs[3], chunk);
            _il.Emit(OpCodes.Stobj, chunk);
        }

        return true;
    }

    // Whether the constructor only calls object's: ldarg.0; call Object::.ctor; ret (with the
    // nops of a Debug build). Its object then has every field zero or null.
    private static bool IsTrivialConstructor(ConstructorInfo constructor)
    {
        if (constructor.GetParameters().Length != 0 || constructor.DeclaringType!.BaseType != typeof(object) || constructor.GetMethodBody()?.GetILAsByteArray() is not { } il)
        {
            return false;
        }

        int at = 0;
        bool Next(byte opcode)
        {
            while (at < il.Length && il[at] == 0x00)
            {
                at++; // nop
            }

            return at < il.Length && il[at++] == opcode;
        }

        if (!Next(0x02) || !Next(0x28) || at + 4 > il.Length)
        {
            return false; // ldarg.0; call
        }

        int token = BitConverter.ToInt32(il, at);
        at += 4;
        if (!Next(0x2A) || il.Skip(at).Any(b => b != 0x00))
        {
            return false; // ret, and nothing after it
        }

        try
        {
            return constructor.Module.ResolveMethod(token) is ConstructorInfo { DeclaringType: var declaring } && declaring == typeof(object);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
