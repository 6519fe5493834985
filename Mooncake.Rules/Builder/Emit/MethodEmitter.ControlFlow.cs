using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    // Branches, switches and comparisons read the primal parts only: control flow follows the primal.
    private bool TryEmitControlFlow(Operation operation)
    {
        ILInstruction instruction = operation.Instruction;
        bool decides = instruction.Op is ILOp.Branch or ILOp.BranchIf or ILOp.Switch or ILOp.Leave or ILOp.Compare;
        if (!decides)
        {
            return false;
        }

        foreach (Variable input in operation.Inputs)
        {
            LoadPrimal(input);
        }

        EmitInstruction(instruction);
        if (operation.Output is not null)
        {
            StorePrimal(operation.Output);
        }

        return true;
    }

    private void EmitReturn(Operation operation)
    {
        if (Inline is not null)
        {
            if (operation.Inputs.Count == 1)
            {
                Variable value = operation.Inputs[0];
                Inline.EmitReturn(_il, () => LoadPrimal(value), type => LoadTangent(value, type));
            }
            else
            {
                Inline.EmitReturn(_il, null, null);
            }

            return;
        }

        if (operation.Inputs.Count == 1)
        {
            Variable result = operation.Inputs[0];
            if (_signature.ReturnTangent >= 0)
            {
                _il.Emit(OpCodes.Ldarg, _signature.ReturnTangent);
                LoadTangent(result, _signature.ReturnTangentType!);
                if (_signature.ReturnsByRef)
                {
                    // The referenced tangent goes out as a one-element span over it.
                    Type referenced = _signature.ReturnTangentType!.GetElementType()!;
                    _il.Emit(OpCodes.Ldc_I4_1);
                    _il.Emit(OpCodes.Call, CreateSpan.MakeGenericMethod(referenced));
                }

                _il.Emit(OpCodes.Stobj, _signature.ReturnTangentSlot!);
            }

            LoadPrimal(result);
        }

        _il.Emit(OpCodes.Ret);
    }

    // Conversions between floating-point types keep the derivative (the same rounding applies to
    // the value; the lanes convert lane by lane); conversions to integers keep only the primal.
    private bool TryEmitConversion(Operation operation)
    {
        if (operation.Instruction is not { Op: ILOp.Convert, TypedAs: { } target } || (target != typeof(double) && target != typeof(float))
            || operation.Output is not { } output || !operation.Inputs.Any(IsActive))
        {
            return false;
        }

        Variable input = operation.Inputs[0];
        if (input.Type == output.Type)
        {
            // conv.r8 of a double (or conv.r4 of a float) rounds to the same type: the value as it is.
            Copy(input, output);
            return true;
        }

        // float <-> double: the instruction's rule (ILPrimitives), lane by lane.
        MethodInfo primitive = ILPrimitives.For(operation.Instruction.OpCode, input.Type)
            ?? throw Unsupported(operation.Instruction, $"there is no rule for this conversion of a {input.Type.Name}");
        if (!RuleRegistry.TryFind(primitive, out Rule? rule) || rule is null)
        {
            throw Unsupported(operation.Instruction, $"{primitive.Name} has no registered rule");
        }

        EmitRuleCall(operation, rule, primitive);
        return true;
    }
}
