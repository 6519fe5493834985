using System.Globalization;
using System.Reflection;
using System.Text;

namespace Mooncake.Rules.Builder;

/// <summary>A readable listing of IL instructions (<c>IL_0004: call Double Math::Sin(Double)</c>), for error messages and debugging.</summary>
internal static class ILText
{
    /// <summary>One instruction as a line.</summary>
    public static string Format(ILInstruction instruction)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"IL_{instruction.Offset:X4}: ");
        if (instruction.Constrained is { } constrained)
        {
            text.Append(CultureInfo.InvariantCulture, $"constrained. {constrained} ");
        }

        if (instruction.IsVolatile)
        {
            text.Append("volatile. ");
        }

        text.Append(instruction.OpCode.Name);
        if (instruction.Operand is { } operand)
        {
            text.Append(' ').Append(FormatOperand(instruction, operand));
        }

        return text.ToString();
    }

    /// <summary>The listing of <paramref name="instructions"/>, one per line.</summary>
    public static string Format(IEnumerable<ILInstruction> instructions) =>
        string.Join(Environment.NewLine, instructions.Select(Format));

    private static string FormatOperand(ILInstruction instruction, object operand) => operand switch
    {
        int target when instruction.OpCode.OperandType is System.Reflection.Emit.OperandType.InlineBrTarget or System.Reflection.Emit.OperandType.ShortInlineBrTarget
            => $"IL_{target:X4}",
        int[] targets => $"({string.Join(", ", targets.Select(t => $"IL_{t:X4}"))})",
        MethodBase method => $"{(method is MethodInfo m ? m.ReturnType.Name + " " : "")}{method.DeclaringType}::{method.Name}{TypeArguments(method)}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})",
        FieldInfo field => $"{field.FieldType.Name} {field.DeclaringType}::{field.Name}",
        string s => $"\"{s}\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => operand.ToString() ?? "",
    };

    // A generic method's type arguments (Apply<Chunk8V512, Sin>): which instantiation is called.
    private static string TypeArguments(MethodBase method) =>
        method.IsGenericMethod && !method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(t => t.Name))}>" : "";
}
