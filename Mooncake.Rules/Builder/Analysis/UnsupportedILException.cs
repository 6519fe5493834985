using System.Reflection;
using Mooncake.Rules;
using Mooncake.Rules.Builder;

namespace Mooncake;

/// <summary>
/// The rule builder met a construct it cannot differentiate. The message names the method, the
/// IL offset and the instruction, and says why; no rule is built, so no wrong derivative can result.
/// </summary>
public sealed class UnsupportedILException : NotSupportedException
{
    /// <summary>Creates the exception for <paramref name="instruction"/> of <paramref name="method"/>.</summary>
    internal UnsupportedILException(MethodBase method, ILInstruction? instruction, string reason)
        : base(Describe(method, instruction, reason))
    {
        Method = method;
        Instruction = instruction;
        Reason = reason;
    }

    /// <summary>
    /// Creates the exception for <paramref name="instruction"/> of <paramref name="method"/>, caused
    /// by <paramref name="inner"/> (a tangent type that cannot be built, a callee that cannot be
    /// differentiated).
    /// </summary>
    internal UnsupportedILException(MethodBase method, ILInstruction? instruction, string reason, Exception inner)
        : base(Describe(method, instruction, reason), inner)
    {
        Method = method;
        Instruction = instruction;
        Reason = reason;
    }

    /// <summary>The method being differentiated.</summary>
    public MethodBase Method { get; }

    /// <summary>The IL offset of the instruction at fault, if one is.</summary>
    public int? Offset => Instruction?.Offset;

    /// <summary>The instruction at fault as IL text (<c>call Double Foo::Bar(Double)</c>), if one is.</summary>
    public string? InstructionText => Instruction is null ? null : ILText.Format(Instruction);

    /// <summary>The instruction at fault, if one is.</summary>
    internal ILInstruction? Instruction { get; }

    /// <summary>Why it is not supported.</summary>
    public string Reason { get; }

    private static string Describe(MethodBase method, ILInstruction? instruction, string reason) =>
        $"Cannot differentiate {method.DeclaringType}.{method.Name}{(instruction is null ? "" : $" at IL_{instruction.Offset:X4} ({ILText.Format(instruction)})")}: {reason}.";
}
