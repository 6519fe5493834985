using System.Reflection;
using System.Reflection.Emit;

namespace Mooncake.Rules.Builder;

internal sealed partial class MethodEmitter
{
    private static readonly Dictionary<string, string> ArithmeticRules = new()
    {
        ["add"] = "Add",
        ["sub"] = "Subtract",
        ["mul"] = "Multiply",
        ["div"] = "Divide",
        ["rem"] = "Remainder",
        ["neg"] = "Negate",
    };

    // Floating-point arithmetic with an active operand calls DualMath: the overload taking a
    // plain number for an inactive operand, so constants cost no tangent work.
    private bool TryEmitArithmetic(Operation operation)
    {
        if (!ArithmeticRules.TryGetValue(operation.Instruction.OpCode.Name!, out string? rule)
            || operation.Output is not { } output
            || (output.Type != typeof(double) && output.Type != typeof(float))
            || !operation.Inputs.Any(IsActive))
        {
            return false;
        }

        Type scalar = output.Type;
        Type dual = DualShapes.ScalarDual(scalar, _width);
        Type[] parameters = [.. operation.Inputs.Select(v => IsActive(v) ? dual : scalar)];
        MethodInfo method = DualShapes.ScalarMath(scalar, _width).GetMethod(rule, parameters)
            ?? throw Unsupported(operation.Instruction, $"DualMath has no {rule}({string.Join(", ", parameters.Select(p => p.Name))})");
        foreach (Variable input in operation.Inputs)
        {
            if (IsActive(input))
            {
                LoadDual(input, dual);
            }
            else
            {
                LoadPrimal(input);
            }
        }

        _il.Emit(OpCodes.Call, method);
        StoreDual(output, dual);
        return true;
    }
}
