using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    // A constrained. call of an instance method with an active argument (generic code calling an
    // interface or object method on a T): the receiver is a reference to the T. On a struct that
    // implements the method, it is the receiver of the struct's own method; on a class, the call
    // is an ordinary (virtual) call on the object the reference holds.
    private void EmitConstrainedCall(Operation operation, MethodInfo callee, Type constrained)
    {
        if (constrained.IsValueType)
        {
            MethodInfo target = Implementation(callee, constrained)
                ?? throw Unsupported(operation.Instruction, $"{constrained.Name} does not implement {callee.Name} itself, and the inherited method would run on a boxed copy");
            EmitDerivedCall(operation, target);
            return;
        }

        Variable reference = operation.Inputs[0];
        Variable receiver = DeclareSynthetic(constrained, IsActive(reference));
        LoadPrimal(reference);
        _il.Emit(OpCodes.Ldind_Ref);
        StorePrimal(receiver);
        if (IsActive(receiver))
        {
            LoadTangent(reference, TangentSlotType(reference));
            _il.Emit(OpCodes.Ldind_Ref);
            StoreTangent(receiver);
        }

        _ = TryEmitCall(operation with { Instruction = operation.Instruction with { Constrained = null }, Inputs = [receiver, .. operation.Inputs.Skip(1)] });
    }

    // The method of the struct constrained that a constrained. call of callee runs, if the struct declares it.
    private static MethodInfo? Implementation(MethodInfo callee, Type constrained)
    {
        MethodInfo? target = callee.DeclaringType!.IsInterface
            ? RuleRegistry.ResolveConstrained(callee, constrained)
            : constrained.GetMethod(callee.Name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly, [.. callee.GetParameters().Select(p => p.ParameterType)]);
        return target?.DeclaringType == constrained ? target : null;
    }
}
