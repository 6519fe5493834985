using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly MethodInfo UnboxHelper = typeof(EmitHelpers).GetMethod(nameof(EmitHelpers.Unbox))!;

    // Casts, type tests, boxing and unboxing of values that carry tangents. Tangent types mirror
    // the class hierarchy and an object-typed tangent slot holds the tangent of the run-time
    // value, so a cast of the primal is the same cast of the tangent, and boxing a value boxes
    // its tangent.
    private bool TryEmitCast(Operation operation)
    {
        ILInstruction instruction = operation.Instruction;
        if (instruction.Op is not (ILOp.CastClass or ILOp.IsInstance or ILOp.Box or ILOp.UnboxAny) || operation.Output is not { } output || !IsActive(output))
        {
            return false;
        }

        Variable input = operation.Inputs[0];
        LoadPrimal(input);
        EmitInstruction(instruction);
        StorePrimal(output);
        Type tangent = _slots[output].Tangent!.Value.Type;
        Type inputTangent = TangentSlotType(input);
        switch (instruction.Op)
        {
            case ILOp.Box when input.Type.IsValueType:
                // A boxed zero rather than null: a struct method called on the box writes its tangent there.
                LoadTangent(input, inputTangent);
                _il.Emit(OpCodes.Box, inputTangent);
                break;
            case ILOp.UnboxAny when output.Type.IsValueType:
                LoadTangent(input, typeof(object));
                _il.Emit(OpCodes.Call, UnboxHelper.MakeGenericMethod(tangent));
                break;
            case ILOp.IsInstance when tangent != typeof(object):
                // The tangent of a failed test is null; of a passed one, the value's tangent.
                Label passed = _il.DefineLabel(), done = _il.DefineLabel();
                LoadPrimal(output);
                _il.Emit(OpCodes.Brtrue, passed);
                _il.Emit(OpCodes.Ldnull);
                _il.Emit(OpCodes.Br, done);
                _il.MarkLabel(passed);
                LoadConcreteTangent(input, tangent);
                _il.MarkLabel(done);
                break;
            default:
                // castclass (a wrong tangent type fails loudly), casts to object or interfaces,
                // and box/unbox.any of reference-type generic arguments, which change nothing.
                LoadConcreteTangent(input, tangent);
                break;
        }

        StoreTangent(output);
        return true;
    }
}
